import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../core/context.js';
import { insertBound } from '../core/database/bound.js';
import { inTransactionThenPublish } from '../events/publish-after-commit.js';
import { pipelineChannel, type PipelineEventPayload, type PipelineEventType, type StoredPipelineEvent } from './pipeline-event.js';

export interface PipelineTx {
  em: EntityManager;
  /** Records an event, numbered and stored in this transaction, published once it commits. */
  emit(type: PipelineEventType, payload: PipelineEventPayload): void;
}

/**
 * The one way to change a factory's pipeline, as rooms do with inRoomTransaction (events/room-tx.ts):
 * the factory's pipeline row is locked first (pipeline writes of a factory are serialised, so stage
 * rules hold under concurrency), the change and its numbered events are written in one transaction,
 * and the events go on the bus only after the commit. A rolled-back change publishes nothing.
 */
export async function inPipelineTransaction<T>(ctx: Context, factoryId: string, work: (tx: PipelineTx) => Promise<T>): Promise<T> {
  return inTransactionThenPublish<T, StoredPipelineEvent>(ctx, pipelineChannel(factoryId), async (em, stored) => {
    const conn = em.getConnection();
    const trx = em.getTransactionContext();
    const [row] = await conn.execute<{ last_seq: number }[]>(
      `insert into pipeline_settings (factory_id) values (?) on conflict (factory_id) do update set updated_at = pipeline_settings.updated_at returning last_seq`,
      [factoryId], 'all', trx,
    );
    const pending: { type: PipelineEventType; payload: PipelineEventPayload }[] = [];
    const value = await work({ em, emit: (type, payload) => pending.push({ type, payload }) });
    await em.flush();
    if (pending.length > 0) {
      const first = row!.last_seq + 1;
      const at = new Date().toISOString();
      const events = pending.map((e, i): StoredPipelineEvent => ({ factoryId, seq: first + i, type: e.type, payload: e.payload, at }));
      await conn.execute(`update pipeline_settings set last_seq = ? where factory_id = ?`, [row!.last_seq + pending.length, factoryId], 'run', trx);
      await insertBound(em, 'pipeline_event', ['factory_id', 'seq', 'type', 'payload::jsonb', 'created_at'], events.map((e) => [factoryId, e.seq, e.type, JSON.stringify(e.payload), e.at]));
      stored(events);
    }
    return value;
  });
}
