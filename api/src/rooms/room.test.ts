import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestApp, subscribeRoom, type TestApp } from '../../test/harness.js';
import * as fx from '../../test/fixtures.js';
import { CODE_ALPHABET } from './join-code.js';

let app: TestApp;
beforeAll(async () => {
  // A short keep-alive, so that a silent client is dropped within the test's patience.
  app = await startTestApp({ WS_KEEPALIVE_MS: '500' });
});
afterAll(() => app.stop());

const JOIN = `mutation ($input: JoinRoomInput!) { joinRoom(input: $input) { token participant { id displayName isFacilitator } room { id title phase } } }`;

describe('rooms: create and join', () => {
  it('a facilitator creates a room with an unambiguous code; a participant joins by code without an account', async () => {
    const f = await fx.factory(app);
    const facilitator = await fx.facilitatorToken(app, f.id);
    const created = await app.gql(
      `mutation ($input: CreateRoomInput!) { createRoom(input: $input) { id code phase title settings { votesPerParticipant maxVotesPerIdea hiddenTallies } } }`,
      { input: { factoryId: f.gid, title: 'Atelier mobilité', settings: { votesPerParticipant: 3, maxVotesPerIdea: 1 } } },
      facilitator,
    );
    const room = created.data!.createRoom;
    expect(room).toMatchObject({ phase: 'NEEDS', title: 'Atelier mobilité', settings: { votesPerParticipant: 3, maxVotesPerIdea: 1, hiddenTallies: true } });
    expect(room.code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{6}$`));

    const joined = await app.gql(JOIN, { input: { code: ` ${room.code.slice(0, 3).toLowerCase()}-${room.code.slice(3)} `, displayName: '  Aïcha  ' } });
    expect(joined.data!.joinRoom).toMatchObject({ participant: { displayName: 'Aïcha', isFacilitator: false }, room: { id: room.id, phase: 'NEEDS' } });
    const token = joined.data!.joinRoom.token;
    const seen = await app.gql(`query ($id: ID!) { viewer { kind } room(id: $id) { title me { displayName } participants { displayName } } }`, { id: room.id }, token);
    expect(seen.data).toEqual({ viewer: { kind: 'PARTICIPANT' }, room: { title: 'Atelier mobilité', me: { displayName: 'Aïcha' }, participants: [{ displayName: 'Aïcha' }] } });

    // Same browser (same token): same participant, even under another name.
    const again = await app.gql(JOIN, { input: { code: room.code, displayName: 'Aïcha B.' } }, token);
    expect(again.data!.joinRoom.participant.id).toBe(joined.data!.joinRoom.participant.id);
    expect((await app.sql('select count(*)::int as n from participant where room_id = (select id from room where code = $1)', [room.code]))[0]).toEqual({ n: 1 });
  });

  it('refuses a wrong code, a locked room, a bad name, and a participant token for another room', async () => {
    const { room, facilitator } = await fx.liveRoom(app, {}, 0);
    expect(codes(await app.gql(JOIN, { input: { code: 'ZZZZZZ', displayName: 'X' } }))).toEqual(['NOT_FOUND']);
    expect(codes(await app.gql(JOIN, { input: { code: room.code, displayName: '' } }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await app.gql(JOIN, { input: { code: room.code, displayName: 'x'.repeat(41) } }))).toEqual(['BAD_USER_INPUT']);
    const member = await fx.join(app, room.code, 'Avant');
    await app.gql(`mutation ($input: UpdateRoomInput!) { updateRoom(input: $input) { locked } }`, { input: { roomId: room.id, locked: true } }, facilitator);
    expect(codes(await app.gql(JOIN, { input: { code: room.code, displayName: 'Après' } }))).toEqual(['ROOM_LOCKED']);
    // Already in: rejoining a locked room still works.
    expect((await app.gql(JOIN, { input: { code: room.code, displayName: 'Avant' } }, member.token)).data!.joinRoom.participant.id).toBe(member.id);

    const other = await fx.liveRoom(app, {}, 1);
    expect(codes(await app.gql(`query ($id: ID!) { room(id: $id) { title } }`, { id: room.id }, other.people[0]!.token))).toEqual(['FORBIDDEN']);
    expect(codes(await app.gql(`query ($id: ID!) { room(id: $id) { title } }`, { id: room.id }))).toEqual(['UNAUTHENTICATED']);
  });

  it('only facilitators drive phases and timers; a participant is FORBIDDEN', async () => {
    const { room, facilitator, people } = await fx.liveRoom(app, {}, 1);
    const SET = `mutation ($r: ID!, $p: Phase!, $t: Int) { setPhase(roomId: $r, phase: $p, timerSeconds: $t) { phase timer { endsAt paused remainingMs } serverTime } }`;
    expect(codes(await app.gql(SET, { r: room.id, p: 'DIVERGE' }, people[0]!.token))).toEqual(['FORBIDDEN']);
    const res = await app.gql(SET, { r: room.id, p: 'DIVERGE', t: 300 }, facilitator);
    const { timer, serverTime } = res.data!.setPhase;
    expect(res.data!.setPhase.phase).toBe('DIVERGE');
    const left = new Date(timer.endsAt).getTime() - new Date(serverTime).getTime();
    expect(left).toBeGreaterThan(295_000);
    expect(left).toBeLessThanOrEqual(300_000);

    const TIMER = `mutation ($r: ID!, $a: TimerAction!, $s: Int) { changeTimer(roomId: $r, action: $a, seconds: $s) { timer { endsAt paused remainingMs } } }`;
    const paused = (await app.gql(TIMER, { r: room.id, a: 'PAUSE' }, facilitator)).data!.changeTimer.timer;
    expect(paused.paused).toBe(true);
    expect(paused.endsAt).toBeNull();
    const extended = (await app.gql(TIMER, { r: room.id, a: 'EXTEND', s: 60 }, facilitator)).data!.changeTimer.timer;
    expect(extended.remainingMs).toBe(paused.remainingMs + 60_000);
    const resumed = (await app.gql(TIMER, { r: room.id, a: 'RESUME' }, facilitator)).data!.changeTimer.timer;
    expect(resumed.paused).toBe(false);
    expect(codes(await app.gql(TIMER, { r: room.id, a: 'START', s: -5 }, facilitator))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await app.gql(TIMER, { r: room.id, a: 'START', s: 10 ** 9 }, facilitator))).toEqual(['BAD_USER_INPUT']);
    expect((await app.gql(TIMER, { r: room.id, a: 'CLEAR' }, facilitator)).data!.changeTimer.timer).toBeNull();
  });

  it('applies phase rules: ideas in DIVERGE, votes in VOTE, nothing once CLOSED', async () => {
    const { room, facilitator, people } = await fx.liveRoom(app, { votesPerParticipant: 3 }, 1);
    const token = people[0]!.token;
    const CREATE = `mutation ($input: CreateIdeaInput!) { createIdea(input: $input) { id } }`;
    expect(codes(await app.gql(CREATE, { input: { roomId: room.id, title: 'Trop tôt' } }, token))).toEqual(['PHASE_CLOSED']);
    await fx.setPhase(app, room.id, 'DIVERGE', facilitator);
    const ideaId = await fx.idea(app, room.id, token, 'Une recyclerie');
    const VOTE = `mutation ($id: ID!) { castVote(input: { ideaId: $id }) { mine } }`;
    expect(codes(await app.gql(VOTE, { id: ideaId }, token))).toEqual(['PHASE_CLOSED']);
    await fx.setPhase(app, room.id, 'VOTE', facilitator);
    expect(codes(await app.gql(CREATE, { input: { roomId: room.id, title: 'Trop tard' } }, token))).toEqual(['PHASE_CLOSED']);
    expect((await app.gql(VOTE, { id: ideaId }, token)).data).toEqual({ castVote: { mine: 1 } });
    await fx.setPhase(app, room.id, 'CLOSED', facilitator);
    expect(codes(await app.gql(VOTE, { id: ideaId }, token))).toEqual(['PHASE_CLOSED']);
    expect(codes(await app.gql(`mutation ($input: UpdateIdeaInput!) { updateIdea(input: $input) { id } }`, { input: { ideaId, title: 'x' } }, token))).toEqual(['PHASE_CLOSED']);
    // Nothing was written by the refused calls.
    const [row] = await app.sql<{ ideas: number; votes: number }>(
      `select (select count(*)::int from idea where room_id = r.id) as ideas, (select coalesce(sum(count), 0)::int from vote where room_id = r.id) as votes from room r where r.code = $1`,
      [room.code],
    );
    expect(row).toEqual({ ideas: 1, votes: 1 });
  });

  it('removing a participant revokes their token and ends their subscription', async () => {
    const { room, facilitator, people } = await fx.liveRoom(app, {}, 2);
    const [gone, stays] = people as [(typeof people)[0], (typeof people)[0]];
    const sub = await subscribeRoom(app.ws(gone.token), room.id);
    const watcher = await subscribeRoom(app.ws(stays.token), room.id);
    const res = await app.gql(`mutation ($r: ID!, $p: ID!) { removeParticipant(roomId: $r, participantId: $p) }`, { r: room.id, p: gone.id }, facilitator);
    expect(res.data).toEqual({ removeParticipant: true });
    // An `error` message (not a `next` carrying errors): the subscription is over.
    const ended = (await sub.error) as { extensions?: { code?: string } }[];
    expect(Array.isArray(ended) && ended[0]?.extensions?.code).toBe('FORBIDDEN');
    await watcher.waitFor((e) => e.__typename === 'ParticipantRemoved' && e.participantId === gone.id);
    expect(codes(await app.gql(`query ($id: ID!) { room(id: $id) { title } }`, { id: room.id }, gone.token))).toEqual(['UNAUTHENTICATED']);
    expect((await app.gql(`query ($id: ID!) { room(id: $id) { participants { displayName } } }`, { id: room.id }, facilitator)).data!.room.participants).toEqual([{ displayName: stays.name }]);
  });
});

describe('room events', () => {
  it('delivers every change in order with gap-free sequence numbers, and replays exactly what a reconnecting client missed', async () => {
    const { room, facilitator, people } = await fx.liveRoom(app, { hiddenTallies: false }, 1);
    const token = people[0]!.token;
    const live = await subscribeRoom(app.ws(token), room.id);
    await fx.setPhase(app, room.id, 'DIVERGE', facilitator);
    const a = await fx.idea(app, room.id, token, 'Idée A');
    await live.waitFor((e) => e.__typename === 'IdeaAdded' && e.idea.id === a);
    const seqBeforeDrop = live.durable().at(-1)!.seq;
    live.stop();

    // While disconnected: more changes.
    const b = await fx.idea(app, room.id, token, 'Idée B');
    await fx.setPhase(app, room.id, 'VOTE', facilitator);
    await app.gql(`mutation ($id: ID!) { castVote(input: { ideaId: $id }) { mine } }`, { id: b }, token);

    const resumed = await subscribeRoom(app.ws(token), room.id, seqBeforeDrop);
    await fx.setPhase(app, room.id, 'CONVERGE', facilitator);
    await resumed.waitFor((e) => e.__typename === 'PhaseChanged' && e.phase === 'CONVERGE');
    const replayed = resumed.durable();
    expect(replayed.map((e) => e.seq)).toEqual(replayed.map((_, i) => seqBeforeDrop + 1 + i));
    expect(replayed.map((e) => e.__typename)).toEqual(['IdeaAdded', 'PhaseChanged', 'MyVotesChanged', 'VoteTallyChanged', 'SeqAdvanced', 'PhaseChanged']);
    expect(replayed[0]!.idea.title).toBe('Idée B');
    expect(replayed[3]!.tally).toEqual({ ideaId: b, total: 1, voters: 1 });

    // The full history from 0 is the same sequence the live client saw, then what it missed.
    const full = await subscribeRoom(app.ws(token), room.id, 0);
    await full.waitFor((e) => e.__typename === 'PhaseChanged' && e.phase === 'CONVERGE');
    expect(full.durable().map((e) => e.seq)).toEqual(full.durable().map((_, i) => i + 1));
    // The live client (subscribed after the participant joined, seq 1) saw 2…seqBeforeDrop: the same events.
    expect(live.durable().map((e) => e.seq)).toEqual(Array.from({ length: seqBeforeDrop - 1 }, (_, i) => i + 2));
    expect(full.durable().slice(1, seqBeforeDrop)).toEqual(live.durable());
  });

  it('shows who is present: several connections of one person count once, and leaving is seen', async () => {
    const { room, people } = await fx.liveRoom(app, {}, 2);
    const [p1, p2] = people as [(typeof people)[0], (typeof people)[0]];
    const watcher = await subscribeRoom(app.ws(p1.token), room.id);
    const tab1 = await subscribeRoom(app.ws(p2.token), room.id);
    const tab2 = await subscribeRoom(app.ws(p2.token), room.id);
    const both = await watcher.waitFor((e) => e.__typename === 'PresenceChanged' && e.present.length === 2);
    expect(both.present.map((p: { id: string }) => p.id).sort()).toEqual([p1.id, p2.id].sort());
    tab1.stop();
    await new Promise((r) => setTimeout(r, 200));
    expect(watcher.events.filter((e) => e.__typename === 'PresenceChanged').at(-1)!.present).toHaveLength(2);
    tab2.stop();
    await watcher.waitFor((e) => e.__typename === 'PresenceChanged' && e.present.length === 1);
  });

  it('a client that goes silent (a closed laptop) leaves presence after the keep-alive drops it', async () => {
    const { room, people } = await fx.liveRoom(app, {}, 2);
    const [p1, p2] = people as [(typeof people)[0], (typeof people)[0]];
    const watcher = await subscribeRoom(app.ws(p1.token), room.id);
    // A raw client that never answers pings and never closes.
    const { default: WebSocket } = await import('ws');
    const silent = new WebSocket(app.wsUrl, 'graphql-transport-ws', { autoPong: false });
    await new Promise((resolve) => silent.once('open', resolve));
    silent.send(JSON.stringify({ type: 'connection_init', payload: { authorization: p2.token } }));
    await new Promise((resolve) => silent.once('message', resolve));
    silent.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: 'subscription ($r: ID!) { roomEvents(roomId: $r) { seq } }', variables: { r: room.id } } }));
    const both = await watcher.waitFor((e) => e.__typename === 'PresenceChanged' && e.present.length === 2);
    const joinedAt = Date.now();
    const after = watcher.events.indexOf(both);
    const gone = await watcher.waitFor((e) => e.__typename === 'PresenceChanged' && e.present.length === 1 && watcher.events.indexOf(e) > after, 5_000);
    expect(gone.present.map((p: { id: string }) => p.id)).toEqual([p1.id]);
    // Dropped by the keep-alive (500 ms here: ping, then one period without pong), not at once.
    expect(Date.now() - joinedAt).toBeGreaterThan(300);
    silent.terminate();
  });

  it('shows who is editing which idea, and stops showing it when they are done', async () => {
    const { room, people, facilitator } = await fx.liveRoom(app, {}, 2);
    const [editor, watcherP] = people as [(typeof people)[0], (typeof people)[0]];
    await fx.setPhase(app, room.id, 'DIVERGE', facilitator);
    const ideaId = await fx.idea(app, room.id, editor.token, 'En cours');
    const watcher = await subscribeRoom(app.ws(watcherP.token), room.id);
    await subscribeRoom(app.ws(editor.token), room.id);
    const EDIT = `mutation ($r: ID!, $i: ID) { setEditing(roomId: $r, ideaId: $i) }`;
    expect((await app.gql(EDIT, { r: room.id, i: ideaId }, editor.token)).data).toEqual({ setEditing: true });
    const on = await watcher.waitFor((e) => e.__typename === 'PresenceChanged' && e.editing?.length === 1);
    expect(on.editing).toEqual([{ participantId: editor.id, ideaId }]);
    await app.gql(EDIT, { r: room.id, i: null }, editor.token);
    await watcher.waitFor((e) => e.__typename === 'PresenceChanged' && e.editing?.length === 0 && watcher.events.indexOf(e) > watcher.events.indexOf(on));
    expect(codes(await app.gql(EDIT, { r: room.id, i: ideaId }))).toEqual(['UNAUTHENTICATED']);
  });

  it('answers NOT_FOUND for an unknown room, over HTTP and WebSocket', async () => {
    const { facilitator } = await fx.liveRoom(app, {}, 0);
    const unknown = Buffer.from('Room:00000000-0000-4000-8000-000000000000').toString('base64url');
    expect(codes(await app.gql(`query ($id: ID!) { room(id: $id) { title } }`, { id: unknown }, facilitator))).toEqual(['NOT_FOUND']);
    await expect(subscribeRoom(app.ws(facilitator), unknown)).rejects.toThrow(/NOT_FOUND/);
    expect(codes(await app.gql(`query ($id: ID!) { room(id: $id) { title } }`, { id: 'not-an-id' }, facilitator))).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses to subscribe to a room one is not in, with FORBIDDEN, and a bad afterSeq with BAD_USER_INPUT', async () => {
    const { room } = await fx.liveRoom(app, {}, 0);
    const outsider = (await fx.liveRoom(app, {}, 1)).people[0]!;
    await expect(subscribeRoom(app.ws(outsider.token), room.id)).rejects.toThrow(/FORBIDDEN/);
    const insider = await fx.join(app, room.code, 'Dedans');
    await expect(subscribeRoom(app.ws(insider.token), room.id, -1)).rejects.toThrow(/BAD_USER_INPUT/);
  });
});
