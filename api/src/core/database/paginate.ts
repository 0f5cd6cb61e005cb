import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityName, FilterQuery } from '@mikro-orm/core';
import { DEFAULT_PAGE_SIZE, decodeCursor, toConnection, type ConnectionShape, type KeysetCursor } from '../graphql/relay.js';

/** One page of `entity` matching `where`, newest first, by keyset on (createdAt, id): stable under inserts. */
export async function paginate<T extends KeysetCursor & object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  args: { first?: number | null; after?: string | null },
): Promise<ConnectionShape<T>> {
  const limit = args.first ?? DEFAULT_PAGE_SIZE;
  const after = args.after ? decodeCursor(args.after) : null;
  const keyset = after
    ? { $or: [{ createdAt: { $lt: after.createdAt } }, { createdAt: after.createdAt, id: { $lt: after.id } }] }
    : {};
  const rows = await em.find(entity, { $and: [where, keyset] } as FilterQuery<T>, {
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] as never,
    limit: limit + 1,
  });
  return toConnection(rows, limit, after !== null, () => em.count(entity, where));
}
