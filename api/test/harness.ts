import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { startGermoir, type Running } from '../src/core/app.js';
import { loadConfig } from '../src/core/config.js';
import { ensureDatabase } from '../src/core/database/database.js';
import { Writable } from 'node:stream';
import { pino } from 'pino';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; fields?: Record<string, string[]>; [key: string]: unknown } }[];
}

export interface TestApp {
  running: Running;
  /** Every SQL statement the app ran, in order; clear it with `queries.length = 0`. */
  queries: string[];
  url: string;
  wsUrl: string;
  databaseUrl: string;
  /** Posts a GraphQL operation; `token` goes in `Authorization: Bearer`. */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  /** A graphql-ws client on the app's port. */
  ws(token?: string, headers?: Record<string, string>): Client;
  /** Plain SQL on the test database, for arranging and asserting what the API cannot show. */
  sql<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>;
  stop(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Starts Germoir on a fresh database (created for this test file) and a free port. */
export async function startTestApp(env: Record<string, string> = {}, shared?: { databaseUrl: string }): Promise<TestApp> {
  const queries: string[] = [];
  const adminUrl = inject('adminUrl');
  const name = shared ? new URL(shared.databaseUrl).pathname.slice(1) : `germoir_test_${randomBytes(6).toString('hex')}`;
  if (!shared) await ensureDatabase(adminUrl, name);
  const databaseUrl = shared?.databaseUrl ?? withDatabase(adminUrl, name);
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATABASE_URL: databaseUrl, SEED_DEMO: 'false', LOG_LEVEL: 'silent', WEB_DIST: '/nonexistent', ...env });
  // At trace level the ORM logs every SQL statement: the tests count them (N+1 checks).
  const logger = pino({ level: 'trace' }, new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n')) {
        // Unexpected errors are masked in responses: show them on stderr so a failing test explains itself.
        if (/"level":(50|60)/.test(line) && !process.env.GERMOIR_QUIET_TEST_ERRORS) {
          const { err, msg } = JSON.parse(line) as { msg?: string; err?: { message?: string; stack?: string } };
          process.stderr.write(`[server] ${msg}: ${err?.message?.slice(0, 400)}\n${err?.stack?.split('\n').slice(1, 6).join('\n') ?? ''}\n`);
        }
        if (!line.includes('"orm"')) continue;
        const orm = (JSON.parse(line) as { orm?: string }).orm ?? '';
        if (/\b(select|insert|update|delete)\b/i.test(orm)) queries.push(orm);
      }
      done();
    },
  }));
  const running = await startGermoir(config, logger);
  const url = `http://127.0.0.1:${running.port}`;
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const clients: Client[] = [];
  return {
    running,
    queries,
    url,
    wsUrl: `ws://127.0.0.1:${running.port}/graphql`,
    databaseUrl,
    async gql(query, variables, token, headers = {}) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GraphQLResponse<never>;
    },
    ws(token, headers) {
      const client = createClient({
        url: `ws://127.0.0.1:${running.port}/graphql`,
        webSocketImpl: class extends WebSocket {
          constructor(address: string, protocols?: string | string[]) {
            super(address, protocols, { headers });
          }
        },
        connectionParams: token ? { authorization: token } : undefined,
        retryAttempts: 0,
        lazy: true,
      });
      clients.push(client);
      return client;
    },
    async sql(text, params) {
      return (await pool.query(text, params)).rows;
    },
    async stop() {
      await Promise.all(clients.map((c) => c.dispose()));
      await pool.end();
      await running.stop();
      if (shared) return; // the first instance owns the database
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

/**
 * Two API instances on one PostgreSQL, events crossing through Redis pub/sub: started before the
 * enclosing `describe` runs, stopped after it. Read `a` and `b` inside tests (they are set once started).
 */
export function twoInstances(redisUrl: string): { a: TestApp; b: TestApp } {
  const apps = {} as { a: TestApp; b: TestApp };
  beforeAll(async () => {
    apps.a = await startTestApp({ REDIS_URL: redisUrl });
    apps.b = await startTestApp({ REDIS_URL: redisUrl }, { databaseUrl: apps.a.databaseUrl });
  });
  afterAll(async () => {
    await apps.b?.stop();
    await apps.a?.stop();
  });
  return apps;
}

/** Runs one operation over graphql-ws and returns its single result. */
export function wsOnce<T = Record<string, any>>(client: Client, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
  return new Promise((resolve, reject) => {
    let result: GraphQLResponse<T> | undefined;
    client.subscribe<T>(
      { query, variables },
      {
        next: (value) => (result = value as GraphQLResponse<T>),
        error: (error) => (Array.isArray(error) ? resolve({ errors: error }) : reject(error)),
        complete: () => resolve(result ?? {}),
      },
    );
  });
}

export function codes(res: GraphQLResponse): (string | undefined)[] {
  return (res.errors ?? []).map((e) => e.extensions?.code);
}

export const ROOM_EVENTS = `subscription ($roomId: ID!, $afterSeq: Int) {
  roomEvents(roomId: $roomId, afterSeq: $afterSeq) {
    __typename seq at
    ... on ParticipantJoined { participant { id displayName isFacilitator } }
    ... on ParticipantRemoved { participantId }
    ... on PhaseChanged { phase timer { endsAt remainingMs paused } }
    ... on TimerChanged { timer { endsAt remainingMs paused } }
    ... on RoomSettingsChanged { locked ideasRevealed talliesRevealed settings { hiddenTallies } }
    ... on IdeaAdded { idea { id title author { id displayName } private votes { total voters } } }
    ... on IdeaUpdated { idea { id title clusterId position votes { total voters } } }
    ... on IdeaRemoved { ideaId }
    ... on IdeasMerged { idea { id mergedFromIds votes { total voters } } sourceIds }
    ... on IdeasRevealed { ideas { id title } }
    ... on ClusterChanged { cluster { id label } }
    ... on VoteTallyChanged { tally { ideaId total voters } }
    ... on MyVotesChanged { ideaId mine used remaining }
    ... on VoteProgressChanged { progress { participant { id } used } }
    ... on TalliesRevealed { tallies { ideaId total voters } }
    ... on PresenceChanged { present { id displayName } editing { participantId ideaId } }
  }
}`;

export interface RoomSubscription {
  events: Record<string, any>[];
  /** Resolves with the first event (already received or to come) matching `predicate`. */
  waitFor(predicate: (event: Record<string, any>) => boolean, timeoutMs?: number): Promise<Record<string, any>>;
  /** Durable events only (PresenceChanged left out). */
  durable(): Record<string, any>[];
  error: Promise<unknown>;
  stop(): void;
}

/** Subscribes to a room's events; resolves once the server has started the stream (first PresenceChanged). */
export async function subscribeRoom(client: Client, roomId: string, afterSeq?: number): Promise<RoomSubscription> {
  const events: Record<string, any>[] = [];
  const waiters: { predicate: (e: Record<string, any>) => boolean; resolve: (e: Record<string, any>) => void }[] = [];
  let fail: (e: unknown) => void = () => undefined;
  const error = new Promise<unknown>((resolve) => (fail = resolve));
  const stop = client.subscribe<{ roomEvents: Record<string, any> }>(
    { query: ROOM_EVENTS, variables: { roomId, afterSeq } },
    {
      next: (value) => {
        if (value.errors) return fail({ via: 'next', errors: value.errors }); // not an `error` message
        const event = value.data!.roomEvents;
        events.push(event);
        for (const w of [...waiters]) {
          if (w.predicate(event)) {
            waiters.splice(waiters.indexOf(w), 1);
            w.resolve(event);
          }
        }
      },
      error: (e) => fail(e),
      complete: () => undefined,
    },
  );
  const sub: RoomSubscription = {
    events,
    error,
    durable: () => events.filter((e) => e.__typename !== 'PresenceChanged'),
    stop,
    waitFor(predicate, timeoutMs = 10_000) {
      const found = events.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching event within ${timeoutMs} ms; got ${JSON.stringify(events.map((e) => e.__typename))}`)), timeoutMs);
        waiters.push({ predicate, resolve: (e) => (clearTimeout(timer), resolve(e)) });
      });
    },
  };
  await Promise.race([sub.waitFor((e) => e.__typename === 'PresenceChanged'), error.then((e) => Promise.reject(new Error(JSON.stringify(e))))]);
  return sub;
}
