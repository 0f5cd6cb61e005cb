import { Migration } from '@mikro-orm/migrations';

/** Territories, factories, identity (users, memberships, sessions, API tokens), themes and needs. */
export class Migration20261126000000_initial extends Migration {
  override async up(): Promise<void> {
    // Accent- and typo-tolerant French search (needs now, the library later). Both are trusted extensions.
    this.addSql(`create extension if not exists unaccent;`);
    this.addSql(`create extension if not exists pg_trgm;`);
    // unaccent() is only STABLE; this immutable wrapper can be used in indexes.
    this.addSql(`create or replace function f_unaccent(text) returns text language sql immutable parallel safe strict
      as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;`);
    this.addSql(`create type territory_kind as enum ('COMMUNE', 'INTERCOMMUNALITE', 'QPV', 'DEPARTEMENT', 'REGION');`);
    this.addSql(`create type membership_role as enum ('OWNER', 'FACILITATOR');`);
    this.addSql(`create type session_kind as enum ('FACILITATOR', 'PARTICIPANT');`);
    this.addSql(`create type need_status as enum ('OPEN', 'IN_PROGRESS', 'ADDRESSED', 'ARCHIVED');`);

    this.addSql(`create table app_setting (
      name text primary key,
      value text not null,
      created_at timestamptz not null default now()
    );`);

    this.addSql(`create table territory (
      id uuid primary key,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      name text not null,
      kind territory_kind not null,
      insee_code text null,
      parent_id uuid null references territory (id) on delete set null
    );`);

    this.addSql(`create table factory (
      id uuid primary key,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      name text not null,
      slug text not null unique,
      description text not null default '',
      territory_id uuid not null references territory (id)
    );`);

    this.addSql(`create table app_user (
      id uuid primary key,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      email text not null unique,
      display_name text not null,
      password_hash text not null
    );`);

    this.addSql(`create table membership (
      id uuid primary key,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      user_id uuid not null references app_user (id) on delete cascade,
      factory_id uuid not null references factory (id) on delete cascade,
      role membership_role not null,
      unique (user_id, factory_id)
    );`);
    this.addSql(`create index membership_factory_idx on membership (factory_id);`);

    this.addSql(`create table session (
      id uuid primary key,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      kind session_kind not null,
      user_id uuid null references app_user (id) on delete cascade,
      participant_id uuid null,
      room_id uuid null,
      factory_id uuid null references factory (id) on delete cascade,
      expires_at timestamptz not null,
      revoked_at timestamptz null
    );`);

    this.addSql(`create table api_token (
      id uuid primary key,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      factory_id uuid not null references factory (id) on delete cascade,
      name text not null,
      scopes text[] not null,
      secret_hash text not null,
      created_by_id uuid not null references app_user (id),
      last_used_at timestamptz null,
      revoked_at timestamptz null
    );`);
    this.addSql(`create index api_token_factory_idx on api_token (factory_id);`);

    this.addSql(`create table theme (
      id uuid primary key,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      slug text not null,
      label_fr text not null,
      label_en text not null,
      factory_id uuid null references factory (id) on delete cascade,
      unique nulls not distinct (factory_id, slug)
    );`);

    this.addSql(`create table need (
      id uuid primary key,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      factory_id uuid not null references factory (id) on delete cascade,
      territory_id uuid not null references territory (id),
      theme_id uuid not null references theme (id),
      title text not null,
      description text not null default '',
      evidence text not null default '',
      sources jsonb not null default '[]',
      status need_status not null default 'OPEN',
      reported_by text not null default '',
      created_by_id uuid not null references app_user (id),
      archived_at timestamptz null,
      search_text text generated always as (lower(f_unaccent(title || ' ' || description))) stored
    );`);
    this.addSql(`create index need_search_trgm_idx on need using gin (search_text gin_trgm_ops);`);
    this.addSql(`create index need_factory_created_idx on need (factory_id, created_at desc, id desc);`);
    this.addSql(`create index need_theme_idx on need (theme_id);`);
    this.addSql(`create index need_territory_idx on need (territory_id);`);

    const themes: [string, string, string][] = [
      ['alimentation-durable', 'Alimentation durable', 'Sustainable food'],
      ['mobilites-douces', 'Mobilités douces', 'Soft mobility'],
      ['economie-circulaire', 'Économie circulaire', 'Circular economy'],
      ['energies-citoyennes', 'Énergies citoyennes', 'Community energy'],
      ['habitat', 'Habitat', 'Housing'],
      ['sante-et-soin', 'Santé et soin', 'Health and care'],
      ['culture', 'Culture', 'Culture'],
      ['insertion-et-emploi', 'Insertion et emploi', 'Inclusion and employment'],
      ['numerique', 'Numérique', 'Digital'],
      ['lien-social', 'Lien social', 'Social ties'],
    ];
    for (const [slug, fr, en] of themes) {
      this.addSql(
        `insert into theme (id, created_at, updated_at, slug, label_fr, label_en) values (gen_random_uuid(), now(), now(), '${slug}', '${fr.replace(/'/g, "''")}', '${en}');`,
      );
    }
  }
}
