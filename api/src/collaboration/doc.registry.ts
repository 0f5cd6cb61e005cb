import { EventEmitter } from 'node:events';
import { roomChannel, type StoredRoomEvent } from '../events/room-event.js';
import * as Y from 'yjs';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Orm } from '../core/database/orm.js';
import type { Logger } from '../core/logger.js';
import type { EventBus } from '../events/bus.js';
import { notFound } from '../core/errors.js';
import { CardStates } from './card-state.js';
import { DOC_FIELDS, type DocTexts } from './idea-doc.js';
import { appendUpdate, compactDoc, compactionCandidates, readSince, readSinceVersioned } from './doc.store.js';

/**
 * A document never stored starts from the idea's plain columns [CO3]; the seed is stored at once (idea row
 * locked) so that every instance and every later load builds on the same items.
 */
async function ensureSeed(em: EntityManager, ideaId: string): Promise<void> {
  await em.transactional(async (tx) => {
    const connection = tx.getConnection();
    const [row] = await connection.execute<(DocTexts & { stored: boolean })[]>(
      `select title, description, need, beneficiaries, economic_model as "economicModel",
              exists (select 1 from idea_doc_update where idea_id = idea.id) or exists (select 1 from idea_doc_snapshot where idea_id = idea.id) as stored
       from idea where id = ? for update`,
      [ideaId],
      'all',
      tx.getTransactionContext(),
    );
    if (!row) throw notFound('Idea');
    if (!row.stored) await appendUpdate(tx, ideaId, seedUpdate(row));
  });
}

/**
 * The stored document of an idea, read whole into a new Y.Doc (seeded first if never stored), for a writer
 * that holds the idea row lock and so sees everything stored [CO6].
 */
export async function readStoredDoc(em: EntityManager, ideaId: string): Promise<Y.Doc> {
  await ensureSeed(em, ideaId);
  const parts = await readSince(em, ideaId, 0);
  const doc = new Y.Doc({ gc: true });
  Y.transact(doc, () => {
    for (const part of parts) Y.applyUpdate(doc, part.bytes);
  });
  return doc;
}

/** A message on an idea's channel: a stored update or ephemeral awareness, from a client (`origin`). */
export interface CollabMessage {
  ideaId: string;
  kind: 'update' | 'awareness';
  /** Base64 bytes: a Yjs update, or an awareness update (opaque to the server). */
  data: string;
  origin: string | null;
  /** Every subscriber of an instance gets this same object: the WebSocket fan-out (core/http/fanout.ts) executes it once per operation. */
  __sharedObject: true;
}

export interface RegistryOptions {
  /** A document unused for this long leaves memory [CO10]. */
  idleMs: number;
  /** How often eviction and compaction run. */
  sweepMs: number;
  /** Compaction folds a document's log once it has this many updates, or an update older than compactAfterMs [CO9]. */
  compactMinUpdates: number;
  compactAfterMs: number;
}

/** At most one compaction per busy card in this time, on top of the sweep [CO9]. */
const COMPACT_EVERY_MS = 2_000;

export const DEFAULT_REGISTRY_OPTIONS: RegistryOptions = { idleMs: 5 * 60_000, sweepMs: 30_000, compactMinUpdates: 200, compactAfterMs: 10 * 60_000 };

/** An idea's document in memory, with the id of the last stored part it contains. */
export class LoadedDoc {
  readonly doc = new Y.Doc({ gc: true });
  lastId = 0;
  /** The idea row's version this document is current with (null: unknown, read before writing) [CO2a]. */
  version: string | null = null;
  lastUsed = Date.now();
  /** Bytes of the state as loaded plus every update applied since: an upper bound of the encoded size. */
  sizeBound = 0;
  /** Update rows stored since this document was loaded or last compacted (an estimate: other instances add theirs). */
  logRows = 0;
  /** When this instance last wrote the idea's plain columns from this document (0: never) [CO3]. */
  columnsAt = 0;
  private chain: Promise<unknown> = Promise.resolve();
  busy = 0;

  constructor(readonly ideaId: string) {}

  /** Runs `work` alone on this document (reads wait for writes, so no one sees an uncommitted update). */
  run<T>(work: () => Promise<T>): Promise<T> {
    this.busy++;
    const result = this.chain.then(work);
    this.chain = result.catch(() => undefined).finally(() => {
      this.busy--;
      this.lastUsed = Date.now();
    });
    return result;
  }

  /** Applies what was stored since `lastId` (idempotent: Yjs ignores what the document already has). */
  async catchUp(em: EntityManager): Promise<void> {
    const { parts, version } = await readSinceVersioned(em, this.ideaId, this.lastId);
    this.version = version;
    if (parts.length === 0) return;
    Y.transact(this.doc, () => {
      for (const part of parts) {
        Y.applyUpdate(this.doc, part.bytes);
        this.sizeBound += part.bytes.length;
      }
    });
    this.lastId = Math.max(this.lastId, ...parts.map((p) => p.id));
    this.logRows += parts.filter((p) => p.kind === 'update').length;
  }

  /** The exact encoded size (resets the bound). */
  exactSize(): number {
    this.sizeBound = Y.encodeStateAsUpdate(this.doc).length;
    return this.sizeBound;
  }
}

/**
 * This instance's co-editing state: documents in use (loaded on demand, evicted when idle), the channels
 * that carry each idea's updates to its subscribers on every instance, and the background compaction.
 */
export class DocRegistry {
  private readonly docs = new Map<string, LoadedDoc>();
  /** What pushes and awareness check before writing, per idea [CO4a]. */
  readonly cards = new CardStates();
  private readonly channels = new Map<string, { emitter: EventEmitter; listeners: number; ready: Promise<() => Promise<void>> }>();
  /** Room events, read once per room for all the subscriptions of its cards (each checks its access) [CO13]. */
  private readonly roomWatches = new Map<string, { emitter: EventEmitter; listeners: number; ready: Promise<() => Promise<void>> }>();
  private timer: NodeJS.Timeout | undefined;
  private sweeping: Promise<void> | undefined;
  readonly options: RegistryOptions;
  /**
   * The entity manager of co-editing's own SQL (stored parts, checked writes, card states, compaction): raw
   * statements and transactions only, never entities, so one serves every write instead of a fork per write
   * (a fork costs more than the statement's own work on this path).
   */
  readonly sql: EntityManager;

  constructor(
    private readonly bus: EventBus,
    orm: Orm,
    private readonly logger: Logger,
    options: Partial<RegistryOptions> = {},
  ) {
    this.options = { ...DEFAULT_REGISTRY_OPTIONS, ...options };
    this.sql = orm.em.fork();
  }

  /** Coalesced work: at most one run per key every `everyMs`, the last one after the last request [CO3b]. */
  private readonly coalesced = new Map<string, { timer: NodeJS.Timeout | undefined; lastRun: number }>();

  /**
   * Runs `work` for `key` at most once every `everyMs`: now if the last run is that old, else when it will
   * be; requests meanwhile join that run, which sees everything committed before it starts.
   */
  coalesce(key: string, everyMs: number, work: () => Promise<unknown>): void {
    const entry = this.coalesced.get(key) ?? { timer: undefined, lastRun: 0 };
    if (entry.timer) return;
    this.coalesced.set(key, entry);
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      entry.lastRun = Date.now();
      work()
        .catch((err: unknown) => this.logger.warn({ err, key }, 'co-editing follow-up failed'))
        .finally(() => {
          if (!entry.timer && Date.now() - entry.lastRun >= everyMs) this.coalesced.delete(key);
        });
    }, Math.max(0, entry.lastRun + everyMs - Date.now()));
  }

  start(): void {
    this.timer = setInterval(() => void this.sweep(), this.options.sweepMs).unref();
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    for (const { timer } of this.coalesced.values()) clearTimeout(timer);
    this.coalesced.clear();
    await this.sweeping;
    const channels = [...this.channels.values(), ...this.roomWatches.values()];
    this.channels.clear();
    this.roomWatches.clear();
    await Promise.all(channels.map(async (c) => (await c.ready)().catch(() => undefined)));
    for (const d of this.docs.values()) d.doc.destroy();
    this.docs.clear();
  }

  /**
   * The idea's document, loaded if needed, caught up with what is stored, `work` run alone on it. With
   * `catchUp: false` a loaded document of known version is used as it is: the writer checks the version
   * when it stores (writeChecked) [CO2a].
   */
  async withDoc<T>(em: EntityManager, ideaId: string, work: (loaded: LoadedDoc) => Promise<T> | T, options: { catchUp?: boolean } = {}): Promise<T> {
    let loaded = this.docs.get(ideaId);
    if (!loaded) {
      loaded = new LoadedDoc(ideaId);
      this.docs.set(ideaId, loaded);
    }
    const target = loaded;
    // Before taking the document: seeding locks the idea row, and writers lock it before the document.
    if (target.lastId === 0) await ensureSeed(em, ideaId);
    return target.run(async () => {
      try {
        if (options.catchUp !== false || target.version === null) await target.catchUp(em);
        return await work(target);
      } catch (error) {
        // The document may hold a change whose transaction did not commit: drop it, the next use reloads.
        this.drop(target);
        throw error;
      }
    });
  }

  /** Forgets a document (after a failed write); what is stored is untouched. */
  drop(loaded: LoadedDoc): void {
    if (this.docs.get(loaded.ideaId) === loaded) this.docs.delete(loaded.ideaId);
  }

  /** Forgets an idea's document, whichever instance of it is loaded. */
  forget(ideaId: string): void {
    this.docs.delete(ideaId);
  }

  isLoaded(ideaId: string): boolean {
    return this.docs.has(ideaId);
  }

  get loadedCount(): number {
    return this.docs.size;
  }

  /** Evicts documents idle for `idleMs` (or the configured time) that no one is using [CO10]. */
  evictIdle(idleMs = this.options.idleMs, now = Date.now()): number {
    let evicted = 0;
    for (const loaded of [...this.docs.values()]) {
      if (loaded.busy === 0 && now - loaded.lastUsed >= idleMs) {
        this.docs.delete(loaded.ideaId);
        loaded.doc.destroy();
        evicted++;
      }
    }
    return evicted;
  }

  /**
   * Compacts one idea's log now (tests, the sweep and writers whose log grew long). A document in memory
   * gives its state (taken alone on it: committed parts only, up to its last id) rather than a rebuild [CO9].
   */
  async compact(ideaId: string): Promise<number> {
    const loaded = this.docs.get(ideaId);
    const before = loaded?.logRows ?? 0;
    // Still the registered document once its turn comes: one dropped after a failed write may hold what was not stored.
    const current = loaded && (await loaded.run(async () => (this.docs.get(ideaId) === loaded && loaded.lastId > 0 ? { state: Y.encodeStateAsUpdate(loaded.doc), upto: loaded.lastId } : undefined)));
    const folded = await compactDoc(this.sql, ideaId, current);
    if (loaded) loaded.logRows = Math.max(0, loaded.logRows - Math.max(folded, before));
    return folded;
  }

  /**
   * Called by writers after a commit: once the log since the last compaction reaches `compactMinUpdates`
   * rows, compacts it soon (coalesced), so that a busy card never has a long log to fold at once [CO9].
   */
  compactIfLong(loaded: LoadedDoc): void {
    if (loaded.logRows < this.options.compactMinUpdates) return;
    this.coalesce(`compact:${loaded.ideaId}`, COMPACT_EVERY_MS, () => this.compact(loaded.ideaId));
  }

  /** One pass of eviction and compaction, never two at once. */
  sweep(): Promise<void> {
    this.sweeping ??= (async () => {
      await Promise.resolve(); // `sweeping` is set before this can finish
      try {
        this.evictIdle();
        const ideas = await compactionCandidates(this.sql, this.options.compactMinUpdates, this.options.compactAfterMs, 20);
        for (const ideaId of ideas) await this.compact(ideaId);
      } catch (err) {
        this.logger.warn({ err }, 'co-editing sweep failed');
      } finally {
        this.sweeping = undefined;
      }
    })();
    return this.sweeping;
  }

  // ---- channels: an idea's messages to its subscribers, across instances ----

  async publish(message: CollabMessage): Promise<void> {
    await this.bus.publish(collabChannel(message.ideaId), JSON.stringify(message)).catch((err: unknown) => this.logger.warn({ err, ideaId: message.ideaId }, 'co-editing publish failed'));
  }

  /** Listens to an idea's messages; resolves once the bus subscription is active. */
  listen(ideaId: string, onMessage: (message: CollabMessage) => void): Promise<() => Promise<void>> {
    return this.share(this.channels, ideaId, collabChannel(ideaId), onMessage);
  }

  /** Listens to a room's events (one bus subscription and one parse per event for the whole room). */
  watchRoom(roomId: string, onEvent: (event: StoredRoomEvent) => void): Promise<() => Promise<void>> {
    return this.share(this.roomWatches, roomId, roomChannel(roomId), onEvent);
  }

  /** One bus subscription per channel for every listener of this instance; each message parsed once. */
  private async share<T>(shared: Map<string, { emitter: EventEmitter; listeners: number; ready: Promise<() => Promise<void>> }>, key: string, channelName: string, onMessage: (message: T) => void): Promise<() => Promise<void>> {
    let channel = shared.get(key);
    if (!channel) {
      const emitter = new EventEmitter();
      emitter.setMaxListeners(0);
      const ready = this.bus.subscribe(channelName, (raw) => emitter.emit('message', JSON.parse(raw) as T));
      channel = { emitter, listeners: 0, ready };
      shared.set(key, channel);
      ready.catch(() => shared.delete(key));
    }
    const current = channel;
    current.listeners++;
    current.emitter.on('message', onMessage);
    try {
      await current.ready;
    } catch (error) {
      current.listeners--;
      current.emitter.off('message', onMessage);
      throw error;
    }
    return async () => {
      current.emitter.off('message', onMessage);
      if (--current.listeners > 0 || shared.get(key) !== current) return;
      shared.delete(key);
      await (await current.ready)().catch(() => undefined);
    };
  }
}

/** The same columns always give the same bytes (fixed client id): seeding twice is harmless. */
export function seedUpdate(values: Partial<Record<(typeof DOC_FIELDS)[number], string>>): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = SEED_CLIENT_ID;
  Y.transact(doc, () => {
    for (const field of DOC_FIELDS) if (values[field]) doc.getText(field).insert(0, values[field]);
  });
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

/** Yjs picks random 32-bit client ids for editors; 0 is left for the server's seed. */
const SEED_CLIENT_ID = 0;

export function collabChannel(ideaId: string): string {
  return `germoir:collab:${ideaId}`;
}
