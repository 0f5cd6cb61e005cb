import type { ApolloCache, Reference } from '@apollo/client';
import type { IdeaFieldsFragment, ParticipantFieldsFragment, RoomEventsSubscription } from '../../gql/graphql';
import { ClusterFields, IdeaFields, ParticipantFields, RoomIdeaIds, RoomSeq } from './documents';
import { presenceStore, type PresenceStore } from './presence';
import { pushedReferenceStore, type PushedReferenceStore } from '../library/pushed';
import { IdeaReferences } from '../library/boardDocuments';

/** An event of `roomEvents`, as the subscription delivers it. */
export type RoomEvent = RoomEventsSubscription['roomEvents'];
export type RoomEventType = RoomEvent['__typename'];

/** An idea as events carry it; its references only come with the subscription's IdeaUpdated. */
type LooseIdea<I> = I extends { references: unknown } ? Omit<I, 'references'> & Partial<Pick<I, 'references'>> : I;
type Loosen<E> = E extends unknown
  ? Omit<E, 'seq' | 'at' | 'idea'> & { seq?: number | null; at?: string | null } & (E extends { idea: infer I } ? { idea: LooseIdea<I> } : unknown)
  : never;

/**
 * An event to apply: received from the subscription (with its `seq`), or derived from the
 * result of the mutation that caused it (no `seq`: applied at once, without moving the
 * feed position; the same event arrives later with its number and changes nothing more).
 */
export type RoomEventInput = Loosen<RoomEvent>;
type EventOf<T extends RoomEventType> = Extract<RoomEventInput, { __typename: T }>;

interface Ctx {
  cache: ApolloCache;
  roomId: string;
  /** Cache id of the room, e.g. `Room:abc`. */
  room: string;
  /** Sequence number of the event, null for a mutation result. */
  seq: number | null;
  presence: PresenceStore;
  pushed: PushedReferenceStore;
}

type ReadField = <T>(field: string, from: Reference) => T | undefined;

interface StoredVotes {
  total: number | null;
  voters: number | null;
  mine: number | null;
}
/** A `VoteProgress` as the cache stores it, inside the room. */
interface StoredProgress {
  __typename?: string;
  participant: Reference;
  used: number;
}
const progressList = (value: unknown) => (value ?? []) as readonly StoredProgress[];

const roomCacheId = (cache: ApolloCache, roomId: string) => cache.identify({ __typename: 'Room', id: roomId }) ?? `Room:${roomId}`;

/** The last event number applied to the room in this cache (null when the room is not cached). */
export function readLastSeq(cache: ApolloCache, roomId: string): number | null {
  return readRoomState(cache, roomId)?.lastSeq ?? null;
}

function readRoomState(cache: ApolloCache, roomId: string) {
  return cache.readFragment({ id: roomCacheId(cache, roomId), fragment: RoomSeq, fragmentName: 'RoomSeq' });
}

function byPosition(readField: ReadField) {
  return (a: Reference, b: Reference) => (readField<number>('position', a) ?? 0) - (readField<number>('position', b) ?? 0);
}

function byName(readField: ReadField) {
  return (a: Reference, b: Reference) => {
    const nameOf = (r: Reference) => readField<string>('displayName', r) ?? '';
    return nameOf(a).localeCompare(nameOf(b), 'fr');
  };
}

/** Puts `ref` in a list field of the room (once), keeping the list sorted. */
function placeInList(ctx: Ctx, field: 'ideas' | 'clusters' | 'participants', ref: Reference, sort: 'position' | 'name') {
  ctx.cache.modify({
    id: ctx.room,
    fields: {
      [field]: (existing: readonly Reference[] = [], { readField }: { readField: ReadField }) => {
        const others = existing.filter((r) => r.__ref !== ref.__ref);
        const next = [...others, ref];
        next.sort(sort === 'position' ? byPosition(readField) : byName(readField));
        return next;
      },
    },
  });
}

function removeFromList(ctx: Ctx, field: 'ideas' | 'clusters' | 'participants', ids: readonly string[]) {
  ctx.cache.modify({
    id: ctx.room,
    fields: {
      [field]: (existing: readonly Reference[] = [], { readField }: { readField: ReadField }) => {
        const next = existing.filter((r) => !ids.includes(readField<string>('id', r) ?? ''));
        return next.length === existing.length ? existing : next;
      },
    },
  });
}

/** The results depend on tallies: drop them so that a screen showing them fetches them again. */
function invalidateResults(ctx: Ctx) {
  ctx.cache.evict({ id: ctx.room, fieldName: 'results' });
}

function writeParticipant(ctx: Ctx, participant: ParticipantFieldsFragment): Reference | undefined {
  return ctx.cache.writeFragment({ fragment: ParticipantFields, fragmentName: 'ParticipantFields', data: participant });
}

function ideaCacheId(ctx: Ctx, ideaId: string): string {
  return ctx.cache.identify({ __typename: 'Idea', id: ideaId }) ?? `Idea:${ideaId}`;
}

/**
 * Writes an idea and puts it on the board. Events are ordered and authoritative, except
 * that they never carry the viewer's own dots (`votes.mine` is null in events) nor, in
 * anonymous rooms, the author of one's own idea: those are kept. A mutation result may be older than what events already brought: it never
 * overwrites a newer version, nor the vote counts, which only events and vote results move. Nor does an
 * event older than the version a mutation result wrote (the event of that change follows it).
 */
function upsertIdea(ctx: Ctx, idea: IdeaFieldsFragment, isNew = false) {
  const id = ideaCacheId(ctx, idea.id);
  const existing = ctx.cache.readFragment({ id, fragment: IdeaFields, fragmentName: 'IdeaFields' });
  let data: IdeaFieldsFragment = idea;
  if (!existing && isNew && idea.votes.mine === null && readRoomState(ctx.cache, ctx.roomId)?.myVotes) {
    // Nobody has voted on a new idea yet: a voter's own count is known, zero.
    data = { ...idea, votes: { ...idea.votes, mine: 0 } };
  } else if (existing) {
    if (ctx.seq === null && Date.parse(existing.updatedAt) > Date.parse(idea.updatedAt)) {
      data = existing;
    } else if (ctx.seq === null) {
      data = { ...idea, votes: existing.votes };
    } else {
      // In anonymous rooms the participants' version of an event has no author, even for the
      // author: the viewer's own authorship, once known, is kept.
      const meId = readRoomState(ctx.cache, ctx.roomId)?.me?.id;
      const author = idea.author ?? (existing.author && existing.author.id === meId ? existing.author : null);
      const votes = { ...idea.votes, mine: idea.votes.mine ?? existing.votes.mine };
      // The viewer's own mutation may have brought a later version already (its event is on the way, after
      // this one): the idea does not step back meanwhile; the counts are the event's.
      data = Date.parse(existing.updatedAt) > Date.parse(idea.updatedAt) ? { ...existing, votes } : { ...idea, author, votes };
    }
  }
  const ref = ctx.cache.writeFragment({ id, fragment: IdeaFields, fragmentName: 'IdeaFields', data });
  if (ref) placeInList(ctx, 'ideas', ref, 'position');
}

function boardIdeas(ctx: Ctx) {
  return ctx.cache.readFragment({ id: ctx.room, fragment: RoomIdeaIds, fragmentName: 'RoomIdeaIds' })?.ideas ?? [];
}

function setVotes(ctx: Ctx, ideaId: string, change: { total?: number | null; voters?: number | null; mine?: number | null }) {
  ctx.cache.modify({
    id: ideaCacheId(ctx, ideaId),
    fields: {
      votes: (existing: unknown) => ({ ...(existing as StoredVotes), ...change }),
    },
  });
}

function setRoomFields(ctx: Ctx, values: Record<string, unknown>) {
  ctx.cache.modify({
    id: ctx.room,
    fields: Object.fromEntries(Object.entries(values).map(([field, value]) => [field, () => value])),
  });
}

type Handlers = { [T in RoomEventType]: (ctx: Ctx, event: EventOf<T>) => void };

/** One function per event type: the only place where room events change the cache. */
const handlers: Handlers = {
  SeqAdvanced: () => {},

  // Shown on the board until dismissed; not part of the room's cached state.
  ReferencePushed: (ctx, event) => ctx.pushed.push(ctx.roomId, event),

  PresenceChanged: (ctx, event) => ctx.presence.set(ctx.roomId, event.present),

  ParticipantJoined(ctx, { participant }) {
    const ref = writeParticipant(ctx, participant);
    if (!ref) return;
    placeInList(ctx, 'participants', ref, 'name');
    ctx.cache.modify({
      id: ctx.room,
      fields: {
        voteProgress: (existing: unknown) => {
          const list = progressList(existing);
          return list.some((p) => p.participant.__ref === ref.__ref) ? list : [...list, { __typename: 'VoteProgress', participant: ref, used: 0 }];
        },
      },
    });
  },

  ParticipantRemoved(ctx, { participantId }) {
    removeFromList(ctx, 'participants', [participantId]);
    const ref = ctx.cache.identify({ __typename: 'Participant', id: participantId });
    ctx.cache.modify({
      id: ctx.room,
      fields: {
        voteProgress: (existing: unknown) => progressList(existing).filter((p) => p.participant.__ref !== ref),
      },
    });
    ctx.presence.remove(ctx.roomId, participantId);
  },

  PhaseChanged: (ctx, { phase, timer }) => setRoomFields(ctx, { phase, timer }),

  TimerChanged: (ctx, { timer }) => setRoomFields(ctx, { timer }),

  RoomSettingsChanged(ctx, { settings, locked, ideasRevealed, talliesRevealed }) {
    setRoomFields(ctx, { settings, locked, ideasRevealed, talliesRevealed });
    // A new budget changes what the viewer has left (what they spent stays).
    const myVotes = readRoomState(ctx.cache, ctx.roomId)?.myVotes;
    if (myVotes) setRoomFields(ctx, { myVotes: { __typename: 'MyVoteBudget', used: myVotes.used, remaining: Math.max(0, settings.votesPerParticipant - myVotes.used) } });
    invalidateResults(ctx);
  },

  IdeaAdded: (ctx, { idea }) => upsertIdea(ctx, idea, true),

  IdeaUpdated(ctx, { idea }) {
    upsertIdea(ctx, idea);
    // The room's events carry the idea's references (linking one updates the idea): its card follows.
    // Mutation results applied here have none, and leave them as they are.
    if (idea.references) {
      ctx.cache.writeFragment({ id: ideaCacheId(ctx, idea.id), fragment: IdeaReferences, fragmentName: 'IdeaReferences', data: { __typename: 'Idea', id: idea.id, references: idea.references } });
    }
  },

  IdeaRemoved(ctx, { ideaId }) {
    removeFromList(ctx, 'ideas', [ideaId]);
    invalidateResults(ctx);
  },

  IdeasMerged(ctx, { idea, sourceIds }) {
    removeFromList(ctx, 'ideas', sourceIds);
    upsertIdea(ctx, idea);
    invalidateResults(ctx);
  },

  IdeasRevealed(ctx, { ideas }) {
    for (const idea of ideas) upsertIdea(ctx, idea);
    invalidateResults(ctx);
  },

  ClusterChanged(ctx, { cluster }) {
    const ref = ctx.cache.writeFragment({ fragment: ClusterFields, fragmentName: 'ClusterFields', data: cluster });
    if (ref) placeInList(ctx, 'clusters', ref, 'position');
  },

  ClusterRemoved(ctx, { clusterId }) {
    removeFromList(ctx, 'clusters', [clusterId]);
    for (const idea of boardIdeas(ctx)) {
      if (idea.clusterId === clusterId) ctx.cache.modify({ id: ideaCacheId(ctx, idea.id), fields: { clusterId: () => null } });
    }
  },

  VoteTallyChanged(ctx, { tally }) {
    setVotes(ctx, tally.ideaId, { total: tally.total, voters: tally.voters });
    invalidateResults(ctx);
  },

  MyVotesChanged(ctx, { ideaId, mine, used, remaining }) {
    setVotes(ctx, ideaId, { mine });
    setRoomFields(ctx, { myVotes: { __typename: 'MyVoteBudget', used, remaining } });
  },

  VoteProgressChanged(ctx, { progress }) {
    const ref = writeParticipant(ctx, progress.participant);
    if (!ref) return;
    ctx.cache.modify({
      id: ctx.room,
      fields: {
        voteProgress: (existing: unknown) => {
          const list = progressList(existing);
          const entry: StoredProgress = { __typename: 'VoteProgress', participant: ref, used: progress.used };
          return list.some((p) => p.participant.__ref === ref.__ref) ? list.map((p) => (p.participant.__ref === ref.__ref ? entry : p)) : [...list, entry];
        },
      },
    });
  },

  TalliesRevealed(ctx, { tallies }) {
    // Ideas without any dot are not listed: their tally is now a visible zero.
    const byIdea = new Map(tallies.map((t) => [t.ideaId, t]));
    for (const idea of boardIdeas(ctx)) {
      const tally = byIdea.get(idea.id);
      setVotes(ctx, idea.id, { total: tally?.total ?? 0, voters: tally?.voters ?? 0 });
    }
    setRoomFields(ctx, { talliesRevealed: true });
    invalidateResults(ctx);
  },
};

/**
 * Applies one room event to the cache (and presence). Returns false when the event was
 * already applied: a numbered event at or below the room's last seq is ignored, so that
 * replays after a reconnection and duplicates change nothing. `PresenceChanged` repeats
 * the current seq and never moves it; `SeqAdvanced` only moves it.
 */
export function applyRoomEvent(cache: ApolloCache, roomId: string, event: RoomEventInput, presence: PresenceStore = presenceStore, pushed: PushedReferenceStore = pushedReferenceStore): boolean {
  const seq = event.__typename === 'PresenceChanged' ? null : (event.seq ?? null);
  if (seq !== null) {
    const last = readLastSeq(cache, roomId);
    if (last !== null && seq <= last) return false;
  }
  const ctx: Ctx = { cache, roomId, room: roomCacheId(cache, roomId), seq, presence, pushed };
  cache.batch({
    update: () => {
      (handlers[event.__typename] as (ctx: Ctx, event: RoomEventInput) => void)(ctx, event);
      if (seq !== null) setRoomFields(ctx, { lastSeq: seq });
    },
  });
  return true;
}

/** The event a vote or retraction result stands for. */
export function myVotesEvent(result: { ideaId: string; mine: number; used: number; remaining: number }): RoomEventInput {
  return { __typename: 'MyVotesChanged', ideaId: result.ideaId, mine: result.mine, used: result.used, remaining: result.remaining };
}
