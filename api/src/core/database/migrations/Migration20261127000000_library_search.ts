import { Migration } from '@mikro-orm/migrations';

/**
 * A narrow copy of what a library search reads (library/search.ts): the records' tsvector and facet
 * columns, about a quarter of the width of `initiative` rows. A broad query ("vélo" matching 17 % of
 * 100,000 records) visits and ranks every match: on this table it touches ~4× fewer pages.
 * Kept by statement-level triggers on `initiative` (merged records are left out; deleted ones cascade).
 * `sample` is a fixed pseudo-random byte per record (the last byte of its uuid), from which broad searches
 * estimate their facet counts on a uniform subset.
 */
export class Migration20261127000000_library_search extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table initiative_search (
      id uuid primary key references initiative (id) on delete cascade,
      factory_id uuid not null,
      created_at timestamptz not null,
      status initiative_status not null,
      legal_form legal_form null,
      replication_mode replication_mode null,
      region text not null,
      theme_ids uuid[] not null,
      search tsvector not null,
      sample smallint generated always as (get_byte(uuid_send(id), 15)) stored
    );`);
    this.addSql(`insert into initiative_search (id, factory_id, created_at, status, legal_form, replication_mode, region, theme_ids, search)
      select id, factory_id, created_at, status, legal_form, replication_mode, region, theme_ids, search from initiative where merged_into_id is null;`);
    // No pending list: entries go straight into the index, so that searches never scan a list of recent
    // inserts linearly (imports pay a little more per row instead).
    this.addSql(`create index initiative_search_text_idx on initiative_search using gin (search) with (fastupdate = off);`);
    // The wide table's own text index is no longer read (suggestions join the narrow table too).
    this.addSql(`drop index initiative_search_idx;`);
    const columns = 'factory_id, created_at, status, legal_form, replication_mode, region, theme_ids, search';
    const excluded = columns.split(', ').map((c) => `excluded.${c}`).join(', ');
    this.addSql(`create function initiative_search_sync() returns trigger language plpgsql as $$
      begin
        delete from initiative_search s using changed c where s.id = c.id and c.merged_into_id is not null;
        insert into initiative_search as s (id, ${columns})
        select id, ${columns} from changed where merged_into_id is null
        -- In id order, so that concurrent statements lock rows alike.
        order by id
        on conflict (id) do update set (${columns}) = (${excluded})
        where (${columns.split(', ').map((c) => `s.${c}`).join(', ')}) is distinct from (${excluded});
        return null;
      end $$;`);
    this.addSql(`create trigger initiative_search_inserted after insert on initiative referencing new table as changed for each statement execute function initiative_search_sync();`);
    this.addSql(`create trigger initiative_search_updated after update on initiative referencing new table as changed for each statement execute function initiative_search_sync();`);
  }
}
