import { useCallback, useSyncExternalStore } from 'react';
import type { RoomEvent } from '../rooms/roomEvents';

/** A `ReferencePushed` event as the room feed delivers it. */
export type PushedReference = Omit<Extract<RoomEvent, { __typename: 'ReferencePushed' }>, 'seq' | 'at'> & { seq?: number | null; at?: string | null };

/**
 * The last reference a facilitator showed in each room, until the viewer dismisses it.
 * Not part of the room in the API (an event, not a field), so it lives beside the cache,
 * like presence; `applyRoomEvent` feeds it.
 */
export interface PushedReferenceStore {
  get(roomId: string): PushedReference | null;
  push(roomId: string, event: PushedReference): void;
  dismiss(roomId: string): void;
  subscribe(listener: () => void): () => void;
}

export function createPushedReferenceStore(): PushedReferenceStore {
  const rooms = new Map<string, PushedReference>();
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  return {
    get: (roomId) => rooms.get(roomId) ?? null,
    push(roomId, event) {
      rooms.set(roomId, event);
      notify();
    },
    dismiss(roomId) {
      if (rooms.delete(roomId)) notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const pushedReferenceStore = createPushedReferenceStore();

/** The reference pushed into the room and not dismissed yet, re-rendering when it changes. */
export function usePushedReference(roomId: string, store: PushedReferenceStore = pushedReferenceStore): PushedReference | null {
  const getSnapshot = useCallback(() => store.get(roomId), [store, roomId]);
  return useSyncExternalStore(store.subscribe, getSnapshot, () => null);
}
