import * as Y from 'yjs';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createContext, type Context } from '../core/context.js';
import { badUserInput, forbidden, notFound, phaseClosed } from '../core/errors.js';
import { toGlobalId } from '../core/graphql/node.js';
import type { StoredRoomEvent } from '../events/room-event.js';
import { RateLimiter } from '../core/rate-limit.js';
import { Idea } from '../ideas/idea.entity.js';
import { announceIdeasUpdated } from '../ideas/idea.service.js';
import { authorize } from '../identity/policy.js';
import { anonymous, type Viewer } from '../identity/viewer.js';
import { getRoom, lensOf } from '../rooms/room.service.js';
import { Phase, type Room } from '../rooms/room.entity.js';
import { awarenessClocks, awarenessRemoval } from './awareness.js';
import { seesHiddenCard, type CardState } from './card-state.js';
import { appendUpdate, lockCard, lockIdea, touchIdea, writeChecked, writeColumns } from './doc.store.js';
import { readStoredDoc, type CollabMessage, type DocRegistry, type LoadedDoc } from './doc.registry.js';
import { applyTextDiff, DOC_FIELDS, decodeBase64, fieldPastLimit, fieldTooLong, texts, toBase64, validateStateVector, validateUpdate, type DocField, type DocTexts } from './idea-doc.js';

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
async function cardOf(ctx: Context, ideaId: string, action: 'room:read' | 'room:participate'): Promise<{ room: Room; authorId: string }> {
  const idea = await ctx.em.findOne(Idea, { id: ideaId, deletedAt: null, mergedInto: null }, { fields: ['id', 'room', 'author'] });
  if (!idea) throw notFound('Idea');
  const room = await getRoom(ctx, idea.room.id, action);
  const lens = await lensOf(ctx, room);
  if (lens.ideasHidden && !lens.facilitator && idea.author.id !== lens.participantId) throw notFound('Idea');
  return { room, authorId: idea.author.id };
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

/**
 * Applies an update and tells whether it changed the document (new items or deletions), as Yjs decides
 * whether a transaction makes an update, without encoding that update again as an `update` listener
 * (capture) makes it do.
 */
function applyChanged(doc: Y.Doc, update: Uint8Array): boolean {
  let changed = false;
  const onTransaction = (transaction: Y.Transaction) => {
    changed = transaction.deleteSet.clients.size > 0 || [...transaction.afterState].some(([client, clock]) => transaction.beforeState.get(client) !== clock);
  };
  doc.on('afterTransaction', onTransaction);
  try {
    Y.applyUpdate(doc, update, 'germoir');
  } finally {
    doc.off('afterTransaction', onTransaction);
  }
  return changed;
}

export interface PushResult {
  ideaId: string;
  /** The server's state vector once the update is stored. */
  stateVector: string;
  /** False when the server already had everything in the update (nothing stored). */
  stored: boolean;
}

/**
 * The card's state for a write by this viewer, from the instance's cache [CO4a]: NOT_FOUND, FORBIDDEN or
 * PHASE_CLOSED as cardOf and the room would answer. A refusal is never based on a cached value: it is read
 * again first.
 */
async function writableCard(ctx: Context, ideaId: string, maxAgeMs = Infinity): Promise<{ card: CardState; seesHidden: boolean }> {
  const { cards, sql } = ctx.app.collab;
  let card = await cards.get(sql, ideaId, maxAgeMs);
  if (card && (!card.alive || card.phase === Phase.CLOSED || (card.hidden && !seesHiddenCard(ctx.viewer, card.authorId)))) card = await cards.get(sql, ideaId, 0);
  if (!card || !card.alive) throw notFound('Idea');
  authorize(ctx.viewer, 'room:participate', { factoryId: card.factoryId, roomId: card.roomId });
  const seesHidden = seesHiddenCard(ctx.viewer, card.authorId);
  if (card.hidden && !seesHidden) throw notFound('Idea');
  if (card.phase === Phase.CLOSED) throw closed();
  return { card, seesHidden };
}

const closed = () => phaseClosed('The room is closed: its ideas are read-only.');

/**
 * Stores a client's update and returns once it is committed [CO2]: validated, applied to the document, appended
 * to the log with the plain columns refreshed, in one statement; then sent to the other editors on every
 * instance. A re-sent update stores nothing [CO6].
 */
export async function pushIdeaUpdate(ctx: Context, ideaId: string, encoded: string, origin: string | null | undefined): Promise<PushResult> {
  limiter.hit(`collab:${sessionKey(ctx.viewer)}`);
  if (encoded.length > Math.ceil(COLLAB_LIMITS.maxUpdateBytes / 3) * 4) throw tooLarge();
  const update = decodeBase64(encoded, 'update');
  if (update.length > COLLAB_LIMITS.maxUpdateBytes) throw tooLarge();
  validateUpdate(update);
  const { seesHidden } = await writableCard(ctx, ideaId);
  return new Promise<PushResult>((resolve, reject) => {
    const queue = queueOf(ctx.app.collab, ideaId);
    queue.items.push({ update, encoded, origin: origin ?? null, seesHidden, resolve, reject });
    if (!queue.running) void drain(ctx, ideaId, queue);
  });
}

interface PendingPush {
  update: Uint8Array;
  encoded: string;
  origin: string | null;
  /** Whether the pusher may see the card while the room hides others' ideas. */
  seesHidden: boolean;
  resolve: (result: PushResult) => void;
  reject: (error: unknown) => void;
}

interface PushQueue {
  items: PendingPush[];
  running: boolean;
}

/** A map kept per registry (one per app instance: tests run several in one process), made on first use. */
function perInstance<V>(): (registry: DocRegistry) => Map<string, V> {
  const maps = new WeakMap<DocRegistry, Map<string, V>>();
  return (registry) => {
    let map = maps.get(registry);
    if (!map) maps.set(registry, (map = new Map()));
    return map;
  };
}

/** Pushes waiting, per idea. */
const queues = perInstance<PushQueue>();

function queueOf(registry: DocRegistry, ideaId: string): PushQueue {
  const byIdea = queues(registry);
  let queue = byIdea.get(ideaId);
  if (!queue) byIdea.set(ideaId, (queue = { items: [], running: false }));
  return queue;
}

/** At most one room transaction announcing co-edited text per room and instance in this time [CO3b]. */
const IDEA_UPDATED_EVERY_MS = 500;

/** Ideas whose co-edited text changed since their room last heard of it, by room. */
const unannounced = perInstance<Set<string>>();

/**
 * The room's view of the idea (boards, external tools): IdeaUpdated with the new text [CO3b]. One room
 * transaction for all the room's ideas that changed, at most every IDEA_UPDATED_EVERY_MS: pushes wait for
 * the room lock it takes, however many cards are being edited.
 */
function announceText(app: Context['app'], roomId: string, ideaId: string): void {
  const registry = app.collab;
  const byRoom = unannounced(registry);
  const ideas = byRoom.get(roomId) ?? new Set<string>();
  byRoom.set(roomId, ideas.add(ideaId));
  registry.coalesce(`ideas-updated:${roomId}`, IDEA_UPDATED_EVERY_MS, async () => {
    byRoom.delete(roomId);
    const ctx = createContext(app, anonymous, `collab-${roomId}`, app.orm.em.fork(), 'internal');
    await announceIdeasUpdated(ctx, roomId, [...ideas]);
  });
}

/** Pushes stored per statement at most: bounds a write's length. */
const MAX_BATCH = 64;
/** Writes tried per batch before giving up (each retry follows another writer or a change of the room). */
const MAX_ATTEMPTS = 5;

/**
 * Group commit: the pushes to one idea that wait on this instance while a write runs are stored together by
 * the next one [CO2]. Each is still acknowledged only after that commit; per-push failures (document size,
 * field length) reject that push alone, a failed write rejects its whole batch.
 */
async function drain(ctx: Context, ideaId: string, queue: PushQueue): Promise<void> {
  queue.running = true;
  try {
    while (queue.items.length > 0) await storeBatch(ctx, ideaId, queue.items.splice(0, MAX_BATCH));
  } finally {
    queue.running = false;
    if (queue.items.length === 0) queues(ctx.app.collab).delete(ideaId);
  }
}

/** Why a write is tried again: the document was stale (another writer), or a push needs checking alone. */
class Retry extends Error {
  constructor(readonly pushByPush: boolean) {
    super('retry');
  }
}

async function storeBatch(ctx: Context, ideaId: string, batch: PendingPush[]): Promise<void> {
  const registry = ctx.app.collab;
  const em = registry.sql;
  let pending = batch;
  let pushByPush = false;
  for (let attempt = 0; pending.length > 0; attempt++) {
    const card = await registry.cards.get(em, ideaId, attempt === 0 ? Infinity : 0);
    // The room or the card changed since these pushes were accepted: the same answers as writableCard.
    const refusal = !card || !card.alive ? notFound('Idea') : card.phase === Phase.CLOSED ? closed() : attempt >= MAX_ATTEMPTS ? new Error('co-editing write kept conflicting') : null;
    if (refusal) return pending.forEach((p) => p.reject(refusal));
    if (card!.hidden) {
      pending.filter((p) => !p.seesHidden).forEach((p) => p.reject(notFound('Idea')));
      pending = pending.filter((p) => p.seesHidden);
    }
    let results: (PushResult | Error)[];
    let textChanged: boolean;
    let loaded: LoadedDoc;
    /** The pushes acknowledged by this write, when it wrote the columns (null when it did not). */
    let written: Acknowledgement[] | null;
    try {
      const write = (doc: LoadedDoc) =>
        attempt === 0
          ? writeBatch(em, card!, doc, pending, pushByPush, waitingFor(registry))
          : // After a conflict, rows locked first: no other writer can come between the catch-up and the write.
            em.transactional(async (tx) => {
              await lockCard(tx, card!.roomId, ideaId);
              await doc.catchUp(tx);
              return writeBatch(tx, card!, doc, pending, pushByPush, waitingFor(registry));
            });
      ({ results, textChanged, loaded, written } = await registry.withDoc(em, ideaId, write, { catchUp: attempt > 0 }));
    } catch (error) {
      // withDoc has dropped the document, which may hold what was not stored: the next attempt reloads it.
      if (error instanceof Retry) {
        pushByPush ||= error.pushByPush;
        continue;
      }
      // Earlier pushes that waited for this write to store the columns wait for a write of their own.
      columnsSoon(ctx.app, ideaId);
      return pending.forEach((p) => p.reject(error));
    }
    // After the commit only: others never receive an update that could still roll back. What the batch stored
    // goes out as one update (merged), so each subscriber gets one message per commit, not one per push.
    const stored = pending.filter((_, i) => !(results[i] instanceof Error) && (results[i] as PushResult).stored);
    if (stored.length > 0) {
      const origins = new Set(stored.map((p) => p.origin));
      const data = stored.length === 1 ? stored[0]!.encoded : toBase64(Y.mergeUpdates(stored.map((p) => p.update)));
      await registry.publish({ ideaId, kind: 'update', data, origin: origins.size === 1 ? stored[0]!.origin : null, __sharedObject: true });
    }
    const accepted: Acknowledgement[] = [];
    pending.forEach((push, i) => {
      const result = results[i]!;
      if (result instanceof Error) push.reject(result);
      else accepted.push({ push, result });
    });
    const columns = columnsOf(registry, ideaId, card!.roomId);
    columns.textChanged ||= textChanged;
    if (written) columnsWritten(ctx.app, ideaId, [...written, ...accepted]);
    else if (columns.waiting.length === 0 && !columns.textChanged) {
      accepted.forEach(({ push, result }) => push.resolve(result));
      waitingFor(registry).delete(ideaId);
    } else {
      // The text is in the log, not yet in the columns: acknowledged once they are written [CO3].
      columns.waiting.push(...accepted);
      columnsSoon(ctx.app, ideaId);
    }
    registry.compactIfLong(loaded);
    return;
  }
}

/** A stored push and its answer, sent once the columns hold its text. */
interface Acknowledgement {
  push: PendingPush;
  result: PushResult;
}

/**
 * The plain columns of a card being typed into are written at most once in this time, by the next write (or
 * alone when none comes); pushes stored meanwhile are acknowledged once they are [CO3].
 */
const COLUMNS_EVERY_MS = 50;

/** A card's stored pushes whose text is not in the columns yet. */
interface ColumnsWait {
  waiting: Acknowledgement[];
  /** Whether the text changed since the room last heard of it (IdeaUpdated follows the columns) [CO3b]. */
  textChanged: boolean;
  roomId: string;
}

/** Per idea; an idea leaves once nothing waits. */
const waitingFor = perInstance<ColumnsWait>();

function columnsOf(registry: DocRegistry, ideaId: string, roomId: string): ColumnsWait {
  const byIdea = waitingFor(registry);
  let state = byIdea.get(ideaId);
  if (!state) byIdea.set(ideaId, (state = { waiting: [], textChanged: false, roomId }));
  return state;
}

/** A write of the columns alone soon (at most one every COLUMNS_EVERY_MS), when pushes wait for them. */
function columnsSoon(app: Context['app'], ideaId: string): void {
  if (waitingFor(app.collab).get(ideaId)?.waiting.length) app.collab.coalesce(`columns:${ideaId}`, COLUMNS_EVERY_MS, () => writeColumnsLater(app, ideaId));
}

/** After a commit that wrote the columns: the pushes they cover are acknowledged, the room hears of the text. */
function columnsWritten(app: Context['app'], ideaId: string, covered: Acknowledgement[]): void {
  const state = waitingFor(app.collab).get(ideaId);
  covered.forEach(({ push, result }) => push.resolve(result));
  if (!state) return;
  if (state.textChanged) {
    state.textChanged = false;
    announceText(app, state.roomId, ideaId);
  }
  if (state.waiting.length === 0) waitingFor(app.collab).delete(ideaId);
}

/**
 * Writes the columns of a card whose last pushes are stored but not in them yet, when no push has written
 * them since [CO3]: from the in-memory document, checked against the idea row's version; after another
 * writer, the row is locked and the document caught up first.
 */
async function writeColumnsLater(app: Context['app'], ideaId: string): Promise<void> {
  const registry = app.collab;
  if (!waitingFor(registry).get(ideaId)?.waiting.length) return;
  const em = registry.sql;
  let covered: Acknowledgement[] = [];
  let early = false;
  try {
    await registry.withDoc(
      em,
      ideaId,
      async (loaded) => {
        // A write of the pushes since has written them recently: the next one in a while, if some still wait.
        if ((early = Date.now() - loaded.columnsAt < COLUMNS_EVERY_MS)) return;
        // Taken alone on the document: every push stored before is in it (or the version check fails).
        covered = waitingFor(registry).get(ideaId)?.waiting.splice(0) ?? [];
        const version =
          (await writeColumns(em, ideaId, loaded.version!, texts(loaded.doc))) ??
          (await em.transactional(async (tx) => {
            if (!(await lockIdea(tx, ideaId))) return null; // the idea is gone: its updates are stored all the same
            await loaded.catchUp(tx);
            return writeColumns(tx, ideaId, loaded.version!, texts(loaded.doc));
          }));
        if (version) loaded.version = version;
        loaded.columnsAt = Date.now();
      },
      { catchUp: false },
    );
  } catch (error) {
    // Stored, but the columns may lag: the client is told to sync again (its resend changes nothing).
    covered.forEach(({ push }) => push.reject(error));
    throw error;
  }
  if (early) return columnsSoon(app, ideaId);
  columnsWritten(app, ideaId, covered);
}

/**
 * Applies a batch to the document and stores what changed it with one checked statement [CO2a]. Throws Retry
 * when the statement found another writer or another room state (the caller refreshes and tries again), or
 * when the batch makes a field too long (tried again push by push, each checked on a copy first) [CO7].
 */
async function writeBatch(
  em: EntityManager,
  card: CardState,
  loaded: LoadedDoc,
  pushes: PendingPush[],
  pushByPush: boolean,
  waits: Map<string, ColumnsWait>,
): Promise<{ results: (PushResult | Error)[]; textChanged: boolean; loaded: LoadedDoc; written: Acknowledgement[] | null }> {
  const lengthsBefore = fieldLengths(loaded.doc);
  // The fields the batch touches: the plain columns are read out only when theirs were.
  const touched = new Set<unknown>();
  const onTransaction = (transaction: Y.Transaction) => transaction.changed.forEach((_keys, type) => touched.add(type));
  loaded.doc.on('afterTransaction', onTransaction);
  let applied: ReturnType<typeof applyPushes>;
  try {
    applied = applyPushes(loaded, pushes, pushByPush);
  } finally {
    loaded.doc.off('afterTransaction', onTransaction);
  }
  const touchedFields = DOC_FIELDS.filter((field) => touched.has(loaded.doc.getText(field)));
  if (fieldPastLimit(lengthsBefore, (field) => loaded.doc.getText(field).length)) throw new Retry(true);
  // Every column at once: the document is current (version checked), so they all agree with it. While the
  // card is typed into, at most once every COLUMNS_EVERY_MS; in between, pushes wait for the next write [CO3].
  const waiting = waits.get(card.ideaId)?.waiting ?? [];
  const due = applied.toStore.length > 0 && (touchedFields.length > 0 || waiting.length > 0) && Date.now() - loaded.columnsAt >= COLUMNS_EVERY_MS;
  const columns = due ? texts(loaded.doc) : null;
  // Taken alone on the document: the pushes waiting for the columns are all in it (or the version check fails).
  const covered = due ? waiting.splice(0) : [];
  if (applied.toStore.length > 0) {
    let written;
    try {
      written = await writeChecked(em, { roomId: card.roomId, ideaId: card.ideaId, version: loaded.version!, hidden: card.hidden }, applied.toStore, columns);
    } catch (error) {
      waiting.unshift(...covered);
      throw error;
    }
    // Another writer since the document was read, or the room or card changed: the caller re-reads both.
    if (!written.written) {
      waiting.unshift(...covered);
      throw new Retry(false);
    }
    if (due) loaded.columnsAt = Date.now();
    loaded.lastId = written.lastId ?? loaded.lastId;
    loaded.version = written.version;
    loaded.logRows += applied.toStore.length;
  }
  const stateVector = toBase64(Y.encodeStateVector(loaded.doc));
  return {
    results: applied.outcome.map((o) => (o instanceof Error ? o : { ideaId: card.ideaId, stateVector, stored: o.stored })),
    textChanged: touchedFields.length > 0 && applied.toStore.length > 0,
    loaded,
    written: due ? covered : null,
  };
}

/** Applies each push to the document, but those that would make it too large (or, push by push, a field too long). */
function applyPushes(loaded: LoadedDoc, pushes: PendingPush[], pushByPush: boolean): { outcome: ({ stored: boolean } | Error)[]; toStore: Uint8Array[] } {
  const outcome: ({ stored: boolean } | Error)[] = [];
  const toStore: Uint8Array[] = [];
  for (const { update } of pushes) {
    if (loaded.sizeBound + update.length > COLLAB_LIMITS.maxDocumentBytes && loaded.exactSize() + update.length > COLLAB_LIMITS.maxDocumentBytes) {
      outcome.push(badUserInput(`The document would exceed ${COLLAB_LIMITS.maxDocumentBytes} bytes.`, { update: ['document too large'] }));
      continue;
    }
    const pastLimit = pushByPush ? fieldPastLimitWith(loaded.doc, update) : null;
    if (pastLimit) {
      outcome.push(fieldTooLong(pastLimit));
      continue;
    }
    const stored = applyChanged(loaded.doc, update) || hasPending(loaded.doc);
    if (stored) {
      toStore.push(update);
      loaded.sizeBound += update.length;
    }
    outcome.push({ stored });
  }
  return { outcome, toStore };
}

const fieldLengths = (doc: Y.Doc) => Object.fromEntries(DOC_FIELDS.map((field) => [field, doc.getText(field).length])) as Record<DocField, number>;

/** The field that applying `update` would make longer than allowed (and longer than it is), tried on a copy. */
function fieldPastLimitWith(doc: Y.Doc, update: Uint8Array): DocField | null {
  const copy = new Y.Doc({ gc: false });
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    const before = fieldLengths(copy);
    Y.applyUpdate(copy, update);
    return fieldPastLimit(before, (field) => copy.getText(field).length);
  } finally {
    copy.destroy();
  }
}

function tooLarge() {
  return badUserInput(`The update exceeds ${COLLAB_LIMITS.maxUpdateBytes} bytes.`, { update: [`at most ${COLLAB_LIMITS.maxUpdateBytes} bytes`] });
}

/** How old the card's state may be when relaying awareness [CO11]. */
const AWARENESS_CHECK_MS = 2_000;

/** Relays awareness (who is where, carets) to the card's other editors; never stored [CO11]. */
export async function pushAwareness(ctx: Context, ideaId: string, encoded: string, origin: string | null | undefined): Promise<boolean> {
  limiter.hit(`collab:${sessionKey(ctx.viewer)}`);
  const bytes = decodeBase64(encoded, 'awareness');
  if (bytes.length > COLLAB_LIMITS.maxAwarenessBytes) throw badUserInput(`Awareness exceeds ${COLLAB_LIMITS.maxAwarenessBytes} bytes.`, { awareness: ['too large'] });
  // Ephemeral: the card's state may be a little old (at most AWARENESS_CHECK_MS), nothing is written.
  await writableCard(ctx, ideaId, AWARENESS_CHECK_MS);
  await ctx.app.collab.publish({ ideaId, kind: 'awareness', data: encoded, origin: origin ?? null, __sharedObject: true });
  return true;
}

/**
 * A plain edit (updateIdea from a form or an external tool) applied as a minimal text diff inside the
 * document [CO6], within the caller's transaction (which holds the room lock). Returns the plain texts to
 * write in the columns, and a `publish` to call after the commit. The edit works on its own copy of the
 * document, read under the idea row lock: it never waits for the shared one, which pushes hold while they
 * wait for the room and idea locks [CO3a]. The shared one then leaves memory (it lacks the edit, and the
 * caller's transaction may still roll back): the next use reloads what was committed [CO2a].
 */
export async function applyPlainEdit(
  ctx: Context,
  em: EntityManager,
  ideaId: string,
  values: Partial<DocTexts>,
): Promise<{ texts: DocTexts; publish: () => Promise<void> }> {
  const registry = ctx.app.collab;
  if (!(await lockIdea(em, ideaId))) throw notFound('Idea');
  const doc = await readStoredDoc(em, ideaId);
  try {
    const update = capture(doc, () => {
      for (const field of DOC_FIELDS) if (values[field] != null) applyTextDiff(doc.getText(field), values[field]);
    });
    if (update) {
      await appendUpdate(em, ideaId, update);
      await touchIdea(em, ideaId);
      registry.forget(ideaId);
    }
    return {
      texts: texts(doc),
      publish: async () => {
        if (update) await registry.publish({ ideaId, kind: 'update', data: toBase64(update), origin: null, __sharedObject: true });
      },
    };
  } finally {
    doc.destroy();
  }
}

/**
 * The subscription's stream: first what the client's state vector lacks, then others' updates and awareness.
 * When it closes (the connection is gone), the others are told that this client's awareness is gone [CO11].
 * It ends with an error when the viewer loses access: removed from the room (FORBIDDEN), the card deleted,
 * merged or hidden by private writing (NOT_FOUND) [CO13].
 */
export async function ideaDocStream(ctx: Context, ideaId: string, stateVector: string | null | undefined, clientId: string | null | undefined): Promise<AsyncIterableIterator<CollabMessage>> {
  const sv = stateVector ? decodeBase64(stateVector, 'stateVector') : undefined;
  if (sv) validateStateVector(sv);
  const { room, authorId } = await cardOf(ctx, ideaId, 'room:read');
  const registry = ctx.app.collab;
  const stream = new MessageStream();
  /** This client's awareness (Yjs client id → last clock), from the messages it sent. */
  const awareness = new Map<number, number>();
  // Listen first, then read: an update committed meanwhile comes twice at worst, which Yjs ignores.
  const stop = await registry.listen(ideaId, (message) => {
    if (!clientId || message.origin !== clientId) return stream.push(message);
    if (message.kind === 'awareness') for (const [client, clock] of awarenessClocks(decodeBase64(message.data, 'awareness')) ?? []) awareness.set(client, clock);
  });
  const unwatch = await registry
    .watchRoom(room.id, (event) => {
      const lost = accessLost(ctx.viewer, ideaId, authorId, event);
      if (lost) stream.fail(lost);
    })
    .catch(async (error: unknown) => {
      await stop();
      throw error;
    });
  stream.onClose(async () => {
    await Promise.all([stop(), unwatch()]);
    // From the server (origin null): a live session of the same client that gets it says it is still there.
    if (awareness.size > 0) await registry.publish({ ideaId, kind: 'awareness', data: toBase64(awarenessRemoval(awareness)), origin: null, __sharedObject: true });
  });
  try {
    const state = await registry.withDoc(registry.sql, ideaId, (loaded) => stateOf(loaded, ideaId, sv));
    stream.unshift({ ideaId, kind: 'update', data: state.update, origin: null, __sharedObject: true });
  } catch (error) {
    await stream.return();
    throw error;
  }
  return stream;
}

/** Whether a room event takes the card away from this viewer, and the error the stream ends with [CO13]. */
function accessLost(viewer: Viewer, ideaId: string, authorId: string, event: StoredRoomEvent): Error | null {
  const payload = event.payload;
  const card = toGlobalId('Idea', ideaId);
  switch (event.type) {
    case 'ParticipantRemoved':
      return viewer.kind === 'PARTICIPANT' && payload.participantId === toGlobalId('Participant', viewer.participantId) ? forbidden('You were removed from this room.') : null;
    case 'IdeaRemoved':
      return payload.ideaId === card ? notFound('Idea') : null;
    case 'IdeasMerged':
      return (payload.sourceIds as string[]).includes(card) ? notFound('Idea') : null;
    case 'RoomSettingsChanged': {
      const hidden = (payload.settings as { privateWriting?: boolean }).privateWriting === true && payload.ideasRevealed !== true;
      return hidden && !seesHiddenCard(viewer, authorId) ? notFound('Idea') : null;
    }
    default:
      return null;
  }
}

/** A queue that graphql-ws pulls from; `fail` ends it with an error once what is queued has been read. */
class MessageStream implements AsyncIterableIterator<CollabMessage> {
  private readonly queue: CollabMessage[] = [];
  private waiting: { resolve: (result: IteratorResult<CollabMessage>) => void; reject: (error: unknown) => void } | undefined;
  private closed = false;
  private failure: Error | undefined;
  private cleanup: (() => Promise<void>) | undefined;

  [Symbol.asyncIterator](): AsyncIterableIterator<CollabMessage> {
    return this;
  }

  onClose(cleanup: () => Promise<void>): void {
    this.cleanup = cleanup;
  }

  push(message: CollabMessage): void {
    if (this.closed || this.failure) return;
    if (this.waiting) {
      const { resolve } = this.waiting;
      this.waiting = undefined;
      resolve({ value: message, done: false });
    } else this.queue.push(message);
  }

  /** Puts the initial state before anything that arrived while it was read. */
  unshift(message: CollabMessage): void {
    if (this.waiting) this.push(message);
    else this.queue.unshift(message);
  }

  fail(error: Error): void {
    if (this.closed || this.failure) return;
    this.failure = error;
    if (this.waiting) {
      const { reject } = this.waiting;
      this.waiting = undefined;
      void this.return().then(() => reject(error));
    }
  }

  next(): Promise<IteratorResult<CollabMessage>> {
    const value = this.queue.shift();
    if (value) return Promise.resolve({ value, done: false });
    if (this.failure) {
      const error = this.failure;
      return this.return().then(() => Promise.reject(error));
    }
    if (this.closed) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  async return(): Promise<IteratorResult<CollabMessage>> {
    if (!this.closed) {
      this.closed = true;
      this.waiting?.resolve({ value: undefined, done: true });
      this.waiting = undefined;
      await this.cleanup?.();
    }
    return { value: undefined, done: true };
  }
}
