import { badUserInput } from '../core/errors.js';
import type { RoomTx } from './room-tx.js';

/**
 * Mutations that a flaky phone connection may retry take an idempotency key (per participant): a retry of
 * a successful call returns the stored result and changes nothing; a refused call leaves no trace.
 * The participant's row is locked first, so that two calls with one key cannot both act.
 *
 * Returns the stored result of an earlier call with this key, or runs `work` and stores its result. */
export async function idempotent<T>(tx: RoomTx, participantId: string, key: string | null | undefined, operation: string, work: () => Promise<T>): Promise<T> {
  if (!key) return work();
  const conn = tx.em.getConnection();
  await conn.execute('select id from participant where id = ? for update', [participantId], 'all', tx.em.getTransactionContext());
  const [earlier] = await conn.execute<{ operation: string; result: T }[]>(
    'select operation, result from idempotency_key where participant_id = ? and key = ?',
    [participantId, key],
    'all',
    tx.em.getTransactionContext(),
  );
  if (earlier) {
    if (earlier.operation !== operation) throw badUserInput('This idempotency key was used for another operation.', { idempotencyKey: ['already used for another operation'] });
    return earlier.result;
  }
  const result = await work();
  await conn.execute('insert into idempotency_key (participant_id, key, operation, result) values (?, ?, ?, ?::jsonb)', [participantId, key, operation, JSON.stringify(result)], 'run', tx.em.getTransactionContext());
  return result;
}

