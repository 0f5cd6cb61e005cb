import { rateLimited } from './errors.js';

/**
 * A fixed-window counter per key, in this process. Enough to slow down guessing (join codes, passwords)
 * from one address; it does not need to be exact across instances.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Counts one attempt for `key`; throws RATE_LIMITED past the limit. */
  hit(key: string, now = Date.now()): void {
    let w = this.windows.get(key);
    if (!w || w.resetAt <= now) {
      if (this.windows.size > 10_000) this.sweep(now);
      w = { count: 0, resetAt: now + this.windowMs };
      this.windows.set(key, w);
    }
    if (++w.count > this.limit) throw rateLimited(`Too many attempts: try again in ${Math.ceil((w.resetAt - now) / 1000)} s.`);
  }

  private sweep(now: number): void {
    for (const [key, w] of this.windows) if (w.resetAt <= now) this.windows.delete(key);
  }
}
