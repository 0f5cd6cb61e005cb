import { useCallback, useSyncExternalStore } from 'react';
import { clockOffset } from './timer';

/** The server clock offset seen for each room, from the `serverTime` of its last fetch. */
const offsets = new Map<string, { serverTime: string; offset: number }>();
const listeners = new Set<() => void>();

/** Records a `serverTime` just received (once per value: a re-render does not move the offset). */
export function observeServerTime(roomId: string, serverTime: string, receivedAt: number): void {
  if (offsets.get(roomId)?.serverTime === serverTime) return;
  offsets.set(roomId, { serverTime, offset: clockOffset(serverTime, receivedAt) });
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Milliseconds to add to `Date.now()` to read the server's clock for this room. */
export function useServerOffset(roomId: string): number {
  const get = useCallback(() => offsets.get(roomId)?.offset ?? 0, [roomId]);
  return useSyncExternalStore(subscribe, get, () => 0);
}
