import * as Y from 'yjs';
import type { EntityManager } from '@mikro-orm/postgresql';

/*
 * PostgreSQL storage of idea documents [CO2]: an append-only `idea_doc_update` log and at most one
 * `idea_doc_snapshot` per idea that covers every update with id <= upto_id. Ids are compared as numbers
 * (bigserial; far below 2^53 in practice).
 */

export interface StoredPart {
  kind: 'snapshot' | 'update';
  /** The id of the update row, or the snapshot's upto_id. */
  id: number;
  bytes: Uint8Array;
}

async function run<R>(em: EntityManager, sql: string, params: unknown[]): Promise<R[]> {
  return em.getConnection().execute<R[]>(sql, params, 'all', em.getTransactionContext());
}

/**
 * What was stored for an idea after `afterId`: the snapshot when it covers more than `afterId`, then the
 * later updates, in one statement so that a compaction committing meanwhile cannot hide rows [CO9].
 */
export async function readSince(em: EntityManager, ideaId: string, afterId: number): Promise<StoredPart[]> {
  const rows = await run<{ id: string; bytes: Buffer; kind: number }>(
    em,
    `select upto_id as id, state as bytes, 0 as kind from idea_doc_snapshot where idea_id = ? and upto_id > ?
     union all
     select id, update as bytes, 1 as kind from idea_doc_update where idea_id = ? and id > ?
     order by kind, id`,
    [ideaId, afterId, ideaId, afterId],
  );
  return rows.map((r) => ({ kind: Number(r.kind) === 0 ? 'snapshot' : 'update', id: Number(r.id), bytes: new Uint8Array(r.bytes) }));
}

/** Appends an update; returns its id. */
export async function appendUpdate(em: EntityManager, ideaId: string, update: Uint8Array): Promise<number> {
  return appendUpdates(em, ideaId, [update]);
}

/** Appends updates in order, in one statement; returns the last id. */
export async function appendUpdates(em: EntityManager, ideaId: string, updates: Uint8Array[]): Promise<number> {
  const rows = await run<{ id: string }>(
    em,
    `insert into idea_doc_update (idea_id, update) values ${updates.map(() => '(?, ?)').join(', ')} returning id`,
    updates.flatMap((u) => [ideaId, Buffer.from(u)]),
  );
  return Math.max(...rows.map((r) => Number(r.id)));
}

/**
 * Locks the idea's row for the transaction. Every writer of an idea's document (pushes, plain edits,
 * compaction) takes it, so that one idea's update ids commit in increasing order and compaction never
 * deletes a row it has not read [CO9].
 */
export async function lockIdea(em: EntityManager, ideaId: string): Promise<boolean> {
  const rows = await run<{ id: string }>(em, `select id from idea where id = ? for update`, [ideaId]);
  return rows.length > 0;
}

/**
 * Folds every stored update of an idea into its snapshot, atomically [CO9]: snapshot up to the last id
 * read, delete only the rows up to it. The document is rebuilt with garbage collection, so deleted text
 * stops taking space. Returns the number of update rows folded in.
 */
export async function compactDoc(em: EntityManager, ideaId: string): Promise<number> {
  return em.transactional(async (tx) => {
    if (!(await lockIdea(tx, ideaId))) return 0;
    const parts = await readSince(tx, ideaId, 0);
    const updates = parts.filter((p) => p.kind === 'update');
    if (updates.length === 0) return 0;
    const doc = new Y.Doc({ gc: true });
    Y.transact(doc, () => {
      for (const p of parts) Y.applyUpdate(doc, p.bytes);
    });
    const upto = Math.max(...parts.map((p) => p.id));
    const state = Y.encodeStateAsUpdate(doc);
    doc.destroy();
    await run(
      tx,
      `insert into idea_doc_snapshot (idea_id, state, upto_id, updated_at) values (?, ?, ?, now())
       on conflict (idea_id) do update set state = excluded.state, upto_id = excluded.upto_id, updated_at = now()`,
      [ideaId, Buffer.from(state), upto],
    );
    await run(tx, `delete from idea_doc_update where idea_id = ? and id <= ?`, [ideaId, upto]);
    return updates.length;
  });
}

/** Ideas whose update log is long or old enough to be compacted, oldest first. */
export async function compactionCandidates(em: EntityManager, minUpdates: number, olderThanMs: number, limit: number): Promise<string[]> {
  const rows = await run<{ idea_id: string }>(
    em,
    `select idea_id from idea_doc_update group by idea_id
     having count(*) >= ? or min(created_at) < now() - (? * interval '1 millisecond')
     order by min(id) limit ?`,
    [minUpdates, olderThanMs, limit],
  );
  return rows.map((r) => r.idea_id);
}

export interface StorageStats {
  updates: number;
  updateBytes: number;
  snapshotBytes: number;
}

export async function storageStats(em: EntityManager, ideaId: string): Promise<StorageStats> {
  const [row] = await run<{ updates: string; update_bytes: string | null; snapshot_bytes: string | null }>(
    em,
    `select (select count(*) from idea_doc_update where idea_id = ?) as updates,
            (select sum(octet_length(update)) from idea_doc_update where idea_id = ?) as update_bytes,
            (select octet_length(state) from idea_doc_snapshot where idea_id = ?) as snapshot_bytes`,
    [ideaId, ideaId, ideaId],
  );
  return { updates: Number(row!.updates), updateBytes: Number(row!.update_bytes ?? 0), snapshotBytes: Number(row!.snapshot_bytes ?? 0) };
}
