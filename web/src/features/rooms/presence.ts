import { useCallback, useSyncExternalStore } from 'react';
import type { ParticipantFieldsFragment } from '../../gql/graphql';

/**
 * Who is connected to each room now. Presence is not part of the room in the API (it is
 * not stored, and `PresenceChanged` repeats the current seq), so it lives beside the
 * Apollo cache; `applyRoomEvent` keeps both up to date.
 */
export interface PresenceStore {
  get(roomId: string): readonly ParticipantFieldsFragment[];
  set(roomId: string, present: readonly ParticipantFieldsFragment[]): void;
  remove(roomId: string, participantId: string): void;
  subscribe(listener: () => void): () => void;
}

const NOBODY: readonly ParticipantFieldsFragment[] = [];

export function createPresenceStore(): PresenceStore {
  const rooms = new Map<string, readonly ParticipantFieldsFragment[]>();
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  return {
    get: (roomId) => rooms.get(roomId) ?? NOBODY,
    set(roomId, present) {
      const before = rooms.get(roomId) ?? NOBODY;
      const same = before.length === present.length && before.every((p, i) => p.id === present[i]?.id && p.displayName === present[i]?.displayName);
      if (same) return;
      rooms.set(roomId, [...present]);
      notify();
    },
    remove(roomId, participantId) {
      const before = rooms.get(roomId) ?? NOBODY;
      if (!before.some((p) => p.id === participantId)) return;
      rooms.set(roomId, before.filter((p) => p.id !== participantId));
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const presenceStore = createPresenceStore();

/** Who is in the room now, re-rendering when it changes. */
export function usePresence(roomId: string, store: PresenceStore = presenceStore): readonly ParticipantFieldsFragment[] {
  const getSnapshot = useCallback(() => store.get(roomId), [store, roomId]);
  return useSyncExternalStore(store.subscribe, getSnapshot, () => NOBODY);
}
