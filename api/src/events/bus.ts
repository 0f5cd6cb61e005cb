import { EventEmitter } from 'node:events';
import { Redis } from 'ioredis';
import type { Logger } from '../core/logger.js';

/**
 * Carries messages between API instances: in-process when there is one instance, Redis pub/sub when
 * REDIS_URL is set. Delivery is at-most-once (pub/sub can drop): consumers of durable events detect
 * gaps by sequence number and read what they missed from PostgreSQL.
 */
export interface EventBus {
  publish(channel: string, message: string): Promise<void>;
  /** Resolves once the subscription is active; the returned function unsubscribes. */
  subscribe(channel: string, onMessage: (message: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export function createInProcessBus(): EventBus {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    async publish(channel, message) {
      emitter.emit(channel, message);
    },
    async subscribe(channel, onMessage) {
      emitter.on(channel, onMessage);
      return async () => {
        emitter.off(channel, onMessage);
      };
    },
    async close() {
      emitter.removeAllListeners();
    },
  };
}

/** One publishing connection and one subscribing connection per instance, shared by every channel. */
export async function createRedisBus(url: string, logger: Logger): Promise<EventBus> {
  const publisher = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
  const subscriber = new Redis(url, { lazyConnect: true });
  for (const [name, conn] of [['publisher', publisher], ['subscriber', subscriber]] as const) {
    conn.on('error', (err: Error) => logger.warn({ err, conn: name }, 'redis connection error'));
  }
  await Promise.all([publisher.connect(), subscriber.connect()]);
  const local = new EventEmitter();
  local.setMaxListeners(0);
  const counts = new Map<string, number>();
  subscriber.on('message', (channel: string, message: string) => local.emit(channel, message));
  return {
    async publish(channel, message) {
      await publisher.publish(channel, message);
    },
    async subscribe(channel, onMessage) {
      local.on(channel, onMessage);
      const n = (counts.get(channel) ?? 0) + 1;
      counts.set(channel, n);
      if (n === 1) await subscriber.subscribe(channel);
      return async () => {
        local.off(channel, onMessage);
        const left = (counts.get(channel) ?? 1) - 1;
        if (left > 0) counts.set(channel, left);
        else {
          counts.delete(channel);
          await subscriber.unsubscribe(channel).catch(() => undefined);
        }
      };
    },
    async close() {
      local.removeAllListeners();
      subscriber.disconnect();
      await publisher.quit().catch(() => publisher.disconnect());
    },
  };
}
