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
    void this.publishPresence();
    this.emitPresence();
  }

  leave(view: ParticipantView): void {
    const entry = this.local.get(view.nodeId);
    if (!entry) return;
    if (--entry.count <= 0) this.local.delete(view.nodeId);
    void this.publishPresence();
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
   * live ones, with presence updates in between. `who` marks the listener present while it listens.
   */
  async *stream(roomId: string, afterSeq: number | null, who: ParticipantView | null, signal: AbortSignal): AsyncGenerator<FeedItem> {
    const feed = await this.acquire(roomId);
    const buffer: FeedItem[] = [];
    let wake: (() => void) | undefined;
    const listener = (item: FeedItem) => {
      buffer.push(item);
      wake?.();
    };
    const onAbort = () => wake?.();
    signal.addEventListener('abort', onAbort);
    feed.add(listener);
    try {
      // Registered before reading: anything committed from now on reaches the buffer, the rest the database.
      let last = afterSeq ?? feed.lastSeq;
      for (;;) {
        const stored = await readEvents(this.orm, roomId, last);
        for (const event of stored) {
          last = event.seq;
          yield { kind: 'event', event };
        }
        if (stored.length < READ_BATCH) break;
      }
      if (who) feed.join(who);
      const snapshot = feed.snapshot();
      const present = who && !snapshot.present.some((p) => p.nodeId === who.nodeId) ? [...snapshot.present, who] : snapshot.present;
      yield { kind: 'presence', seq: last, version: snapshot.version, present, editing: snapshot.editing };
      while (!signal.aborted) {
        const item = buffer.shift();
        if (!item) {
          await new Promise<void>((resolve) => (wake = resolve));
          wake = undefined;
          continue;
        }
        if (item.kind === 'presence') {
          yield { ...item, seq: last };
          continue;
        }
        if (item.event.seq <= last) continue;
        if (item.event.seq > last + 1) {
          // Defensive: never skip a number, whatever the buffer holds.
          for (const event of await readEvents(this.orm, roomId, last, item.event.seq - 1)) {
            last = event.seq;
            yield { kind: 'event', event };
          }
        }
        last = item.event.seq;
        yield item;
      }
    } finally {
      signal.removeEventListener('abort', onAbort);
      feed.remove(listener);
      if (who) feed.leave(who);
      await this.release(feed);
    }
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
