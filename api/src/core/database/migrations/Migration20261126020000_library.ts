import { Migration } from '@mikro-orm/migrations';

/**
 * The benchmark library: initiatives of each factory, their themes, the audit trail, links to ideas,
 * and the per-factory sharing setting. French search lives here (see library/search.ts): a weighted
 * tsvector over unaccented text (GIN); a lexicon of the words of names and summaries with trigrams
 * (GIN), to correct typos in queries; theme ids copied on the row and a covering index, for facets.
 */
export class Migration20261126020000_library extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type initiative_status as enum ('DRAFT', 'PUBLISHED', 'ARCHIVED');`);
    this.addSql(`create type legal_form as enum ('ASSOCIATION', 'SCIC', 'SCOP', 'SAS_ESUS', 'ENTREPRISE_INSERTION', 'REGIE_DE_QUARTIER', 'COLLECTIVITE', 'OTHER');`);
    this.addSql(`create type replication_mode as enum ('BRANCH', 'SOCIAL_FRANCHISE', 'LICENCE', 'NETWORK_MEMBERSHIP', 'FREE_INSPIRATION');`);

    // One row per factory that changed its library settings; no row means "not shared".
    this.addSql(`create table library (
      factory_id uuid primary key references factory (id) on delete cascade,
      public boolean not null default false,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );`);

    this.addSql(`create table initiative (
      id uuid primary key,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      factory_id uuid not null references factory (id) on delete cascade,
      name text not null,
      summary text not null default '',
      description text not null default '',
      town text not null default '',
      postcode text not null default '',
      departement text not null default '',
      region text not null default '',
      country text not null default 'FR',
      latitude double precision null,
      longitude double precision null,
      legal_form legal_form null,
      legal_form_detail text not null default '',
      economic_model text not null default '',
      revenue_sources text[] not null default '{}',
      year_started integer null,
      jobs_count integer null,
      jobs_as_of date null,
      funders text[] not null default '{}',
      replication_mode replication_mode null,
      preconditions text[] not null default '{}',
      min_population integer null,
      preconditions_note text not null default '',
      transferable text not null default '',
      transfer_contact text not null default '',
      sources jsonb not null default '[]',
      status initiative_status not null default 'DRAFT',
      curated_by_id uuid null references app_user (id) on delete set null,
      published_at timestamptz null,
      archived_at timestamptz null,
      merged_into_id uuid null references initiative (id),
      -- Copy of initiative_theme (kept by the triggers below): facets and theme filters read the row only.
      theme_ids uuid[] not null default '{}',
      name_folded text generated always as (lower(f_unaccent(name))) stored,
      search tsvector generated always as (
        setweight(to_tsvector('french', f_unaccent(name)), 'A') ||
        setweight(to_tsvector('french', f_unaccent(summary)), 'B') ||
        setweight(to_tsvector('french', f_unaccent(description || ' ' || transferable || ' ' || economic_model)), 'C') ||
        setweight(to_tsvector('french', f_unaccent(town || ' ' || departement || ' ' || region)), 'D')
      ) stored,
      -- The service says so first (BAD_USER_INPUT); this keeps imports and scripts honest too.
      constraint initiative_published_has_source check (status <> 'PUBLISHED' or jsonb_array_length(sources) > 0)
    );`);
    this.addSql(`create index initiative_search_idx on initiative using gin (search);`);
    this.addSql(`create index initiative_name_trgm_idx on initiative using gin (name_folded gin_trgm_ops);`);
    // Lists and facets without a text query: newest first, and every facet column, from the index alone.
    this.addSql(`create index initiative_factory_created_idx on initiative (factory_id, created_at desc, id desc)
      include (status, legal_form, replication_mode, region, theme_ids) where merged_into_id is null;`);
    // Imports match rows to records by name (and town): an equality lookup.
    this.addSql(`create index initiative_factory_name_idx on initiative (factory_id, name_folded);`);
    this.addSql(`create index initiative_merged_into_idx on initiative (merged_into_id) where merged_into_id is not null;`);

    this.addSql(`create table initiative_theme (
      initiative_id uuid not null references initiative (id) on delete cascade,
      theme_id uuid not null references theme (id) on delete cascade,
      primary key (initiative_id, theme_id)
    );`);
    this.addSql(`create index initiative_theme_theme_idx on initiative_theme (theme_id);`);
    this.addSql(`create function initiative_theme_ids() returns trigger language plpgsql as $$
      begin
        update initiative i set theme_ids = coalesce((select array_agg(t.theme_id order by t.theme_id) from initiative_theme t where t.initiative_id = i.id), '{}')
        where i.id in (select initiative_id from changed);
        return null;
      end $$;`);
    this.addSql(`create trigger initiative_theme_inserted after insert on initiative_theme referencing new table as changed for each statement execute function initiative_theme_ids();`);
    this.addSql(`create trigger initiative_theme_deleted after delete on initiative_theme referencing old table as changed for each statement execute function initiative_theme_ids();`);

    // The words of names and summaries, per factory: queries correct their typos against it. Words are
    // only added (a stale word can only suggest a correction that then matches nothing).
    this.addSql(`create table library_word (
      factory_id uuid not null references factory (id) on delete cascade,
      word text not null,
      primary key (factory_id, word)
    );`);
    this.addSql(`create index library_word_trgm_idx on library_word using gin (word gin_trgm_ops);`);
    this.addSql(`create function library_words() returns trigger language plpgsql as $$
      begin
        insert into library_word (factory_id, word)
        select distinct n.factory_id, w from changed n, regexp_split_to_table(lower(f_unaccent(n.name || ' ' || n.summary)), '[^a-z0-9]+') w
        where length(w) between 3 and 40 and w ~ '[a-z]'
        on conflict do nothing;
        return null;
      end $$;`);
    this.addSql(`create trigger initiative_words_inserted after insert on initiative referencing new table as changed for each statement execute function library_words();`);
    this.addSql(`create trigger initiative_words_updated after update on initiative referencing new table as changed for each statement execute function library_words();`);

    // Facet counts of each library without a text query (browsing, filters): records per (status, legal
    // form, replication mode, région), and per theme too (theme_id = the nil uuid: the record itself).
    // Kept by statement-level triggers from the rows each statement changed; merged records not counted.
    this.addSql(`create table library_facet_count (
      factory_id uuid not null references factory (id) on delete cascade,
      status initiative_status not null,
      legal_form legal_form null,
      replication_mode replication_mode null,
      region text not null,
      theme_id uuid not null,
      n integer not null,
      unique nulls not distinct (factory_id, theme_id, status, legal_form, replication_mode, region)
    );`);
    // The same counting for the three triggers, from the transition tables of the statement.
    const countRows = (rows: string) => `
      with rows as (${rows}),
      keyed as (
        select factory_id, status, legal_form, replication_mode, region, '00000000-0000-0000-0000-000000000000'::uuid as theme_id, sign from rows
        union all
        select factory_id, status, legal_form, replication_mode, region, t, sign from rows, unnest(theme_ids) t
      ),
      delta as (
        select factory_id, status, legal_form, replication_mode, region, theme_id, sum(sign)::int as n from keyed
        -- A factory being deleted takes its counts along.
        where factory_id in (select id from factory)
        group by 1, 2, 3, 4, 5, 6 having sum(sign) <> 0
        -- One order for every writer: concurrent statements take counter locks alike, without deadlocks.
        order by 1, 6, 2, 3, 4, 5
      )
      insert into library_facet_count as c (factory_id, status, legal_form, replication_mode, region, theme_id, n)
      select * from delta
      on conflict (factory_id, theme_id, status, legal_form, replication_mode, region) do update set n = c.n + excluded.n;`;
    const columns = (table: string, sign: number) =>
      `select factory_id, status, legal_form, replication_mode, region, theme_ids, ${sign} as sign from ${table} where merged_into_id is null`;
    for (const [name, rows] of [
      ['library_facets_inserted', columns('changed', 1)],
      ['library_facets_deleted', columns('old_rows', -1)],
      ['library_facets_updated', `${columns('changed', 1)} union all ${columns('old_rows', -1)}`],
    ] as const) {
      this.addSql(`create function ${name}() returns trigger language plpgsql as $$ begin ${countRows(rows)} return null; end $$;`);
    }
    this.addSql(`create trigger initiative_facets_inserted after insert on initiative referencing new table as changed for each statement execute function library_facets_inserted();`);
    this.addSql(`create trigger initiative_facets_deleted after delete on initiative referencing old table as old_rows for each statement execute function library_facets_deleted();`);
    this.addSql(`create trigger initiative_facets_updated after update on initiative referencing old table as old_rows new table as changed for each statement execute function library_facets_updated();`);

    // Who changed what: one row per change, with the before/after of the fields that changed.
    this.addSql(`create table initiative_change (
      id uuid primary key,
      created_at timestamptz not null,
      initiative_id uuid not null references initiative (id) on delete cascade,
      action text not null,
      actor_name text not null,
      actor_user_id uuid null references app_user (id) on delete set null,
      actor_token_id uuid null references api_token (id) on delete set null,
      changes jsonb not null default '[]'
    );`);
    this.addSql(`create index initiative_change_initiative_idx on initiative_change (initiative_id, created_at, id);`);

    // An initiative an idea draws on, with a note on what to transfer.
    this.addSql(`create table reference_link (
      id uuid primary key,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      initiative_id uuid not null references initiative (id) on delete cascade,
      idea_id uuid not null references idea (id) on delete cascade,
      note text not null default '',
      linked_by_name text not null,
      unique (initiative_id, idea_id)
    );`);
    this.addSql(`create index reference_link_idea_idx on reference_link (idea_id);`);
  }
}
