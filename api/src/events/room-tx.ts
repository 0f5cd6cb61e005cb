import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../core/context.js';
import { insertBound } from '../core/database/bound.js';
import { notFound } from '../core/errors.js';
import { Room } from '../rooms/room.entity.js';
import type { DurableEventType, EventPayloads } from './event.types.js';
import { inTransactionThenPublish } from './publish-after-commit.js';
import { roomChannel, type StoredRoomEvent } from './room-event.js';

export interface RoomTx {
  /** The transaction's entity manager. */
  em: EntityManager;
  /**
   * The room, locked for the transaction: writes to one room are serialised, so rules hold under
   * concurrency. With `lock: 'late'`, only its id may be read before `lock()`.
   */
  room: Room;
  /** Records an event, numbered and stored in this transaction, published once it commits. */
  emit<T extends DurableEventType>(type: T, payload: EventPayloads[T], audience: string[]): void;
  /** Locks the room now and re-reads it (with `lock: 'late'`; a no-op once locked). */
  lock(): Promise<void>;
}

/**
 * The one way to change a room: lock it, apply the change, store its events with the next sequence
 * numbers — all in one transaction — then publish the events after the commit. A rolled-back change
 * publishes nothing; a published event is always in the database.
 */
export async function inRoomTransaction<T>(
  ctx: Context,
  roomId: string,
  work: (tx: RoomTx) => Promise<T>,
  /**
   * `strength: 'noKeyUpdate'` (FOR NO KEY UPDATE) still serialises the room's transactions and event numbering,
   * but not with co-editing pushes, which key-share the room (collaboration/): for work that changes neither
   * the room's phase nor its settings.
   */
  options: { lock?: 'first' | 'late'; strength?: 'update' | 'noKeyUpdate' } = {},
): Promise<T> {
  return inTransactionThenPublish<T, StoredRoomEvent>(ctx, roomChannel(roomId), async (em, stored) => {
    // 'late' lets work that only concerns one participant (their own row locked) run before taking the
    // room lock, which then covers only the checks that need the room, the writes and the numbering.
    let locked = false;
    const lock = async () => {
      if (locked) return;
      locked = true;
      if (options.strength === 'noKeyUpdate') await em.getConnection().execute('select id from room where id = ? for no key update', [roomId], 'all', em.getTransactionContext());
      const lockMode = options.strength === 'noKeyUpdate' ? undefined : LockMode.PESSIMISTIC_WRITE;
      if (!(await em.findOne(Room, roomId, { lockMode, refresh: true }))) throw notFound('Room');
    };
    if (options.lock !== 'late') await lock();
    // With 'late', work starts with a reference (id only) and the room is read when locked.
    const room = em.getReference(Room, roomId);
    const pending: { type: string; payload: object; audience: string[] }[] = [];
    const value = await work({ em, room, lock, emit: (type, payload, audience) => pending.push({ type, payload, audience }) });
    if (pending.length > 0) {
      await lock();
      const first = room.lastSeq + 1;
      room.lastSeq += pending.length;
      await em.flush();
      const at = new Date().toISOString();
      const events = pending.map((e, i) => ({ roomId, seq: first + i, type: e.type, audience: e.audience, payload: e.payload as Record<string, unknown>, at }));
      // Bound values: an event may carry a card's whole text, which the ORM would escape into the statement.
      await insertBound(
        em,
        'room_event',
        ['room_id', 'seq', 'type', 'audience::text[]', 'payload::jsonb', 'created_at'],
        events.map((e) => [e.roomId, e.seq, e.type, e.audience, JSON.stringify(e.payload), e.at]),
      );
      stored(events);
    }
    return value;
  });
}
