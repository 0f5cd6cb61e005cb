import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../core/context.js';
import { badUserInput, notFound, phaseClosed } from '../core/errors.js';
import { RateLimiter } from '../core/rate-limit.js';
import { Idea } from '../ideas/idea.entity.js';
import { getRoom, lensOf } from '../rooms/room.service.js';
import { Phase, type Room } from '../rooms/room.entity.js';
import type { Viewer } from '../identity/viewer.js';
import { appendUpdate, appendUpdates, lockIdea } from './doc.store.js';
import type { CollabMessage, DocRegistry, LoadedDoc } from './doc.registry.js';
import { applyTextDiff, decodeBase64, texts, toBase64, validateStateVector, validateUpdate, type DocTexts } from './idea-doc.js';

/** Published limits of co-editing [CO7], [CO8]. */
export const COLLAB_LIMITS = {
  /** One update, decoded. */
  maxUpdateBytes: 64 * 1024,
  /** A whole document, encoded. */
  maxDocumentBytes: 512 * 1024,
  /** One awareness message, decoded. */
  maxAwarenessBytes: 4 * 1024,
  /** Updates and awareness messages per session (one browser tab's connection) per second, per instance. */
  messagesPerSecond: 60,
} as const;

const limiter = new RateLimiter(COLLAB_LIMITS.messagesPerSecond, 1_000);

function sessionKey(viewer: Viewer): string {
  switch (viewer.kind) {
    case 'PARTICIPANT':
    case 'FACILITATOR':
      return viewer.sessionId;
    case 'API_TOKEN':
      return viewer.tokenId;
    default:
      return 'anonymous';
  }
}

/**
 * The idea and its room, if the viewer may see the card: the room's policy (`room:read`, or
 * `room:participate` to write) and, with private writing, only one's own ideas until they are revealed [CO4].
 */
async function cardOf(ctx: Context, ideaId: string, action: 'room:read' | 'room:participate'): Promise<{ room: Room }> {
  const idea = await ctx.em.findOne(Idea, { id: ideaId, deletedAt: null, mergedInto: null }, { fields: ['id', 'room', 'author'] });
  if (!idea) throw notFound('Idea');
  const room = await getRoom(ctx, idea.room.id, action);
  const lens = await lensOf(ctx, room);
  if (lens.ideasHidden && !lens.facilitator && idea.author.id !== lens.participantId) throw notFound('Idea');
  return { room };
}

/** Read-only once the room is CLOSED [CO5]; checked with the room row share-locked, so a closing room waits for writes in flight. */
async function requireOpen(em: EntityManager, roomId: string): Promise<void> {
  const [row] = await em.getConnection().execute<{ phase: Phase }[]>('select phase from room where id = ? for share', [roomId], 'all', em.getTransactionContext());
  if (!row) throw notFound('Room');
  if (row.phase === Phase.CLOSED) throw phaseClosed('The room is closed: its ideas are read-only.');
}

export interface DocumentState {
  ideaId: string;
  update: string;
  stateVector: string;
}

/** What the given state vector lacks (everything without one), and the server's state vector [CO2]. */
export async function ideaDocument(ctx: Context, ideaId: string, stateVector: string | null | undefined): Promise<DocumentState> {
  const sv = stateVector ? decodeBase64(stateVector, 'stateVector') : undefined;
  if (sv) validateStateVector(sv);
  await cardOf(ctx, ideaId, 'room:read');
  return ctx.app.collab.withDoc(ctx.em, ideaId, (loaded) => stateOf(loaded, ideaId, sv));
}

function stateOf(loaded: LoadedDoc, ideaId: string, sv: Uint8Array | undefined): DocumentState {
  return { ideaId, update: toBase64(Y.encodeStateAsUpdate(loaded.doc, sv)), stateVector: toBase64(Y.encodeStateVector(loaded.doc)) };
}

/** Applies `change` to the document and returns the update it produced (null when it changed nothing). */
function capture(doc: Y.Doc, change: () => void): Uint8Array | null {
  const produced: Uint8Array[] = [];
  const onUpdate = (update: Uint8Array) => produced.push(update);
  doc.on('update', onUpdate);
  try {
    Y.transact(doc, change, 'germoir');
  } finally {
    doc.off('update', onUpdate);
  }
  if (produced.length === 0) return null;
  return produced.length === 1 ? produced[0]! : Y.mergeUpdates(produced);
}

const hasPending = (doc: Y.Doc) => doc.store.pendingStructs !== null || doc.store.pendingDs !== null;

/** Writes the document's title and description into the idea's plain columns when they differ [CO3]. */
async function refreshColumns(em: EntityManager, ideaId: string, before: DocTexts, after: DocTexts): Promise<void> {
  if (before.title === after.title && before.description === after.description) return;
  await em.getConnection().execute('update idea set title = ?, description = ?, updated_at = now() where id = ?', [after.title, after.description, ideaId], 'run', em.getTransactionContext());
}

export interface PushResult {
  ideaId: string;
  /** The server's state vector once the update is stored. */
  stateVector: string;
  /** False when the server already had everything in the update (nothing stored). */
  stored: boolean;
}

/**
 * Stores a client's update and returns once it is committed [CO2]: validated, applied to the document, appended
 * to the log with the plain columns refreshed, in one transaction; then sent to the other editors on every
 * instance. A re-sent update stores nothing [CO6].
 */
export async function pushIdeaUpdate(ctx: Context, ideaId: string, encoded: string, origin: string | null | undefined): Promise<PushResult> {
  limiter.hit(`collab:${sessionKey(ctx.viewer)}`);
  if (encoded.length > Math.ceil(COLLAB_LIMITS.maxUpdateBytes / 3) * 4) throw tooLarge();
  const update = decodeBase64(encoded, 'update');
  if (update.length > COLLAB_LIMITS.maxUpdateBytes) throw tooLarge();
  validateUpdate(update);
  const { room } = await cardOf(ctx, ideaId, 'room:participate');
  return new Promise<PushResult>((resolve, reject) => {
    const queue = queueOf(ctx.app.collab, ideaId);
    queue.items.push({ update, encoded, origin: origin ?? null, resolve, reject });
    if (!queue.running) void drain(ctx, room.id, ideaId, queue);
  });
}

interface PendingPush {
  update: Uint8Array;
  encoded: string;
  origin: string | null;
  resolve: (result: PushResult) => void;
  reject: (error: unknown) => void;
}

interface PushQueue {
  items: PendingPush[];
  running: boolean;
}

/** Pushes waiting per idea, per registry (one per app instance). */
const queues = new WeakMap<DocRegistry, Map<string, PushQueue>>();

function queueOf(registry: DocRegistry, ideaId: string): PushQueue {
  let byIdea = queues.get(registry);
  if (!byIdea) queues.set(registry, (byIdea = new Map()));
  let queue = byIdea.get(ideaId);
  if (!queue) byIdea.set(ideaId, (queue = { items: [], running: false }));
  return queue;
}

/** Pushes stored per transaction at most: bounds a transaction's length. */
const MAX_BATCH = 64;

/**
 * Group commit: the pushes to one idea that wait on this instance while a transaction runs are stored
 * together by the next one [CO2]. Each is still acknowledged only after that commit; per-push failures
 * (document size) reject that push alone, a failed transaction rejects its whole batch.
 */
async function drain(ctx: Context, roomId: string, ideaId: string, queue: PushQueue): Promise<void> {
  const registry = ctx.app.collab;
  queue.running = true;
  try {
    while (queue.items.length > 0) {
      const batch = queue.items.splice(0, MAX_BATCH);
      let results: (PushResult | Error)[];
      try {
        results = await ctx.app.orm.em.fork().transactional(async (em) => {
          await requireOpen(em, roomId);
          if (!(await lockIdea(em, ideaId))) throw notFound('Idea');
          return registry.withDoc(em, ideaId, async (loaded) => {
            const before = texts(loaded.doc);
            const outcome: ({ stored: boolean } | Error)[] = [];
            const toStore: Uint8Array[] = [];
            for (const { update } of batch) {
              if (loaded.sizeBound + update.length > COLLAB_LIMITS.maxDocumentBytes && loaded.exactSize() + update.length > COLLAB_LIMITS.maxDocumentBytes) {
                outcome.push(badUserInput(`The document would exceed ${COLLAB_LIMITS.maxDocumentBytes} bytes.`, { update: ['document too large'] }));
                continue;
              }
              const changed = capture(loaded.doc, () => Y.applyUpdate(loaded.doc, update));
              const stored = changed !== null || hasPending(loaded.doc);
              if (stored) {
                toStore.push(update);
                loaded.sizeBound += update.length;
              }
              outcome.push({ stored });
            }
            if (toStore.length > 0) loaded.lastId = await appendUpdates(em, ideaId, toStore);
            await refreshColumns(em, ideaId, before, texts(loaded.doc));
            const stateVector = toBase64(Y.encodeStateVector(loaded.doc));
            return outcome.map((o) => (o instanceof Error ? o : { ideaId, stateVector, stored: o.stored }));
          });
        });
      } catch (error) {
        registry.forget(ideaId);
        for (const item of batch) item.reject(error);
        continue;
      }
      // After the commit only: others never receive an update that could still roll back.
      for (const [i, item] of batch.entries()) {
        const result = results[i]!;
        if (result instanceof Error) {
          item.reject(result);
          continue;
        }
        if (result.stored) await registry.publish({ ideaId, kind: 'update', data: item.encoded, origin: item.origin, __shareKey: randomUUID() });
        item.resolve(result);
      }
    }
  } finally {
    queue.running = false;
    if (queue.items.length === 0) queues.get(registry)?.delete(ideaId);
  }
}

function tooLarge() {
  return badUserInput(`The update exceeds ${COLLAB_LIMITS.maxUpdateBytes} bytes.`, { update: [`at most ${COLLAB_LIMITS.maxUpdateBytes} bytes`] });
}

/** Relays awareness (who is where, carets) to the card's other editors; never stored [CO11]. */
export async function pushAwareness(ctx: Context, ideaId: string, encoded: string, origin: string | null | undefined): Promise<boolean> {
  limiter.hit(`collab:${sessionKey(ctx.viewer)}`);
  const bytes = decodeBase64(encoded, 'awareness');
  if (bytes.length > COLLAB_LIMITS.maxAwarenessBytes) throw badUserInput(`Awareness exceeds ${COLLAB_LIMITS.maxAwarenessBytes} bytes.`, { awareness: ['too large'] });
  const { room } = await cardOf(ctx, ideaId, 'room:participate');
  if (room.phase === Phase.CLOSED) throw phaseClosed('The room is closed: its ideas are read-only.');
  await ctx.app.collab.publish({ ideaId, kind: 'awareness', data: encoded, origin: origin ?? null, __shareKey: randomUUID() });
  return true;
}

/**
 * A plain edit (updateIdea from a form or an external tool) applied as a minimal text diff inside the
 * document [CO6], within the caller's transaction (which holds the room lock). Returns the plain texts to
 * write in the columns, and a `publish` to call after the commit.
 */
export async function applyPlainEdit(
  ctx: Context,
  em: EntityManager,
  ideaId: string,
  values: Partial<Pick<DocTexts, 'title' | 'description'>>,
): Promise<{ texts: DocTexts; publish: () => Promise<void> }> {
  const registry = ctx.app.collab;
  if (!(await lockIdea(em, ideaId))) throw notFound('Idea');
  try {
    const { after, update } = await registry.withDoc(em, ideaId, async (loaded) => {
      const change = capture(loaded.doc, () => {
        if (values.title != null) applyTextDiff(loaded.doc.getText('title'), values.title);
        if (values.description != null) applyTextDiff(loaded.doc.getText('description'), values.description);
      });
      if (change) {
        loaded.lastId = await appendUpdate(em, ideaId, change);
        loaded.sizeBound += change.length;
      }
      return { after: texts(loaded.doc), update: change };
    });
    return {
      texts: after,
      publish: async () => {
        if (update) await registry.publish({ ideaId, kind: 'update', data: toBase64(update), origin: null, __shareKey: randomUUID() });
      },
    };
  } catch (error) {
    registry.forget(ideaId);
    throw error;
  }
}

/** The subscription's stream: first what the client's state vector lacks, then others' updates and awareness. */
export async function ideaDocStream(ctx: Context, ideaId: string, stateVector: string | null | undefined, clientId: string | null | undefined): Promise<AsyncIterableIterator<CollabMessage>> {
  const sv = stateVector ? decodeBase64(stateVector, 'stateVector') : undefined;
  if (sv) validateStateVector(sv);
  await cardOf(ctx, ideaId, 'room:read');
  const stream = new MessageStream();
  // Listen first, then read: an update committed meanwhile comes twice at worst, which Yjs ignores.
  const stop = await ctx.app.collab.listen(ideaId, (message) => {
    if (!clientId || message.origin !== clientId) stream.push(message);
  });
  stream.onClose(stop);
  try {
    const state = await ctx.app.collab.withDoc(ctx.app.orm.em.fork(), ideaId, (loaded) => stateOf(loaded, ideaId, sv));
    stream.unshift({ ideaId, kind: 'update', data: state.update, origin: null, __shareKey: randomUUID() });
  } catch (error) {
    await stream.return();
    throw error;
  }
  return stream;
}

/** A queue that graphql-ws pulls from. */
class MessageStream implements AsyncIterableIterator<CollabMessage> {
  private readonly queue: CollabMessage[] = [];
  private waiting: ((result: IteratorResult<CollabMessage>) => void) | undefined;
  private closed = false;
  private cleanup: (() => Promise<void>) | undefined;

  [Symbol.asyncIterator](): AsyncIterableIterator<CollabMessage> {
    return this;
  }

  onClose(cleanup: () => Promise<void>): void {
    this.cleanup = cleanup;
  }

  push(message: CollabMessage): void {
    if (this.closed) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = undefined;
      resolve({ value: message, done: false });
    } else this.queue.push(message);
  }

  /** Puts the initial state before anything that arrived while it was read. */
  unshift(message: CollabMessage): void {
    if (this.waiting) this.push(message);
    else this.queue.unshift(message);
  }

  next(): Promise<IteratorResult<CollabMessage>> {
    const value = this.queue.shift();
    if (value) return Promise.resolve({ value, done: false });
    if (this.closed) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  async return(): Promise<IteratorResult<CollabMessage>> {
    if (!this.closed) {
      this.closed = true;
      this.waiting?.({ value: undefined, done: true });
      this.waiting = undefined;
      await this.cleanup?.();
    }
    return { value: undefined, done: true };
  }
}
