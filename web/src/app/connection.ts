import { useSyncExternalStore } from 'react';

/**
 * State of the live (WebSocket) connection, for the small indicator that
 * participants see during a session.
 * - `idle`: no live subscription, so no socket (the client is lazy);
 * - `connecting`: first connection attempt;
 * - `connected`: socket open and acknowledged by the server;
 * - `reconnecting`: the socket dropped and the client retries with backoff;
 * - `offline`: the browser reports no network.
 */
export type ConnectionState = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'offline';

export type SocketEvent =
  | { type: 'connecting'; isRetry: boolean }
  | { type: 'connected' }
  | { type: 'closed'; code: number | undefined }
  | { type: 'network'; online: boolean };

interface Internal {
  socket: Exclude<ConnectionState, 'offline'>;
  online: boolean;
}

/** Normal closure: the lazy client closed the socket after the last subscription. */
const NORMAL_CLOSURE = 1000;

export function reduceSocket(state: Internal, event: SocketEvent): Internal {
  switch (event.type) {
    case 'connecting':
      return { ...state, socket: event.isRetry ? 'reconnecting' : 'connecting' };
    case 'connected':
      return { ...state, socket: 'connected' };
    case 'closed':
      return { ...state, socket: event.code === NORMAL_CLOSURE ? 'idle' : 'reconnecting' };
    case 'network':
      return { ...state, online: event.online };
  }
}

export function visibleState(state: Internal): ConnectionState {
  return state.online ? state.socket : 'offline';
}

export interface ConnectionStore {
  dispatch(event: SocketEvent): void;
  getSnapshot(): ConnectionState;
  subscribe(listener: () => void): () => void;
}

export function createConnectionStore(online = true): ConnectionStore {
  let internal: Internal = { socket: 'idle', online };
  let snapshot = visibleState(internal);
  const listeners = new Set<() => void>();
  return {
    dispatch(event) {
      internal = reduceSocket(internal, event);
      const next = visibleState(internal);
      if (next === snapshot) return;
      snapshot = next;
      for (const listener of listeners) listener();
    },
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const connectionStore = createConnectionStore(
  typeof navigator === 'undefined' ? true : navigator.onLine,
);

if (typeof window !== 'undefined') {
  window.addEventListener('online', () => connectionStore.dispatch({ type: 'network', online: true }));
  window.addEventListener('offline', () => connectionStore.dispatch({ type: 'network', online: false }));
}

/** Live connection state, re-rendering only when it changes. */
export function useConnectionState(): ConnectionState {
  return useSyncExternalStore(connectionStore.subscribe, connectionStore.getSnapshot, () => 'idle');
}
