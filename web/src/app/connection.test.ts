import { describe, expect, it, vi } from 'vitest';
import { createConnectionStore } from './connection';
import { retryDelay, waitBeforeRetry, webSocketUrl } from './apollo';

describe('connection state', () => {
  it('follows the live socket through a drop and a reconnection', () => {
    const store = createConnectionStore();
    const seen: string[] = [];
    store.subscribe(() => seen.push(store.getSnapshot()));

    store.dispatch({ type: 'connecting', isRetry: false });
    store.dispatch({ type: 'connected' });
    store.dispatch({ type: 'closed', code: 1006 });
    store.dispatch({ type: 'connecting', isRetry: true });
    store.dispatch({ type: 'connected' });
    store.dispatch({ type: 'closed', code: 1000 });

    expect(seen).toEqual(['connecting', 'connected', 'reconnecting', 'connected', 'idle']);
  });

  it('shows offline over any socket state, and recovers', () => {
    const store = createConnectionStore();
    store.dispatch({ type: 'connected' });
    store.dispatch({ type: 'network', online: false });
    expect(store.getSnapshot()).toBe('offline');
    store.dispatch({ type: 'network', online: true });
    expect(store.getSnapshot()).toBe('connected');
  });

  it('does not notify when nothing visible changed', () => {
    const store = createConnectionStore(false);
    const listener = vi.fn();
    store.subscribe(listener);
    store.dispatch({ type: 'connecting', isRetry: false });
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('live link settings', () => {
  it('uses the page origin for the WebSocket endpoint', () => {
    expect(webSocketUrl({ protocol: 'https:', host: 'germoir.example:8443' })).toBe('wss://germoir.example:8443/graphql');
    expect(webSocketUrl({ protocol: 'http:', host: 'localhost:5173' })).toBe('ws://localhost:5173/graphql');
  });

  it('backs off exponentially with jitter, capped at 30 s', () => {
    expect(retryDelay(0, () => 0)).toBe(250);
    expect(retryDelay(0, () => 1)).toBe(500);
    expect(retryDelay(3, () => 1)).toBe(4000);
    expect(retryDelay(20, () => 1)).toBe(30_000);
    expect(retryDelay(20, () => 0)).toBe(15_000);
  });
});

describe('waiting before a reconnection', () => {
  it('waits for the network to come back when the browser is offline, and no longer', async () => {
    const target = new EventTarget();
    let done = false;
    const waiting = waitBeforeRetry(5, target as unknown as Window, () => false).then(() => {
      done = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    target.dispatchEvent(new Event('online'));
    await waiting;
    expect(done).toBe(true);
  });

  it('cuts the backoff short when the network comes back', async () => {
    const target = new EventTarget();
    const started = Date.now();
    const waiting = waitBeforeRetry(10, target as unknown as Window, () => true);
    target.dispatchEvent(new Event('online'));
    await waiting;
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
