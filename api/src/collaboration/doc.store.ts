import * as Y from 'yjs';
import type { EntityManager } from '@mikro-orm/postgresql';
import { runBound } from '../core/database/bound.js';
import type { DocTexts } from './idea-doc.js';

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

/**
 * What was stored for an idea after `afterId`: the snapshot when it covers more than `afterId`, then the
 * later updates, in one statement so that a compaction committing meanwhile cannot hide rows [CO9].
 */
export async function readSince(em: EntityManager, ideaId: string, afterId: number): Promise<StoredPart[]> {
  const rows = await runBound<{ id: string; bytes: Buffer; kind: number }>(
    em,
    `select upto_id as id, state as bytes, 0 as kind from idea_doc_snapshot where idea_id = $1 and upto_id > $2
     union all
     select id, update as bytes, 1 as kind from idea_doc_update where idea_id = $1 and id > $2
     order by kind, id`,
    [ideaId, afterId],
  );
  return rows.map((r) => ({ kind: Number(r.kind) === 0 ? 'snapshot' : 'update', id: Number(r.id), bytes: new Uint8Array(r.bytes) }));
}

/**
 * Like readSince, plus the version of the idea row (its xmin) read in the same statement: every writer of a
 * document also updates the idea row in its transaction [CO2a], so a document that holds these parts is
 * current as long as the row keeps this version.
 */
export async function readSinceVersioned(em: EntityManager, ideaId: string, afterId: number): Promise<{ parts: StoredPart[]; version: string | null }> {
  const rows = await runBound<{ id: string; bytes: Buffer | null; kind: number; version: string | null }>(
    em,
    `select upto_id as id, state as bytes, 0 as kind, null as version from idea_doc_snapshot where idea_id = $1 and upto_id > $2
     union all
     select id, update, 1, null from idea_doc_update where idea_id = $1 and id > $2
     union all
     select 0, null, 2, xmin::text from idea where id = $1
     order by kind, id`,
    [ideaId, afterId],
  );
  const parts = rows.filter((r) => Number(r.kind) < 2).map((r) => ({ kind: Number(r.kind) === 0 ? ('snapshot' as const) : ('update' as const), id: Number(r.id), bytes: new Uint8Array(r.bytes!) }));
  return { parts, version: rows.find((r) => Number(r.kind) === 2)?.version ?? null };
}

/** What a checked write expects to find, under the locks it takes [CO2a]. */
export interface WriteExpectation {
  roomId: string;
  ideaId: string;
  /** The idea row's version the in-memory document was built at. */
  version: string;
  /** Whether the room hides others' ideas (private writing, not revealed) as the caller checked it. */
  hidden: boolean;
}

/** What the locked rows held, and the write's result when the expectations held. */
export interface WriteOutcome {
  written: boolean;
  found: boolean;
  phase: string | null;
  hidden: boolean;
  alive: boolean;
  /** The last appended update id (null when nothing was appended). */
  lastId: number | null;
  /** The idea row's version after the write. */
  version: string | null;
}

/**
 * Stores a batch of updates and the plain columns in ONE statement, its own transaction [CO2a]: room row
 * key-share-locked first (a room transaction that may close it, FOR UPDATE, waits, and this sees its phase
 * as committed; announcing co-edited text, FOR NO KEY UPDATE, does not hold it up) [CO3a], then the idea row
 * locked; the updates are appended and the row updated only if the room is open, the idea alive, the
 * privacy as expected and the row still at `version` (no other writer since the document was read).
 * Otherwise nothing is written and the outcome says what differed.
 */
export async function writeChecked(em: EntityManager, expect: WriteExpectation, updates: Uint8Array[], columns: DocTexts | null): Promise<WriteOutcome> {
  const [row] = await runBound<{ phase: string; hidden: boolean; alive: boolean | null; last_id: string | null; version: string | null; written: boolean }>(
    em,
    `with r as materialized (
       select phase, coalesce((settings->>'privateWriting')::boolean, false) and not ideas_revealed as hidden from room where id = $1 for key share
     ), i as materialized (
       select idea.xmin::text as version, idea.deleted_at is null and idea.merged_into_id is null as alive
       from r, idea where idea.id = $2 and idea.room_id = $1 for update of idea
     ), ok as (
       select 1 from r, i where r.phase <> 'CLOSED' and i.alive and i.version = $3 and r.hidden = $4
     ), ins as (
       insert into idea_doc_update (idea_id, update) select $2, v.u from ok, unnest($5::bytea[]) with ordinality as v(u, n) order by v.n returning id
     ), upd as (
       update idea set title = coalesce($6, title), description = coalesce($7, description), need = coalesce($8, need),
                       beneficiaries = coalesce($9, beneficiaries), economic_model = coalesce($10, economic_model), updated_at = now()
       from ok where idea.id = $2 returning idea.xmin::text as version
     )
     select r.phase, r.hidden, i.alive, (select max(id) from ins)::text as last_id, (select version from upd) as version, exists (select 1 from upd) as written
     from r left join i on true`,
    [
      expect.roomId,
      expect.ideaId,
      expect.version,
      expect.hidden,
      updates.map((u) => Buffer.from(u.buffer, u.byteOffset, u.byteLength)),
      columns?.title ?? null,
      columns?.description ?? null,
      columns?.need ?? null,
      columns?.beneficiaries ?? null,
      columns?.economicModel ?? null,
    ],
    'germoir_collab_write_checked',
  );
  if (!row) return { written: false, found: false, phase: null, hidden: false, alive: false, lastId: null, version: null };
  return {
    written: row.written,
    found: row.alive !== null,
    phase: row.phase,
    hidden: row.hidden,
    alive: row.alive === true,
    lastId: row.last_id === null ? null : Number(row.last_id),
    version: row.version,
  };
}

/**
 * Writes the plain columns from the document [CO3], only if the idea row is still at `version` (no other
 * writer since the document was read). Returns the row's new version, or undefined when it was not written.
 */
export async function writeColumns(em: EntityManager, ideaId: string, version: string, columns: DocTexts): Promise<string | undefined> {
  const [row] = await runBound<{ version: string }>(
    em,
    `update idea set title = $1, description = $2, need = $3, beneficiaries = $4, economic_model = $5, updated_at = now()
     where id = $6 and xmin::text = $7 returning xmin::text as version`,
    [columns.title, columns.description, columns.need, columns.beneficiaries, columns.economicModel, ideaId, version],
    'germoir_collab_write_columns',
  );
  return row?.version;
}

/** Locks the room row (key share) then the idea row, as writeChecked does, for a transaction that reads before it writes [CO3a]. */
export async function lockCard(em: EntityManager, roomId: string, ideaId: string): Promise<void> {
  await runBound(em, `with r as materialized (select id from room where id = $1 for key share) select idea.id from r, idea where idea.id = $2 for update of idea`, [roomId, ideaId]);
}

/** Marks the idea row as written (a new version), for writers that append updates outside writeChecked [CO2a]. */
export async function touchIdea(em: EntityManager, ideaId: string): Promise<void> {
  await runBound(em, `update idea set updated_at = now() where id = $1`, [ideaId]);
}

/** Appends an update; returns its id. */
export async function appendUpdate(em: EntityManager, ideaId: string, update: Uint8Array): Promise<number> {
  const [row] = await runBound<{ id: string }>(em, 'insert into idea_doc_update (idea_id, update) values ($1, $2) returning id', [ideaId, Buffer.from(update.buffer, update.byteOffset, update.byteLength)]);
  return Number(row!.id);
}

/**
 * Locks the idea's row for the transaction. Every writer that appends to an idea's log (pushes, plain edits,
 * seeding) takes it before taking ids, so that one idea's update ids commit in increasing order and what
 * a statement reads is a prefix of the log: compaction never deletes a row it has not read [CO9].
 */
export async function lockIdea(em: EntityManager, ideaId: string): Promise<boolean> {
  const rows = await runBound<{ id: string }>(em, `select id from idea where id = $1 for update`, [ideaId]);
  return rows.length > 0;
}

/**
 * Folds every stored update of an idea into its snapshot [CO9], without holding the idea row, so that
 * pushes never wait for it. This relies on what the idea row lock gives every writer: update ids are taken
 * and committed in order, so what one statement reads is a prefix of the log. The snapshot of that prefix
 * is built outside any transaction, then written (only if it covers more than the stored one) together
 * with the deletion of the rows it covers, atomically. The document is rebuilt with garbage collection, so
 * deleted text stops taking space. `current` is such a snapshot already built: an in-memory document's
 * state and the last id it holds, every stored part up to it and nothing else (a loaded document, which
 * holds committed parts only). Returns the number of update rows folded in.
 */
export async function compactDoc(em: EntityManager, ideaId: string, current?: { state: Uint8Array; upto: number }): Promise<number> {
  let snapshot = current;
  if (!snapshot) {
    const parts = await readSince(em, ideaId, 0);
    if (!parts.some((p) => p.kind === 'update')) return 0;
    const doc = new Y.Doc({ gc: true });
    Y.transact(doc, () => {
      for (const p of parts) Y.applyUpdate(doc, p.bytes);
    });
    snapshot = { state: Y.encodeStateAsUpdate(doc), upto: Math.max(...parts.map((p) => p.id)) };
    doc.destroy();
  }
  const { state, upto } = snapshot;
  return em.transactional(async (tx) => {
    const written = await runBound(
      tx,
      `insert into idea_doc_snapshot (idea_id, state, upto_id, updated_at) values ($1, $2, $3, now())
       on conflict (idea_id) do update set state = excluded.state, upto_id = excluded.upto_id, updated_at = now()
       where idea_doc_snapshot.upto_id < excluded.upto_id
       returning upto_id`,
      [ideaId, Buffer.from(state.buffer, state.byteOffset, state.byteLength), upto],
      'germoir_collab_snapshot',
    );
    // Another compaction got further meanwhile: it has folded (and deleted) these rows already.
    if (written.length === 0) return 0;
    const deleted = await runBound(tx, `delete from idea_doc_update where idea_id = $1 and id <= $2 returning id`, [ideaId, upto], 'germoir_collab_fold');
    return deleted.length;
  });
}

/** Ideas whose update log is long or old enough to be compacted, oldest first. */
export async function compactionCandidates(em: EntityManager, minUpdates: number, olderThanMs: number, limit: number): Promise<string[]> {
  const rows = await runBound<{ idea_id: string }>(
    em,
    `select idea_id from idea_doc_update group by idea_id
     having count(*) >= $1 or min(created_at) < now() - ($2::float8 * interval '1 millisecond')
     order by min(id) limit $3`,
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
  const [row] = await runBound<{ updates: string; update_bytes: string | null; snapshot_bytes: string | null }>(
    em,
    `select (select count(*) from idea_doc_update where idea_id = $1) as updates,
            (select sum(octet_length(update)) from idea_doc_update where idea_id = $1) as update_bytes,
            (select octet_length(state) from idea_doc_snapshot where idea_id = $1) as snapshot_bytes`,
    [ideaId],
  );
  return { updates: Number(row!.updates), updateBytes: Number(row!.update_bytes ?? 0), snapshotBytes: Number(row!.snapshot_bytes ?? 0) };
}
