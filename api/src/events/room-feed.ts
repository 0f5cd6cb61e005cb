import { randomUUID } from 'node:crypto';
import type { Logger } from '../core/logger.js';
import type { Orm } from '../core/database/orm.js';
import type { ParticipantView } from '../rooms/room.views.js';
import type { EventBus } from './bus.js';
import { roomChannel, type StoredRoomEvent } from './room-event.js';

/** Who is editing which idea (ephemeral; global ids). */
export interface EditingEntry {
  participantId: string;
  ideaId: string;
}

/** Presence items carry a version: every listener of a feed gets the same lists for the same version. */
export type FeedItem =
  | { kind: 'event'; event: StoredRoomEvent }
  | { kind: 'presence'; seq: number; version: number; present: ParticipantView[]; editing: EditingEntry[] };

/** How often a feed checks the database for events whose publication was lost, and presence heartbeats. */
const POLL_MS = 2_000;
const PRESENCE_HEARTBEAT_MS = 10_000;
/** A presence entry from another instance that was not refreshed for this long is dropped. */
const PRESENCE_TTL_MS = 30_000;
/** Presence changes are coalesced: with hundreds joining at once, each listener gets a few updates, not one per person. */
const PRESENCE_COALESCE_MS = 300;

type PresenceMessage =
  | { instance: string; present: ParticipantView[] }
  /** Someone started (ideaId) or stopped (null) editing an idea; it lapses after PRESENCE_TTL_MS unless repeated. */
  | { instance: string; editing: { participantId: string; ideaId: string | null } };

/**
 * One per room per instance while anyone on this instance listens to the room: a single bus
 * subscription whose events are put back in sequence order, gaps filled from PostgreSQL (pub/sub may drop
 * or reorder), then handed to local listeners. Also keeps who is connected to the room, across instances.
 */
class RoomFeed {
  lastSeq = 0;
  private readonly listeners = new Set<(item: FeedItem) => void>();
  private chain: Promise<void> = Promise.resolve();
  private unsubscribe: (() => Promise<void>)[] = [];
  private timers: NodeJS.Timeout[] = [];
  /** Local connections per participant (tabs count once). */
  private readonly local = new Map<string, { count: number; view: ParticipantView }>();
  private readonly remote = new Map<string, { present: ParticipantView[]; until: number }>();
  private lastPresenceKey = '';
  private presenceTimer: NodeJS.Timeout | undefined;
  /** Local joins or leaves not yet told to other instances (sent with the next coalesced update). */
  private localChanged = false;
  presenceVersion = 0;
  private presentNow: ParticipantView[] = [];
  private editingNow: EditingEntry[] = [];
  private readonly editing = new Map<string, { ideaId: string; until: number }>();

  constructor(
    readonly roomId: string,
    private readonly instance: string,
    private readonly bus: EventBus,
    private readonly orm: Orm,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    this.unsubscribe.push(await this.bus.subscribe(roomChannel(this.roomId), (message) => this.enqueue(() => this.onMessage(message))));
    this.unsubscribe.push(await this.bus.subscribe(presenceChannel(this.roomId), (message) => this.onPresence(message)));
    const [row] = await this.orm.em.getConnection().execute<{ last_seq: number }[]>('select last_seq from room where id = ?', [this.roomId]);
    this.lastSeq = row?.last_seq ?? 0;
    this.timers.push(setInterval(() => this.enqueue(() => this.catchUp()), POLL_MS).unref());
    this.timers.push(
      setInterval(() => {
        void this.publishPresence();
        this.emitPresence(); // lapsed entries (a silent instance, an editor who went away) drop out
      }, PRESENCE_HEARTBEAT_MS).unref(),
    );
  }

  async stop(): Promise<void> {
    for (const t of this.timers) clearInterval(t);
    clearTimeout(this.presenceTimer);
    await Promise.all(this.unsubscribe.map((u) => u().catch(() => undefined)));
    if (this.local.size) {
      this.local.clear();
      await this.publishPresence();
    }
  }

  get size(): number {
    return this.listeners.size;
  }

  add(listener: (item: FeedItem) => void): void {
    this.listeners.add(listener);
  }

  remove(listener: (item: FeedItem) => void): void {
    this.listeners.delete(listener);
  }

  private enqueue(task: () => Promise<void>): void {
    this.chain = this.chain.then(task).catch((err: unknown) => this.logger.warn({ err, roomId: this.roomId }, 'room feed error'));
  }

  private deliver(item: FeedItem): void {
    for (const listener of this.listeners) listener(item);
  }

  private async onMessage(message: string): Promise<void> {
    const event = JSON.parse(message) as StoredRoomEvent;
    if (event.seq <= this.lastSeq) return; // already delivered (from the database, or a duplicate)
    if (event.seq > this.lastSeq + 1) await this.catchUp(event.seq - 1);
    if (event.seq === this.lastSeq + 1) {
      this.lastSeq = event.seq;
      this.deliver({ kind: 'event', event });
    }
  }

  /** Delivers stored events after lastSeq (up to `until` when given), in order. */
  private async catchUp(until?: number): Promise<void> {
    for (;;) {
      const events = await readEvents(this.orm, this.roomId, this.lastSeq, until);
      for (const event of events) {
        this.lastSeq = event.seq;
        this.deliver({ kind: 'event', event });
      }
      if (events.length < READ_BATCH) return;
    }
  }

  // ---- presence ----

  join(view: ParticipantView): void {
    const id = view.nodeId;
    const entry = this.local.get(id);
    if (entry) entry.count++;
    else this.local.set(id, { count: 1, view });
    this.localChanged = true;
    this.emitPresence();
  }

  leave(view: ParticipantView): void {
    const entry = this.local.get(view.nodeId);
    if (!entry) return;
    if (--entry.count <= 0) this.local.delete(view.nodeId);
    this.localChanged = true;
    this.emitPresence();
  }

  present(): ParticipantView[] {
    const now = Date.now();
    const all = new Map<string, ParticipantView>();
    for (const { view } of this.local.values()) all.set(view.nodeId, view);
    for (const [instance, entry] of this.remote) {
      if (entry.until < now) this.remote.delete(instance);
      else for (const view of entry.present) all.set(view.nodeId, view);
    }
    return [...all.values()].sort((a, b) => a.displayName.localeCompare(b.displayName, 'fr') || a.nodeId.localeCompare(b.nodeId));
  }

  private async publishPresence(): Promise<void> {
    const message: PresenceMessage = { instance: this.instance, present: [...this.local.values()].map((e) => e.view) };
    await this.bus.publish(presenceChannel(this.roomId), JSON.stringify(message)).catch(() => undefined);
  }

  private onPresence(raw: string): void {
    const message = JSON.parse(raw) as PresenceMessage;
    if ('editing' in message) {
      const { participantId, ideaId } = message.editing;
      if (ideaId) this.editing.set(participantId, { ideaId, until: Date.now() + PRESENCE_TTL_MS });
      else this.editing.delete(participantId);
      this.emitPresence();
      return;
    }
    if (message.instance === this.instance) return;
    if (message.present.length === 0) this.remote.delete(message.instance);
    else this.remote.set(message.instance, { present: message.present, until: Date.now() + PRESENCE_TTL_MS });
    this.emitPresence();
  }

  /** Tells listeners, at most every PRESENCE_COALESCE_MS, when the set of present people changed. */
  private emitPresence(): void {
    if (this.presenceTimer) return;
    this.presenceTimer = setTimeout(() => {
      this.presenceTimer = undefined;
      if (this.localChanged) {
        this.localChanged = false;
        void this.publishPresence();
      }
      const present = this.present();
      const editing = this.editingOf(present);
      const key = JSON.stringify([present.map((p) => p.nodeId), editing]);
      if (key === this.lastPresenceKey) return;
      this.lastPresenceKey = key;
      this.presentNow = present;
      this.editingNow = editing;
      const version = ++this.presenceVersion;
      this.enqueue(async () => this.deliver({ kind: 'presence', seq: this.lastSeq, version, present, editing }));
    }, PRESENCE_COALESCE_MS);
    this.presenceTimer.unref();
  }

  /** Who, among those present, is editing which idea (entries past their time are dropped). */
  private editingOf(present: ParticipantView[]): EditingEntry[] {
    const now = Date.now();
    const here = new Set(present.map((p) => p.nodeId));
    const entries: EditingEntry[] = [];
    for (const [participantId, { ideaId, until }] of this.editing) {
      if (until < now) this.editing.delete(participantId);
      else if (here.has(participantId)) entries.push({ participantId, ideaId });
    }
    return entries.sort((a, b) => a.participantId.localeCompare(b.participantId));
  }

  /** The last presence sent to listeners, with its version (what a new listener starts from). */
  snapshot(): { version: number; present: ParticipantView[]; editing: EditingEntry[] } {
    if (this.presenceVersion === 0) {
      const present = this.present();
      return { version: 0, present, editing: this.editingOf(present) };
    }
    return { version: this.presenceVersion, present: this.presentNow, editing: this.editingNow };
  }
}

const READ_BATCH = 500;

/** What a stream makes of a feed item for its viewer: a value to send (or nothing), and whether to end after it. */
export type Projection<T> = (item: FeedItem) => { value: T | null; end?: Error };

/**
 * One listener's stream: replays stored events, then turns live feed items into projected values in
 * the feed's own callback, queued for the consumer (graphql-ws) to pull.
 */
class FeedStream<T> implements AsyncIterableIterator<T> {
  private readonly queue: T[] = [];
  private head = 0;
  private waiting: ((result: IteratorResult<T>) => void) | undefined;
  private failure: Error | undefined;
  private closed = false;
  /** Items that arrive while stored events are being read (or a gap is being filled), handled after. */
  private held: FeedItem[] | null = [];
  private readonly listener = (item: FeedItem) => (this.held ? this.held.push(item) : this.accept(item));

  constructor(
    private readonly feed: RoomFeed,
    private last: number,
    private readonly who: ParticipantView | null,
    private readonly project: Projection<T>,
    private readonly read: (after: number, until?: number) => Promise<StoredRoomEvent[]>,
    private readonly release: () => Promise<void>,
  ) {}

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }

  /** Registers first, then reads: what commits from now on reaches the listener, the rest the database. */
  async start(): Promise<void> {
    this.feed.add(this.listener);
    try {
      await this.replay();
    } catch (error) {
      await this.return();
      throw error;
    }
    if (this.who) this.feed.join(this.who);
    const snapshot = this.feed.snapshot();
    const present = this.who && !snapshot.present.some((p) => p.nodeId === this.who!.nodeId) ? [...snapshot.present, this.who] : snapshot.present;
    this.emit({ kind: 'presence', seq: this.last, version: snapshot.version, present, editing: snapshot.editing });
    this.releaseHeld();
  }

  private async replay(until?: number): Promise<void> {
    for (;;) {
      const stored = await this.read(this.last, until);
      for (const event of stored) {
        this.last = event.seq;
        this.emit({ kind: 'event', event });
      }
      if (stored.length < READ_BATCH) return;
    }
  }

  private releaseHeld(): void {
    const held = this.held ?? [];
    this.held = null;
    for (const item of held) this.accept(item);
  }

  private accept(item: FeedItem): void {
    if (this.closed) return;
    if (item.kind === 'presence') return this.emit({ ...item, seq: this.last });
    if (item.event.seq <= this.last) return;
    if (item.event.seq > this.last + 1) {
      // Defensive (the feed is gap-free): read the missing numbers, holding what arrives meanwhile.
      this.held = [item];
      void this.replay(item.event.seq - 1).then(
        () => this.releaseHeld(),
        (error: unknown) => this.fail(error instanceof Error ? error : new Error(String(error))),
      );
      return;
    }
    this.last = item.event.seq;
    this.emit(item);
  }

  private emit(item: FeedItem): void {
    if (this.closed) return;
    const { value, end } = this.project(item);
    if (value !== null) {
      if (this.waiting) {
        const resolve = this.waiting;
        this.waiting = undefined;
        resolve({ value, done: false });
      } else this.queue.push(value);
    }
    if (end) this.fail(end);
  }

  private fail(error: Error): void {
    this.failure = error;
    if (this.waiting && this.head >= this.queue.length) {
      const resolve = this.waiting;
      this.waiting = undefined;
      void this.return();
      resolve(Promise.reject(error) as never);
    }
  }

  next(): Promise<IteratorResult<T>> {
    if (this.head < this.queue.length) {
      const value = this.queue[this.head++]!;
      if (this.head > 1024 && this.head * 2 > this.queue.length) {
        this.queue.splice(0, this.head);
        this.head = 0;
      }
      return Promise.resolve({ value, done: false });
    }
    if (this.failure) {
      const error = this.failure;
      return this.return().then(() => Promise.reject(error));
    }
    if (this.closed) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  async return(): Promise<IteratorResult<T>> {
    if (!this.closed) {
      this.closed = true;
      this.feed.remove(this.listener);
      if (this.who) this.feed.leave(this.who);
      this.waiting?.({ value: undefined, done: true });
      this.waiting = undefined;
      await this.release();
    }
    return { value: undefined, done: true };
  }
}

export function presenceChannel(roomId: string): string {
  return `germoir:presence:${roomId}`;
}

/** Stored events of a room with `after < seq (<= until)`, in order, at most READ_BATCH. */
export async function readEvents(orm: Orm, roomId: string, after: number, until?: number): Promise<StoredRoomEvent[]> {
  const rows = await orm.em.getConnection().execute<{ seq: number; type: string; audience: string[]; payload: Record<string, unknown>; created_at: Date }[]>(
    `select seq, type, audience, payload, created_at from room_event where room_id = ? and seq > ? and seq <= ? order by seq limit ${READ_BATCH}`,
    [roomId, after, until ?? 2_147_483_647],
  );
  return rows.map((r) => ({ roomId, seq: r.seq, type: r.type, audience: r.audience, payload: r.payload, at: new Date(r.created_at).toISOString() }));
}

/** The feeds of this instance, one per room with listeners. */
export class RoomFeeds {
  private readonly feeds = new Map<string, Promise<RoomFeed>>();
  readonly instance = randomUUID();

  constructor(
    private readonly bus: EventBus,
    private readonly orm: Orm,
    private readonly logger: Logger,
  ) {}

  private async acquire(roomId: string): Promise<RoomFeed> {
    let feed = this.feeds.get(roomId);
    if (!feed) {
      const created = new RoomFeed(roomId, this.instance, this.bus, this.orm, this.logger);
      feed = created.start().then(() => created);
      this.feeds.set(roomId, feed);
      feed.catch(() => this.feeds.delete(roomId));
    }
    return feed;
  }

  private async release(feed: RoomFeed): Promise<void> {
    if (feed.size > 0 || this.feeds.get(feed.roomId) === undefined) return;
    this.feeds.delete(feed.roomId);
    await feed.stop();
  }

  /**
   * The room's events after `afterSeq`, in order, without gap or duplicate: first the stored ones, then
   * live ones, with presence updates in between, each passed through `project` (the viewer's view of it).
   * `who` is marked present while the stream is open. Live items are projected as the feed hands them
   * over — no extra async step per delivery, which matters with hundreds of listeners.
   */
  async stream<T>(roomId: string, afterSeq: number | null, who: ParticipantView | null, project: Projection<T>): Promise<AsyncIterableIterator<T>> {
    const feed = await this.acquire(roomId);
    const stream = new FeedStream<T>(feed, afterSeq ?? feed.lastSeq, who, project, (from, until) => readEvents(this.orm, roomId, from, until), () => this.release(feed));
    await stream.start();
    return stream;
  }

  /** Announces that someone started (ideaId) or stopped (null) editing an idea, to every instance. */
  async setEditing(roomId: string, participantId: string, ideaId: string | null): Promise<void> {
    const message: PresenceMessage = { instance: this.instance, editing: { participantId, ideaId } };
    await this.bus.publish(presenceChannel(roomId), JSON.stringify(message));
  }

  async close(): Promise<void> {
    const feeds = await Promise.allSettled([...this.feeds.values()]);
    this.feeds.clear();
    await Promise.all(feeds.map((f) => (f.status === 'fulfilled' ? f.value.stop() : undefined)));
  }
}
