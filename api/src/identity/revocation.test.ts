import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { codes, startTestApp, wsOnce, ROOM_EVENTS, type GraphQLResponse, type TestApp } from '../../test/harness.js';
import * as fx from '../../test/fixtures.js';
import { toGlobalId } from '../core/graphql/node.js';
import { parseApiToken } from './tokens.js';

/*
 * A WebSocket connection keeps its viewer (core/http/viewer.ts): no session lookup per operation. A
 * revocation made on one instance (logout, API token revoked, participant removed) reaches the others over
 * the bus: the connection's next operation is refused and its subscriptions end. Two instances with
 * REDIS_URL, one otherwise.
 */
const redisUrl = process.env.REDIS_URL;
let a: TestApp;
let b: TestApp;
beforeAll(async () => {
  a = await startTestApp(redisUrl ? { REDIS_URL: redisUrl, LOG_LEVEL: 'error' } : {});
  b = redisUrl ? await startTestApp({ REDIS_URL: redisUrl, LOG_LEVEL: 'error' }, { databaseUrl: a.databaseUrl }) : a;
});
afterAll(async () => {
  if (b !== a) await b?.stop();
  await a?.stop();
});

const VIEWER = `query { viewer { kind } }`;

/** A roomEvents subscription that records how it ended. */
function watchRoom(client: Client, roomId: string) {
  return new Promise<GraphQLResponse>((resolve) => {
    client.subscribe(
      { query: ROOM_EVENTS, variables: { roomId } },
      {
        next: (value) => void (value.errors && resolve(value as GraphQLResponse)),
        error: (error) => resolve({ errors: Array.isArray(error) ? (error as GraphQLResponse['errors']) : [{ message: 'closed', extensions: { code: 'CLOSED' } }] }),
        complete: () => resolve({}),
      },
    );
  });
}

/** One connection kept open (the harness's clients close between operations). */
function connect(app: TestApp, token: string): Client {
  return createClient({ url: `ws://127.0.0.1:${app.running.port}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: token }, retryAttempts: 0, lazy: false });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe(`WebSocket viewers and revocation (${redisUrl ? 'two instances, Redis' : 'one instance'})`, () => {
  it('a connection keeps its viewer: a session revoked without announcement still works there, not over HTTP', async () => {
    const { room, people } = await fx.liveRoom(a, {}, 1);
    const client = connect(b, people[0]!.token);
    expect((await wsOnce(client, VIEWER)).data).toEqual({ viewer: { kind: 'PARTICIPANT' } });
    await a.sql(`update session set revoked_at = now() where room_id = (select id from room where code = $1)`, [room.code]);
    expect((await wsOnce(client, VIEWER)).data).toEqual({ viewer: { kind: 'PARTICIPANT' } });
    expect(codes(await b.gql(VIEWER, {}, people[0]!.token))).toEqual(['UNAUTHENTICATED']);
    await client.dispose();
  });

  it('logout on one instance: the connection on another is refused at its next operation and its subscriptions end', async () => {
    const { room, people } = await fx.liveRoom(a, {}, 1);
    const token = people[0]!.token;
    const client = connect(b, token);
    expect((await wsOnce(client, VIEWER)).data).toEqual({ viewer: { kind: 'PARTICIPANT' } });
    const ended = watchRoom(client, room.id);
    await pause(200); // the subscription is active
    expect((await a.gql(`mutation { logout }`, {}, token)).data).toEqual({ logout: true });
    expect(codes(await ended)).toEqual(['UNAUTHENTICATED']);
    expect(codes(await wsOnce(client, VIEWER))).toEqual(['UNAUTHENTICATED']);
    await client.dispose();
  });

  it('an API token revoked on one instance is refused on a connection to another', async () => {
    const { factory, room } = await fx.liveRoom(a, {}, 0);
    const token = await fx.apiToken(a, factory.id, ['read']);
    const owner = await fx.facilitatorToken(a, factory.id, 'OWNER');
    const client = connect(b, token);
    expect((await wsOnce(client, VIEWER)).data).toEqual({ viewer: { kind: 'API_TOKEN' } });
    const ended = watchRoom(client, room.id);
    await pause(200);
    const revoked = await a.gql(`mutation ($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: toGlobalId('ApiToken', parseApiToken(token)!.tokenId) }, owner);
    expect(revoked.errors).toBeUndefined();
    expect(codes(await ended)).toEqual(['UNAUTHENTICATED']);
    expect(codes(await wsOnce(client, VIEWER))).toEqual(['UNAUTHENTICATED']);
    await client.dispose();
  });

  it('a participant removed on one instance is refused on its connection to another', async () => {
    const { room, people, facilitator } = await fx.liveRoom(a, {}, 2);
    const [gone, stays] = [connect(b, people[0]!.token), connect(b, people[1]!.token)];
    for (const client of [gone, stays]) expect((await wsOnce(client, VIEWER)).data).toEqual({ viewer: { kind: 'PARTICIPANT' } });
    await pause(200); // the instance listens to the room
    const removed = await a.gql(`mutation ($r: ID!, $p: ID!) { removeParticipant(roomId: $r, participantId: $p) }`, { r: room.id, p: people[0]!.id }, facilitator);
    expect(removed.data).toEqual({ removeParticipant: true });
    await expect.poll(async () => codes(await wsOnce(gone, VIEWER)), { timeout: 3_000 }).toEqual(['UNAUTHENTICATED']);
    expect((await wsOnce(stays, VIEWER)).data).toEqual({ viewer: { kind: 'PARTICIPANT' } });
    await Promise.all([gone.dispose(), stays.dispose()]);
  });
});
