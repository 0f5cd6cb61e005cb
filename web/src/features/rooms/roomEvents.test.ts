import { describe, expect, it } from 'vitest';
import { createCache } from '../../app/apollo';
import type { ConsoleRoomQuery, IdeaFieldsFragment, ParticipantFieldsFragment, RoomLiveQuery } from '../../gql/graphql';
import { ConsoleRoomDocument } from '../facilitation/documents';
import { RoomLiveDocument } from './documents';
import { IdeaReferences } from '../library/boardDocuments';
import { createPresenceStore } from './presence';
import { applyRoomEvent, readLastSeq, type RoomEventInput } from './roomEvents';
import { placeOptimistically } from '../facilitation/usePlacement';

const ROOM = 'Um9vbTox';
const at = '2026-11-26T10:00:00.000Z';

const person = (id: string, displayName: string, isFacilitator = false): ParticipantFieldsFragment => ({ __typename: 'Participant', id, displayName, isFacilitator });
const awa = person('P:awa', 'Awa');
const bastien = person('P:bastien', 'Bastien');

function idea(id: string, title: string, extra: Partial<IdeaFieldsFragment> = {}): IdeaFieldsFragment {
  return {
    __typename: 'Idea',
    id,
    roomId: ROOM,
    title,
    description: '',
    need: '',
    beneficiaries: '',
    economicModel: '',
    author: awa,
    clusterId: null,
    position: 1,
    needIds: [],
    mergedFromIds: [],
    private: false,
    votes: { __typename: 'IdeaVotes', total: null, voters: null, mine: null },
    matrix: null,
    createdAt: at,
    updatedAt: at,
    ...extra,
  };
}

type LiveRoom = RoomLiveQuery['room'];

function liveRoom(extra: Partial<LiveRoom> = {}): LiveRoom {
  return {
    __typename: 'Room',
    id: ROOM,
    title: 'Atelier',
    purpose: '',
    code: 'ABC234',
    phase: 'DIVERGE',
    locked: false,
    ideasRevealed: false,
    talliesRevealed: false,
    lastSeq: 5,
    serverTime: at,
    timer: null,
    settings: {
      __typename: 'RoomSettings',
      allowLateIdeas: false,
      anonymousIdeas: false,
      facilitatorsVote: false,
      hiddenTallies: true,
      maxVotesPerIdea: 2,
      privateWriting: false,
      votesPerParticipant: 3,
    },
    needs: [],
    ideas: [],
    clusters: [],
    participants: [awa],
    me: awa,
    myVotes: { __typename: 'MyVoteBudget', used: 0, remaining: 3 },
    ...extra,
  };
}

function setup(room: LiveRoom = liveRoom()) {
  const cache = createCache();
  cache.writeQuery({ query: RoomLiveDocument, variables: { id: ROOM }, data: { __typename: 'Query', room } });
  const presence = createPresenceStore();
  const apply = (event: RoomEventInput) => applyRoomEvent(cache, ROOM, event, presence);
  const read = () => cache.readQuery({ query: RoomLiveDocument, variables: { id: ROOM } })!.room;
  return { cache, presence, apply, read };
}

describe('applyRoomEvent', () => {
  it('applies IdeaAdded once: a replayed or duplicated event changes nothing', () => {
    const { apply, read, cache } = setup();
    const event = { __typename: 'IdeaAdded', seq: 6, at, idea: idea('I:1', 'Recyclerie') } as const;
    expect(apply(event)).toBe(true);
    expect(apply(event)).toBe(false);
    expect(read().ideas.map((i) => i.title)).toEqual(['Recyclerie']);
    expect(readLastSeq(cache, ROOM)).toBe(6);
  });

  it('is idempotent for a mutation result followed by its event', () => {
    const author = setup();
    const other = setup();
    const fromMutation = idea('I:1', 'Recyclerie', { votes: { __typename: 'IdeaVotes', total: null, voters: null, mine: 0 } });
    author.apply({ __typename: 'IdeaAdded', idea: fromMutation });
    expect(author.read().lastSeq).toBe(5); // a mutation result does not move the feed
    const event = { __typename: 'IdeaAdded', seq: 6, at, idea: idea('I:1', 'Recyclerie') } as const;
    author.apply(event);
    other.apply(event);
    expect(author.read()).toEqual(other.read());
    expect(author.read().ideas).toHaveLength(1);
    expect(author.read().ideas[0]!.votes.mine).toBe(0);
  });

  it('SeqAdvanced only advances the feed position', () => {
    const { apply, read } = setup();
    const before = read();
    expect(apply({ __typename: 'SeqAdvanced', seq: 6, at })).toBe(true);
    expect(read()).toEqual({ ...before, lastSeq: 6 });
  });

  it('ignores events at or below the last seq, whatever their order', () => {
    const { apply, read } = setup();
    apply({ __typename: 'PhaseChanged', seq: 7, at, phase: 'VOTE', timer: null });
    expect(apply({ __typename: 'PhaseChanged', seq: 6, at, phase: 'CLUSTER', timer: null })).toBe(false);
    expect(apply({ __typename: 'PhaseChanged', seq: 7, at, phase: 'CLUSTER', timer: null })).toBe(false);
    expect(read().phase).toBe('VOTE');
    expect(read().lastSeq).toBe(7);
  });

  it('PresenceChanged sets who is present and never moves the seq (it repeats the current one)', () => {
    const { apply, read, presence } = setup();
    expect(apply({ __typename: 'PresenceChanged', seq: 9, at, present: [awa, bastien] })).toBe(true);
    expect(presence.get(ROOM).map((p) => p.displayName)).toEqual(['Awa', 'Bastien']);
    expect(read().lastSeq).toBe(5);
    // Replayed events after that presence still apply.
    expect(apply({ __typename: 'PhaseChanged', seq: 6, at, phase: 'CLUSTER', timer: null })).toBe(true);
  });

  it('keeps the viewer’s own dots, which events never carry', () => {
    const { apply, read } = setup(liveRoom({ phase: 'VOTE', ideas: [idea('I:1', 'Recyclerie', { votes: { __typename: 'IdeaVotes', total: null, voters: null, mine: 0 } })] }));
    apply({ __typename: 'MyVotesChanged', seq: 6, at, ideaId: 'I:1', mine: 2, used: 2, remaining: 1 });
    apply({ __typename: 'IdeaUpdated', seq: 7, at, idea: idea('I:1', 'Recyclerie solidaire', { updatedAt: '2026-11-26T10:01:00.000Z' }) });
    const room = read();
    expect(room.ideas[0]).toMatchObject({ title: 'Recyclerie solidaire', votes: { mine: 2, total: null } });
    expect(room.myVotes).toEqual({ __typename: 'MyVoteBudget', used: 2, remaining: 1 });
  });

  it('keeps the author of one’s own idea in an anonymous room, where events omit it', () => {
    const { apply, read } = setup();
    apply({ __typename: 'IdeaAdded', idea: idea('I:1', 'Recyclerie') });
    apply({ __typename: 'IdeaAdded', seq: 6, at, idea: idea('I:1', 'Recyclerie', { author: null }) });
    expect(read().ideas[0]!.author?.displayName).toBe('Awa');
    // Someone else's idea shows no author once the room is anonymous.
    apply({ __typename: 'IdeaAdded', seq: 7, at, idea: idea('I:2', 'Conserverie', { author: bastien, position: 2 }) });
    apply({ __typename: 'IdeaUpdated', seq: 8, at, idea: idea('I:2', 'Conserverie', { author: null, position: 2 }) });
    expect(read().ideas[1]!.author).toBeNull();
  });

  it('writes the references an IdeaUpdated event carries, and keeps them when a mutation result has none', () => {
    const { apply, cache } = setup(liveRoom({ ideas: [idea('I:1', 'Conserverie de quartier')] }));
    const link = {
      __typename: 'ReferenceLink' as const,
      id: 'L:1',
      note: 'Le plan HACCP',
      linkedBy: 'Bastien',
      initiative: { __typename: 'Initiative' as const, id: 'In:1', name: 'Conserverie des Coteaux', summary: 'Bocaux', place: { __typename: 'InitiativePlace' as const, town: 'Toul', region: 'Grand Est' } },
    };
    const references = () => cache.readFragment({ id: cache.identify({ __typename: 'Idea', id: 'I:1' }), fragment: IdeaReferences, fragmentName: 'IdeaReferences' })?.references;
    apply({ __typename: 'IdeaUpdated', seq: 6, at, idea: { ...idea('I:1', 'Conserverie de quartier'), references: [link] } });
    expect(references()?.map((r) => [r.note, r.initiative.name])).toEqual([['Le plan HACCP', 'Conserverie des Coteaux']]);
    apply({ __typename: 'IdeaUpdated', idea: idea('I:1', 'Conserverie du quartier', { updatedAt: '2026-11-26T10:03:00.000Z' }) });
    expect(references()).toHaveLength(1);
    apply({ __typename: 'IdeaUpdated', seq: 7, at, idea: { ...idea('I:1', 'Conserverie du quartier', { updatedAt: '2026-11-26T10:04:00.000Z' }), references: [] } });
    expect(references()).toEqual([]);
  });

  it('does not let a late mutation result overwrite a newer version from the feed', () => {
    const { apply, read } = setup(liveRoom({ ideas: [idea('I:1', 'Recyclerie')] }));
    apply({ __typename: 'IdeaUpdated', seq: 6, at, idea: idea('I:1', 'Version de Bastien', { updatedAt: '2026-11-26T10:02:00.000Z' }) });
    apply({ __typename: 'IdeaUpdated', idea: idea('I:1', 'Ma version', { updatedAt: '2026-11-26T10:01:00.000Z' }) });
    expect(read().ideas[0]!.title).toBe('Version de Bastien');
  });

  it('keeps ideas in board order and removes merged or deleted ones', () => {
    const { apply, read } = setup();
    apply({ __typename: 'IdeaAdded', seq: 6, at, idea: idea('I:2', 'Conserverie', { position: 2 }) });
    apply({ __typename: 'IdeaAdded', seq: 7, at, idea: idea('I:1', 'Recyclerie', { position: 1 }) });
    apply({ __typename: 'IdeaAdded', seq: 8, at, idea: idea('I:3', 'Atelier vélo', { position: 3 }) });
    expect(read().ideas.map((i) => i.id)).toEqual(['I:1', 'I:2', 'I:3']);
    apply({ __typename: 'IdeasMerged', seq: 9, at, idea: idea('I:1', 'Recyclerie et conserverie', { mergedFromIds: ['I:2'], updatedAt: '2026-11-26T10:03:00.000Z' }), sourceIds: ['I:2'] });
    apply({ __typename: 'IdeaRemoved', seq: 10, at, ideaId: 'I:3' });
    expect(read().ideas.map((i) => [i.id, i.title, i.mergedFromIds])).toEqual([['I:1', 'Recyclerie et conserverie', ['I:2']]]);
  });

  it('groups and ungroups ideas with clusters', () => {
    const { apply, read } = setup(liveRoom({ ideas: [idea('I:1', 'Recyclerie'), idea('I:2', 'Conserverie', { position: 2 })] }));
    apply({ __typename: 'ClusterChanged', seq: 6, at, cluster: { __typename: 'Cluster', id: 'C:1', label: 'Économie circulaire', position: 1 } });
    apply({ __typename: 'IdeaUpdated', seq: 7, at, idea: idea('I:1', 'Recyclerie', { clusterId: 'C:1' }) });
    expect(read().clusters.map((c) => c.label)).toEqual(['Économie circulaire']);
    expect(read().ideas.map((i) => i.clusterId)).toEqual(['C:1', null]);
    apply({ __typename: 'ClusterRemoved', seq: 8, at, clusterId: 'C:1' });
    expect(read().clusters).toEqual([]);
    expect(read().ideas.map((i) => i.clusterId)).toEqual([null, null]);
  });

  it('reveals tallies, showing a zero for ideas nobody voted for', () => {
    const { apply, read } = setup(liveRoom({ ideas: [idea('I:1', 'Recyclerie'), idea('I:2', 'Conserverie', { position: 2 })] }));
    apply({ __typename: 'TalliesRevealed', seq: 6, at, tallies: [{ __typename: 'IdeaTally', ideaId: 'I:1', total: 4, voters: 2 }] });
    expect(read().ideas.map((i) => [i.votes.total, i.votes.voters])).toEqual([
      [4, 2],
      [0, 0],
    ]);
    expect(read().talliesRevealed).toBe(true);
  });

  it('follows participants joining (once) and being removed, presence included', () => {
    const { apply, read, presence } = setup();
    apply({ __typename: 'ParticipantJoined', seq: 6, at, participant: bastien });
    apply({ __typename: 'ParticipantJoined', participant: bastien });
    expect(read().participants.map((p) => p.displayName)).toEqual(['Awa', 'Bastien']);
    apply({ __typename: 'PresenceChanged', seq: 6, at, present: [awa, bastien] });
    apply({ __typename: 'ParticipantRemoved', seq: 7, at, participantId: bastien.id });
    expect(read().participants.map((p) => p.displayName)).toEqual(['Awa']);
    expect(presence.get(ROOM).map((p) => p.displayName)).toEqual(['Awa']);
  });

  it('keeps the facilitator’s vote progress per participant', () => {
    const cache = createCache();
    const base = liveRoom({ me: null, myVotes: null });
    const room: ConsoleRoomQuery['room'] = {
      ...base,
      createdAt: at,
      factory: { __typename: 'Factory', id: 'F:1', name: 'Serre à projets' },
      voteProgress: [{ __typename: 'VoteProgress', participant: awa, used: 0 }],
    };
    cache.writeQuery({ query: ConsoleRoomDocument, variables: { id: ROOM }, data: { __typename: 'Query', room } });
    const presence = createPresenceStore();
    applyRoomEvent(cache, ROOM, { __typename: 'ParticipantJoined', seq: 6, at, participant: bastien }, presence);
    applyRoomEvent(cache, ROOM, { __typename: 'VoteProgressChanged', seq: 7, at, progress: { __typename: 'VoteProgress', participant: awa, used: 2 } }, presence);
    const progress = cache.readQuery({ query: ConsoleRoomDocument, variables: { id: ROOM } })!.room.voteProgress;
    expect(progress.map((p) => [p.participant.displayName, p.used])).toEqual([
      ['Awa', 2],
      ['Bastien', 0],
    ]);
  });

  it('changes the phase and its timer, then the timer alone', () => {
    const { apply, read } = setup();
    const timer = { __typename: 'PhaseTimer', endsAt: '2026-11-26T10:05:00.000Z', remainingMs: 300_000, paused: false } as const;
    apply({ __typename: 'PhaseChanged', seq: 6, at, phase: 'VOTE', timer });
    expect(read()).toMatchObject({ phase: 'VOTE', timer });
    apply({ __typename: 'TimerChanged', seq: 7, at, timer: { ...timer, endsAt: null, remainingMs: 120_000, paused: true } });
    expect(read().timer).toMatchObject({ paused: true, remainingMs: 120_000, endsAt: null });
    apply({ __typename: 'TimerChanged', seq: 8, at, timer: null });
    expect(read().timer).toBeNull();
  });

  it('a new dot budget changes what the viewer has left, not what they spent', () => {
    const { apply, read } = setup(liveRoom({ myVotes: { __typename: 'MyVoteBudget', used: 2, remaining: 1 } }));
    const settings = { ...liveRoom().settings, votesPerParticipant: 6 };
    apply({ __typename: 'RoomSettingsChanged', seq: 6, at, locked: false, ideasRevealed: false, talliesRevealed: false, settings });
    expect(read().myVotes).toMatchObject({ used: 2, remaining: 4 });
    apply({ __typename: 'RoomSettingsChanged', seq: 7, at, locked: false, ideasRevealed: false, talliesRevealed: false, settings: { ...settings, votesPerParticipant: 1 } });
    expect(read().myVotes).toMatchObject({ used: 2, remaining: 0 });
  });

  it('does not step an idea back when the event of an earlier change arrives after the result of a later one', () => {
    const { apply, read } = setup(liveRoom({ phase: 'CONVERGE', ideas: [idea('I:1', 'Recyclerie')] }));
    const placed = (impact: number, updatedAt: string) => idea('I:1', 'Recyclerie', { matrix: { __typename: 'MatrixPlacement', impact, feasibility: 50 }, updatedAt });
    apply({ __typename: 'IdeaUpdated', idea: placed(70, '2026-11-26T10:02:00.000Z') }); // the last move's answer
    apply({ __typename: 'IdeaUpdated', seq: 6, at, idea: { ...placed(60, '2026-11-26T10:01:00.000Z'), votes: { __typename: 'IdeaVotes', total: 3, voters: 2, mine: null } } });
    expect(read().ideas[0]).toMatchObject({ matrix: { impact: 70 }, votes: { total: 3, voters: 2 } });
    expect(read().lastSeq).toBe(6);
    apply({ __typename: 'IdeaUpdated', seq: 7, at, idea: placed(70, '2026-11-26T10:02:00.000Z') });
    expect(read().ideas[0]!.matrix).toMatchObject({ impact: 70 });
  });

  it('a burst of matrix moves shows the last one, even once the answer to an earlier move is in the cache', () => {
    const { apply, cache } = setup(liveRoom({ phase: 'CONVERGE', ideas: [idea('I:1', 'Recyclerie')] }));
    const optimistic = () => cache.readQuery({ query: RoomLiveDocument, variables: { id: ROOM } }, true)!.room.ideas[0]!.matrix;
    const props = idea('I:1', 'Recyclerie'); // what the component rendered before the burst
    placeOptimistically(cache, ROOM, props, { impact: 55, feasibility: 50 });
    // The server answers the first move (a newer updatedAt) while the keys go on.
    apply({ __typename: 'IdeaUpdated', idea: idea('I:1', 'Recyclerie', { matrix: { __typename: 'MatrixPlacement', impact: 55, feasibility: 50 }, updatedAt: '2026-11-26T10:05:00.000Z' }) });
    placeOptimistically(cache, ROOM, props, { impact: 70, feasibility: 75 });
    expect(optimistic()).toMatchObject({ impact: 70, feasibility: 75 });
  });

  it('a matrix placement applied in an optimistic layer shows at once and goes away with the layer; the event stays', () => {
    const { apply, read, cache } = setup(liveRoom({ phase: 'CONVERGE', ideas: [idea('I:1', 'Recyclerie')] }));
    const placed = (impact: number, feasibility: number) => idea('I:1', 'Recyclerie', { matrix: { __typename: 'MatrixPlacement', impact, feasibility } });
    cache.recordOptimisticTransaction((c) => void applyRoomEvent(c, ROOM, { __typename: 'IdeaUpdated', idea: placed(70, 40) }), 'matrix:I:1');
    const optimistic = () => cache.readQuery({ query: RoomLiveDocument, variables: { id: ROOM } }, true)!.room;
    expect(optimistic().ideas[0]!.matrix).toMatchObject({ impact: 70, feasibility: 40 });
    expect(read().ideas[0]!.matrix).toBeNull();
    apply({ __typename: 'IdeaUpdated', seq: 6, at, idea: { ...placed(75, 40), updatedAt: '2026-11-26T10:01:00.000Z' } });
    expect(optimistic().ideas[0]!.matrix).toMatchObject({ impact: 70 }); // the layer still wins while the request runs
    cache.removeOptimistic('matrix:I:1');
    expect(optimistic().ideas[0]!.matrix).toMatchObject({ impact: 75, feasibility: 40 });
    expect(read().lastSeq).toBe(6);
  });
});
