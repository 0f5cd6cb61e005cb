import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityClass } from '@mikro-orm/core';

/**
 * Per-request batching: every `load(Entity, id)` made while resolving one level of a query becomes a
 * single `where id in (…)` query. Field resolvers use it for references, so lists never query once per row.
 */
export class Loaders {
  private readonly byEntity = new Map<EntityClass<object>, DataLoader<string, object | null>>();

  /** `em` may be given as a function (a context's entity manager, forked on first use): called on the first load only. */
  constructor(private readonly emOf: EntityManager | (() => EntityManager)) {}

  private get em(): EntityManager {
    return typeof this.emOf === 'function' ? this.emOf() : this.emOf;
  }

  load<T extends { id: string }>(entity: EntityClass<T>, id: string): Promise<T | null> {
    let loader = this.byEntity.get(entity as EntityClass<object>);
    if (!loader) {
      loader = new DataLoader<string, object | null>(async (ids) => {
        const rows = await this.em.find(entity, { id: { $in: [...ids] } } as never);
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      });
      this.byEntity.set(entity as EntityClass<object>, loader);
    }
    return loader.load(id) as Promise<T | null>;
  }

  /** Batches "many rows per parent" lookups: `key` picks the parent id of each row. */
  private readonly byGroup = new Map<string, DataLoader<string, object[]>>();

  loadMany<T extends object>(name: string, fetch: (parentIds: string[]) => Promise<T[]>, key: (row: T) => string, parentId: string): Promise<T[]> {
    let loader = this.byGroup.get(name);
    if (!loader) {
      loader = new DataLoader<string, object[]>(async (parentIds) => {
        const rows = await fetch([...parentIds]);
        const groups = new Map<string, T[]>();
        for (const row of rows) {
          const k = key(row);
          groups.set(k, [...(groups.get(k) ?? []), row]);
        }
        return parentIds.map((id) => groups.get(id) ?? []);
      });
      this.byGroup.set(name, loader);
    }
    return loader.load(parentId) as Promise<T[]>;
  }

  /** Forgets what was loaded: what a mutation changed is read again by the fields after it. */
  clear(): void {
    this.byEntity.clear();
    this.byGroup.clear();
  }
}
