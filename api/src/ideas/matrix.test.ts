import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from 'graphql-ws';
import { codes, startTestApp, type TestApp } from '../../test/harness.js';
import * as fx from '../../test/fixtures.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const PLACE = `mutation ($input: PlaceIdeaInput!) { placeIdea(input: $input) { id matrix { impact feasibility } } }`;
const BOARD = `query ($id: ID!) { room(id: $id) { ideas { id matrix { impact feasibility } } } }`;

/** The first IdeaUpdated event of the room with the idea's matrix place, as `client` receives it. */
function nextIdeaUpdate(client: Client, roomId: string): { received: Promise<Record<string, any>>; started: Promise<void> } {
  let started!: () => void;
  const startedP = new Promise<void>((resolve) => (started = resolve));
  const received = new Promise<Record<string, any>>((resolve, reject) => {
    const stop = client.subscribe<{ roomEvents: Record<string, any> }>(
      {
        query: `subscription ($roomId: ID!) { roomEvents(roomId: $roomId) { __typename seq ... on IdeaUpdated { idea { id matrix { impact feasibility } } } } }`,
        variables: { roomId },
      },
      {
        next: ({ data, errors }) => {
          if (errors) return reject(new Error(JSON.stringify(errors)));
          const event = data!.roomEvents;
          if (event.__typename === 'PresenceChanged') started();
          if (event.__typename === 'IdeaUpdated') {
            stop();
            resolve(event);
          }
        },
        error: reject,
        complete: () => undefined,
      },
    );
    setTimeout(() => reject(new Error('no IdeaUpdated within 10 s')), 10_000).unref();
  });
  return { received, started: startedP };
}

async function roomWithIdea(phase: string) {
  const live = await fx.liveRoom(app, {}, 2);
  await fx.setPhase(app, live.room.id, 'DIVERGE', live.facilitator);
  const ideaId = await fx.idea(app, live.room.id, live.people[0]!.token, 'Garage solidaire');
  await fx.setPhase(app, live.room.id, phase, live.facilitator);
  return { ...live, ideaId };
}

describe('impact/feasibility matrix', () => {
  it('a facilitator places an idea in CONVERGE: stored, on the board, and told to participants after commit', async () => {
    const { room, people, facilitator, ideaId } = await roomWithIdea('CONVERGE');
    const watch = nextIdeaUpdate(app.ws(people[1]!.token), room.id);
    await watch.started;
    const placed = await app.gql(PLACE, { input: { ideaId, impact: 80, feasibility: 35 } }, facilitator);
    expect(placed.errors).toBeUndefined();
    expect(placed.data!.placeIdea).toEqual({ id: ideaId, matrix: { impact: 80, feasibility: 35 } });
    const event = await watch.received;
    expect(event.idea).toEqual({ id: ideaId, matrix: { impact: 80, feasibility: 35 } });
    expect(event.seq).toBeGreaterThan(0);
    const [row] = await app.sql<{ impact: number; feasibility: number }>(`select impact, feasibility from idea where title = 'Garage solidaire' and room_id = (select id from room where code = $1)`, [room.code]);
    expect(row).toEqual({ impact: 80, feasibility: 35 });
    expect((await app.gql(BOARD, { id: room.id }, people[0]!.token)).data!.room.ideas).toEqual([{ id: ideaId, matrix: { impact: 80, feasibility: 35 } }]);

    // Both null: off the matrix again.
    expect((await app.gql(PLACE, { input: { ideaId, impact: null, feasibility: null } }, facilitator)).data!.placeIdea.matrix).toBeNull();
    expect((await app.gql(BOARD, { id: room.id }, facilitator)).data!.room.ideas[0].matrix).toBeNull();
  });

  it('participants may not place ideas', async () => {
    const { room, people, facilitator, ideaId } = await roomWithIdea('CONVERGE');
    expect(codes(await app.gql(PLACE, { input: { ideaId, impact: 50, feasibility: 50 } }, people[0]!.token))).toEqual(['FORBIDDEN']);
    expect((await app.gql(BOARD, { id: room.id }, facilitator)).data!.room.ideas[0].matrix).toBeNull();
  });

  it('values out of 0–100, or one axis without the other, are refused per field', async () => {
    const { room, facilitator, ideaId } = await roomWithIdea('CONVERGE');
    const high = await app.gql(PLACE, { input: { ideaId, impact: 101, feasibility: 50 } }, facilitator);
    expect(codes(high)).toEqual(['BAD_USER_INPUT']);
    expect(Object.keys(high.errors![0]!.extensions!.fields as object)).toEqual(['impact']);
    const low = await app.gql(PLACE, { input: { ideaId, impact: 50, feasibility: -1 } }, facilitator);
    expect(codes(low)).toEqual(['BAD_USER_INPUT']);
    expect(Object.keys(low.errors![0]!.extensions!.fields as object)).toEqual(['feasibility']);
    const half = await app.gql(PLACE, { input: { ideaId, impact: 50 } }, facilitator);
    expect(codes(half)).toEqual(['BAD_USER_INPUT']);
    expect(half.errors![0]!.extensions!.fields).toEqual({ feasibility: ['must be given with the other axis'] });
    expect(codes(await app.gql(PLACE, { input: { ideaId: 'not-an-id', impact: 50, feasibility: 50 } }, facilitator))).toEqual(['BAD_USER_INPUT']);
    expect((await app.gql(BOARD, { id: room.id }, facilitator)).data!.room.ideas[0].matrix).toBeNull();
  });

  it('only in CONVERGE: refused while voting and once the room is closed, allowed again when reopened', async () => {
    const { room, facilitator, ideaId } = await roomWithIdea('VOTE');
    const input = { ideaId, impact: 20, feasibility: 90 };
    expect(codes(await app.gql(PLACE, { input }, facilitator))).toEqual(['PHASE_CLOSED']);
    await fx.setPhase(app, room.id, 'CLOSED', facilitator);
    expect(codes(await app.gql(PLACE, { input }, facilitator))).toEqual(['PHASE_CLOSED']);
    expect((await app.gql(BOARD, { id: room.id }, facilitator)).data!.room.ideas[0].matrix).toBeNull();
    await fx.setPhase(app, room.id, 'CONVERGE', facilitator);
    expect((await app.gql(PLACE, { input }, facilitator)).data!.placeIdea.matrix).toEqual({ impact: 20, feasibility: 90 });
  });
});
