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
  /** The last reference pushed into the room (dismissed or not), null before the first. */
  get(roomId: string): Pushed | null;
  push(roomId: string, event: PushedReference): void;
  dismiss(roomId: string): void;
  subscribe(listener: () => void): () => void;
}

export interface Pushed {
  event: PushedReference;
  dismissed: boolean;
}

export function createPushedReferenceStore(): PushedReferenceStore {
  const rooms = new Map<string, Pushed>();
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  return {
    get: (roomId) => rooms.get(roomId) ?? null,
    push(roomId, event) {
      rooms.set(roomId, { event, dismissed: false });
      notify();
    },
    dismiss(roomId) {
      const current = rooms.get(roomId);
      if (!current || current.dismissed) return;
      rooms.set(roomId, { ...current, dismissed: true });
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const pushedReferenceStore = createPushedReferenceStore();

/** The last reference pushed into the room, re-rendering when another comes or it is dismissed. */
export function usePushedReference(roomId: string, store: PushedReferenceStore = pushedReferenceStore): Pushed | null {
  const getSnapshot = useCallback(() => store.get(roomId), [store, roomId]);
  return useSyncExternalStore(store.subscribe, getSnapshot, () => null);
}
