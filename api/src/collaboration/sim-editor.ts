import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import type { Client } from 'graphql-ws';

/*
 * A reference co-editing client: a plain Y.Doc speaking Germoir's GraphQL API over graphql-ws. Used by the
 * tests and the benchmark; it is also the shape a web client follows:
 *  - subscribe to ideaDocUpdates with the document's state vector (the first message is what it lacks),
 *  - push local changes (the updates of its own transactions, merged) as they come, without waiting for the
 *    previous acknowledgement (at most MAX_IN_FLIGHT pushes in flight: what is typed beyond goes in the next),
 *  - after a (re)connection, ask ideaDocument for the server's state vector and push what it lacks
 *    (`Y.encodeStateAsUpdate(doc, serverStateVector)`: offline edits included); after a failed push too.
 */

const SUBSCRIBE = `subscription ($ideaId: ID!, $stateVector: String, $clientId: String) {
  ideaDocUpdates(ideaId: $ideaId, stateVector: $stateVector, clientId: $clientId) { kind data origin }
}`;
const DOCUMENT = `query ($ideaId: ID!, $stateVector: String) { ideaDocument(ideaId: $ideaId, stateVector: $stateVector) { update stateVector } }`;
const PUSH = `mutation ($ideaId: ID!, $update: String!, $clientId: String) { pushIdeaUpdate(ideaId: $ideaId, update: $update, clientId: $clientId) { stateVector stored } }`;

/** Pushes sent before the previous ones are acknowledged, at most. */
const MAX_IN_FLIGHT = 4;

/** Base64 as the co-editing API carries updates and state vectors (shared by the collaboration tests). */
export const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
export const unb64 = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));

interface Result<T> {
  data?: T | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

function once<T>(client: Client, query: string, variables: Record<string, unknown>): Promise<Result<T>> {
  return new Promise((resolve, reject) => {
    let result: Result<T> = {};
    client.subscribe<T>(
      { query, variables },
      {
        next: (value) => (result = value as Result<T>),
        error: (error) => (Array.isArray(error) ? resolve({ errors: error as Result<T>['errors'] }) : reject(error instanceof Error ? error : new Error('connection closed'))),
        complete: () => resolve(result),
      },
    );
  });
}

export class SimEditor {
  readonly doc = new Y.Doc();
  readonly clientId = randomUUID();
  private client: Client | null = null;
  private stopSubscription: (() => void) | null = null;
  private serverSV: Uint8Array = new Uint8Array([0]);
  private dirty = false;
  /** Local updates not pushed yet; with `resync`, the next push is the diff against the server's state vector instead. */
  private local: Uint8Array[] = [];
  private resync = true;
  private flushing: Promise<void> | null = null;
  /** Pushes sent and not answered yet; pushing waits while `stopped` (an error) or until `pausedUntil` (rate limited). */
  private readonly inFlight = new Set<Promise<void>>();
  private stopped = false;
  private pausedUntil = 0;
  private wake: (() => void) | null = null;
  /** Acknowledged (durable) pushes, and the bytes of those the server stored (its update log grows by these). */
  acked = 0;
  storedBytes = 0;
  /** Messages received from others (updates and awareness), unless constructed with `keepReceived: false`. */
  received: { kind: string; data: string; at: number }[] = [];
  errors: unknown[] = [];
  onRemote: ((update: Uint8Array) => void) | null = null;

  /**
   * `keepReceived: false` for long runs (the benchmark): every message kept would grow the heap by each
   * keystroke of every other editor, and the process's collections with it.
   */
  constructor(
    readonly ideaId: string,
    private readonly connect: () => Client,
    private readonly options: { keepReceived?: boolean } = {},
  ) {
    this.doc.on('update', this.onLocalUpdate);
  }

  private readonly onLocalUpdate = (update: Uint8Array) => {
    this.local.push(update);
    this.dirty = true;
    this.wake?.();
    void this.flush();
  };

  /**
   * Applies others' update with no `update` listener on the document: Yjs encodes a transaction's update
   * only for such listeners, and one that came from the server is never pushed back.
   */
  private applyRemote(update: Uint8Array): void {
    this.doc.off('update', this.onLocalUpdate);
    try {
      Y.applyUpdate(this.doc, update, 'remote');
    } finally {
      this.doc.on('update', this.onLocalUpdate);
    }
  }

  get online(): boolean {
    return this.client !== null;
  }

  text(field = 'description'): string {
    return this.doc.getText(field).toString();
  }

  /** Connects, receives what it lacks, then sends what the server lacks. */
  async goOnline(): Promise<void> {
    if (this.client) return;
    const client = this.connect();
    this.client = client;
    await new Promise<void>((resolve, reject) => {
      let first = true;
      this.stopSubscription = client.subscribe<{ ideaDocUpdates: { kind: string; data: string; origin: string | null } }>(
        { query: SUBSCRIBE, variables: { ideaId: this.ideaId, stateVector: b64(Y.encodeStateVector(this.doc)), clientId: this.clientId } },
        {
          next: (value) => {
            if (value.errors) {
              this.errors.push(value.errors);
              return reject(new Error(JSON.stringify(value.errors)));
            }
            const message = value.data!.ideaDocUpdates;
            if (message.kind === 'UPDATE') {
              const update = unb64(message.data);
              this.applyRemote(update);
              this.onRemote?.(update);
            }
            if (!first && this.options.keepReceived !== false) this.received.push({ kind: message.kind, data: message.data, at: Date.now() });
            if (first) {
              first = false;
              resolve();
            }
          },
          error: (error) => {
            if (first) reject(error instanceof Error ? error : new Error(JSON.stringify(error)));
          },
          complete: () => undefined,
        },
      );
    });
    const state = await once<{ ideaDocument: { stateVector: string } }>(client, DOCUMENT, { ideaId: this.ideaId, stateVector: b64(Y.encodeStateVector(this.doc)) });
    if (state.errors) throw new Error(JSON.stringify(state.errors));
    this.serverSV = unb64(state.data!.ideaDocument.stateVector);
    this.resync = true;
    this.dirty = true;
    await this.flush();
  }

  /** Drops the connection (edits keep going into the local document). */
  async goOffline(): Promise<void> {
    const client = this.client;
    if (!client) return;
    this.client = null;
    this.stopSubscription?.();
    this.stopSubscription = null;
    await client.dispose();
    await this.flushing?.catch(() => undefined);
  }

  /**
   * Pushes local changes without waiting for the previous acknowledgement (at most MAX_IN_FLIGHT at once;
   * what is typed beyond goes in the next one), until there is nothing left or the connection is gone.
   */
  flush(): Promise<void> {
    if (this.flushing) return this.flushing;
    const run = (async () => {
      await Promise.resolve(); // so that `flushing` is set before the loop can finish
      try {
        while ((this.dirty && this.client && !this.stopped) || this.inFlight.size > 0) {
          if (this.dirty && this.client && !this.stopped && this.inFlight.size < MAX_IN_FLIGHT && Date.now() >= this.pausedUntil) {
            const sent = this.pushOnce(this.client).catch((error: unknown) => {
              this.errors.push(error);
              this.stopped = true;
            });
            this.inFlight.add(sent);
            void sent.finally(() => this.inFlight.delete(sent));
            continue;
          }
          // Wait for an answer, a new local change or the end of a pause.
          await new Promise<void>((resolve) => {
            this.wake = resolve;
            const pause = this.pausedUntil - Date.now();
            void Promise.race([...this.inFlight, ...(pause > 0 ? [new Promise((r) => setTimeout(r, pause))] : [])]).then(() => resolve(), () => resolve());
          });
          this.wake = null;
        }
      } finally {
        this.flushing = null;
        this.stopped = false;
      }
    })();
    this.flushing = run;
    return run;
  }

  /** Sends what is local (or, after a resync, what the server lacks) in one push and handles its answer. */
  private async pushOnce(client: Client): Promise<void> {
    this.dirty = false;
    const local = this.local;
    this.local = [];
    const update = this.resync ? Y.encodeStateAsUpdate(this.doc, this.serverSV) : local.length === 1 ? local[0]! : Y.mergeUpdates(local);
    this.resync = false;
    let res: Result<{ pushIdeaUpdate: { stateVector: string; stored: boolean } }>;
    try {
      res = await once(client, PUSH, { ideaId: this.ideaId, update: b64(update), clientId: this.clientId });
    } catch {
      res = {};
    }
    if (!res.data && !res.errors) {
      // Connection lost or closed (no answer): the next connection sends what the server lacks.
      this.dirty = true;
      this.resync = true;
      this.stopped = true;
      return;
    }
    if (res.errors) {
      this.dirty = true;
      if (res.errors.some((e) => e.extensions?.code === 'RATE_LIMITED')) {
        this.local = [update, ...this.local];
        this.pausedUntil = Date.now() + 200;
        return;
      }
      this.resync = true;
      this.stopped = true;
      this.errors.push(res.errors);
      return;
    }
    this.acked++;
    if (res.data!.pushIdeaUpdate.stored) this.storedBytes += update.length;
    this.serverSV = unb64(res.data!.pushIdeaUpdate.stateVector);
  }

  /** Resolves when everything local has been acknowledged (online only). */
  async settle(): Promise<void> {
    while ((this.dirty || this.flushing) && this.errors.length === 0) {
      if (this.flushing) await this.flushing;
      else await this.flush();
      if (!this.client) return;
    }
  }

  async close(): Promise<void> {
    await this.goOffline();
    this.doc.destroy();
  }
}

/** A small seeded PRNG (mulberry32): a failing fuzz run replays with the same seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
