import { GraphQLError } from 'graphql';
import type { App, Context } from '../context.js';
import { anonymous, resolveViewer, tokenFrom } from '../../identity/identity.service.js';
import type { Viewer } from '../../identity/viewer.js';
import { credentialKeys, participantKey, REVOCATION_CHANNEL, type Revocation } from '../../identity/revocation.js';
import { roomChannel, type StoredRoomEvent } from '../../events/room-event.js';
import { forbidden, unauthenticated } from '../errors.js';
import { sessionCookieFrom } from './cookies.js';

/** Resolves the viewer of an HTTP request or WebSocket operation. A bad explicit token is an error; a stale cookie is ignored. */
export async function viewerFor(app: App, em: Context['em'], authorization: string | undefined, cookieHeader: string | undefined): Promise<Viewer> {
  const credential = tokenFrom(authorization, sessionCookieFrom(cookieHeader));
  if (!credential) return anonymous;
  const viewer = await resolveViewer(app, em, credential.token);
  if (viewer) return viewer;
  if (credential.from === 'cookie') return anonymous;
  throw new GraphQLError('The token is invalid, expired or revoked.', {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}


/**
 * How long a WebSocket connection keeps its viewer. Revocations are announced (logout, API token revoked,
 * participant removed) and drop it at once; this bounds what is not announced (a facilitator's roles
 * changed, a session past its expiry).
 */
export const WS_VIEWER_TTL_MS = 30_000;

interface ConnectionViewer {
  viewer: Promise<Viewer> | undefined;
  until: number;
  keys: string[];
  room: string | null;
  /** Rejects when the connection's credentials are revoked: its subscriptions end with that error. */
  revoked: Promise<never>;
  revoke: (error: Error) => void;
}

function revocable(): Pick<ConnectionViewer, 'revoked' | 'revoke'> {
  let revoke: (error: Error) => void = () => undefined;
  const revoked = new Promise<never>((_resolve, reject) => (revoke = reject));
  revoked.catch(() => undefined); // a connection without subscriptions never reads it
  return { revoked, revoke };
}

/**
 * The viewer of each WebSocket connection, resolved once (a PostgreSQL read) instead of per operation: a
 * co-editing push per keystroke then costs no session lookup. Revocations reach every instance over the
 * bus (identity/revocation.ts; a participant's removal through its room's events), after their commit:
 * the connection's viewer is dropped, so its next operation resolves it again and is refused, and its
 * subscriptions end with UNAUTHENTICATED (FORBIDDEN once removed from the room).
 */
export class ConnectionViewers {
  private readonly connections = new Map<object, ConnectionViewer>();
  private readonly byKey = new Map<string, Set<ConnectionViewer>>();
  private readonly rooms = new Map<string, { count: number; stop: Promise<() => Promise<void>> }>();
  /** Revocations received: a viewer read while one arrived is used once, not kept. */
  private generation = 0;
  readonly ready: Promise<() => Promise<void>>;

  constructor(private readonly app: App) {
    this.ready = app.bus.subscribe(REVOCATION_CHANNEL, (raw) => this.revoke((JSON.parse(raw) as Revocation).keys, () => unauthenticated('The session or token was revoked.')));
    this.ready.catch((err: unknown) => app.logger.error({ err }, 'revocation subscription failed'));
  }

  /** The connection's viewer: the kept one, or `resolve()`'s, kept for WS_VIEWER_TTL_MS. */
  viewerOf(connection: object, resolve: () => Promise<Viewer>): Promise<Viewer> {
    let entry = this.connections.get(connection);
    if (!entry) this.connections.set(connection, (entry = { viewer: undefined, until: 0, keys: [], room: null, ...revocable() }));
    if (entry.viewer && Date.now() < entry.until) return entry.viewer;
    const current = entry;
    const generation = this.generation;
    const pending = resolve();
    current.viewer = pending;
    current.until = Date.now() + WS_VIEWER_TTL_MS;
    pending.then(
      (viewer) => {
        if (current.viewer !== pending || !this.connections.has(connection)) return;
        if (generation !== this.generation) current.viewer = undefined;
        else this.index(current, viewer);
      },
      () => {
        if (current.viewer === pending) current.viewer = undefined;
      },
    );
    return pending;
  }

  /** A subscription of the connection that ends, with the revocation's error, when its credentials are revoked. */
  endOnRevoke<T>(connection: object, source: AsyncIterableIterator<T>): AsyncIterableIterator<T> {
    const entry = this.connections.get(connection);
    if (!entry) return source;
    const revoked = entry.revoked.catch((error: unknown) => {
      // Once this has rejected the pending next(): ending the source first would complete it without the error.
      setImmediate(() => void source.return?.());
      throw error;
    });
    revoked.catch(() => undefined);
    const iterator: AsyncIterableIterator<T> = {
      next: () => Promise.race([source.next(), revoked]),
      return: async (value?: unknown) => (await source.return?.(value)) ?? { value: undefined, done: true },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }

  /** Forgets a closed connection. */
  forget(connection: object): void {
    const entry = this.connections.get(connection);
    if (!entry) return;
    this.connections.delete(connection);
    this.unindex(entry);
  }

  async close(): Promise<void> {
    const rooms = [...this.rooms.values()];
    this.rooms.clear();
    await Promise.all([this.ready, ...rooms.map((r) => r.stop)].map(async (stop) => (await stop)().catch(() => undefined)));
  }

  private index(entry: ConnectionViewer, viewer: Viewer): void {
    const room = viewer.kind === 'PARTICIPANT' ? viewer.roomId : null;
    // The same room as before (a viewer read again after WS_VIEWER_TTL_MS): its watch stays.
    if (room) this.watchRoom(room);
    this.unindex(entry);
    entry.room = room;
    entry.keys = credentialKeys(viewer);
    for (const key of entry.keys) this.byKey.set(key, (this.byKey.get(key) ?? new Set()).add(entry));
  }

  private unindex(entry: ConnectionViewer): void {
    for (const key of entry.keys) {
      const set = this.byKey.get(key);
      set?.delete(entry);
      if (set?.size === 0) this.byKey.delete(key);
    }
    entry.keys = [];
    if (entry.room) this.unwatchRoom(entry.room);
    entry.room = null;
  }

  private revoke(keys: string[], error: () => Error): void {
    this.generation++;
    for (const key of keys) {
      for (const entry of [...(this.byKey.get(key) ?? [])]) {
        entry.viewer = undefined;
        this.unindex(entry);
        entry.revoke(error());
        Object.assign(entry, revocable());
      }
    }
  }

  /** A participant removed from a room loses its connections: the room's ParticipantRemoved event says so. */
  private watchRoom(roomId: string): void {
    const watch = this.rooms.get(roomId);
    if (watch) return void watch.count++;
    const stop = this.app.bus.subscribe(roomChannel(roomId), (raw) => {
      const event = JSON.parse(raw) as StoredRoomEvent;
      if (event.type === 'ParticipantRemoved') this.revoke([participantKey(String(event.payload.participantId))], () => forbidden('You were removed from this room.'));
    });
    stop.catch((err: unknown) => this.app.logger.warn({ err, roomId }, 'room watch for revocations failed'));
    this.rooms.set(roomId, { count: 1, stop });
  }

  private unwatchRoom(roomId: string): void {
    const watch = this.rooms.get(roomId);
    if (!watch || --watch.count > 0) return;
    this.rooms.delete(roomId);
    void watch.stop.then((stop) => stop()).catch(() => undefined);
  }
}
