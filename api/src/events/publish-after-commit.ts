import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../core/context.js';

/** What a transaction stores of each event it will publish: its number in its stream. */
interface Numbered {
  seq: number;
}

/**
 * Runs `work` in one transaction and publishes on `channel` the events it stored (`stored(events)`),
 * after the commit only: a rolled-back change publishes nothing, a published event is always in the
 * database, and a retried transaction starts with nothing to publish. A lost publish is recovered by
 * subscribers from the database (they resume after the last number they saw).
 */
export async function inTransactionThenPublish<T, E extends Numbered>(
  ctx: Context,
  channel: string,
  work: (em: EntityManager, stored: (events: E[]) => void) => Promise<T>,
): Promise<T> {
  let committed: E[] = [];
  const result = await ctx.em.transactional((em) => {
    committed = [];
    return work(em, (events) => committed.push(...events));
  });
  for (const event of committed) {
    await ctx.app.bus.publish(channel, JSON.stringify(event)).catch((err: unknown) => ctx.log.warn({ err, channel, seq: event.seq }, 'event publish failed'));
  }
  return result;
}
