import { Migration } from '@mikro-orm/migrations';

/**
 * Co-editing (collaboration/): each idea's Yjs document is its snapshot (at most one row, covering every
 * update up to `upto_id`) plus the updates stored after it, append-only until compaction folds them in.
 */
export class Migration20261126030000_collaboration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table idea_doc_update (
      id bigserial primary key,
      idea_id uuid not null references idea (id) on delete cascade,
      update bytea not null,
      created_at timestamptz not null default now()
    );`);
    this.addSql(`create index idea_doc_update_idea_idx on idea_doc_update (idea_id, id);`);
    this.addSql(`create table idea_doc_snapshot (
      idea_id uuid primary key references idea (id) on delete cascade,
      state bytea not null,
      upto_id bigint not null,
      updated_at timestamptz not null default now()
    );`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists idea_doc_snapshot;`);
    this.addSql(`drop table if exists idea_doc_update;`);
  }
}
