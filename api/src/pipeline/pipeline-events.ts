import { EventEmitter, on } from 'node:events';
import { Arg, Ctx, ID, Int, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../core/context.js';
import { badUserInput, notFound } from '../core/errors.js';
import { idOf } from '../core/graphql/node.js';
import { Factory } from '../factories/factory.entity.js';
import { authorize } from '../identity/policy.js';
import { PipelineEvent, pipelineChannel, toPipelineEvent, type StoredPipelineEvent } from './pipeline-event.js';

async function storedAfter(ctx: Context, factoryId: string, afterSeq: number): Promise<StoredPipelineEvent[]> {
  const rows = await ctx.app.orm.em.getConnection().execute<{ seq: number; type: string; payload: object; created_at: Date }[]>(
    `select seq, type, payload, created_at from pipeline_event where factory_id = ? and seq > ? order by seq limit 1000`,
    [factoryId, afterSeq],
  );
  return rows.map((r) => ({ factoryId, seq: r.seq, type: r.type, payload: r.payload, at: new Date(r.created_at).toISOString() }) as StoredPipelineEvent);
}

/**
 * A viewer's stream of a factory's pipeline: the stored events after `afterSeq` (if given), then live
 * ones from the bus, each once and in order. Listens before reading, so nothing committed meanwhile is lost.
 */
export async function pipelineEventStream(ctx: Context, factoryId: string, afterSeq: number | null): Promise<AsyncIterableIterator<PipelineEvent>> {
  if (afterSeq !== null && (!Number.isInteger(afterSeq) || afterSeq < 0)) throw badUserInput('afterSeq must be a non-negative integer.', { afterSeq: ['must be ≥ 0'] });
  if (!(await ctx.loaders.load(Factory, factoryId))) throw notFound('Factory');
  authorize(ctx.viewer, 'pipeline:read', factoryId);
  const emitter = new EventEmitter();
  const abort = new AbortController();
  // node:events `on` buffers from here on, and ends (AbortError) when the client leaves.
  const live = on(emitter, 'event', { signal: abort.signal });
  const unsubscribe = await ctx.app.bus.subscribe(pipelineChannel(factoryId), (message) => emitter.emit('event', JSON.parse(message)));
  let last: number;
  let missed: StoredPipelineEvent[];
  try {
    const [row] = await ctx.app.orm.em.getConnection().execute<{ last_seq: number }[]>(`select last_seq from pipeline_settings where factory_id = ?`, [factoryId]);
    last = afterSeq ?? row?.last_seq ?? 0;
    missed = afterSeq !== null ? await storedAfter(ctx, factoryId, afterSeq) : [];
  } catch (error) {
    abort.abort();
    await unsubscribe().catch(() => undefined);
    throw error;
  }

  async function* run(): AsyncGenerator<PipelineEvent> {
    try {
      for (const event of missed) {
        last = event.seq;
        yield toPipelineEvent(event);
      }
      for await (const [event] of live as AsyncIterable<[StoredPipelineEvent]>) {
        if (event.seq <= last) continue; // already sent from the database
        // Pub/sub may drop a message (Redis between instances): what is missing is read from the log.
        if (event.seq > last + 1) {
          for (const missed of await storedAfter(ctx, factoryId, last)) {
            if (missed.seq >= event.seq) break;
            last = missed.seq;
            yield toPipelineEvent(missed);
          }
        }
        last = event.seq;
        yield toPipelineEvent(event);
      }
    } catch (error) {
      if (!abort.signal.aborted) throw error;
    } finally {
      await unsubscribe().catch(() => undefined);
    }
  }
  const events = run();
  const iterator: AsyncIterableIterator<PipelineEvent> = {
    next: () => events.next(),
    return: async () => {
      abort.abort(); // wakes a pending `next`, so the generator can finish and unsubscribe
      return events.return(undefined);
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

@Resolver()
export class PipelineEventsResolver {
  @Subscription(() => PipelineEvent, {
    description:
      'Every stage change of a factory’s pipeline (shortlist, scores, decisions, calls, applications, projects, launches), after it is committed. Give the last `seq` you received as `afterSeq` to get what you missed first. Facilitators and API tokens of the factory.',
    subscribe: ({ args, context }) => pipelineEventStream(context as Context, idOf(args.factoryId as string, 'Factory', 'factoryId'), (args.afterSeq as number | null | undefined) ?? null),
  })
  pipelineEvents(
    @Root() event: PipelineEvent,
    @Arg('factoryId', () => ID, { description: 'The factory.' }) _factoryId: string,
    @Arg('afterSeq', () => Int, { nullable: true, description: 'Deliver stored events after this number first; omit to start from now.' }) _afterSeq: number | null,
    @Ctx() _ctx: Context,
  ): PipelineEvent {
    return event;
  }
}
