import { Migration } from '@mikro-orm/migrations';

/** Live ideation rooms: rooms, participants, ideas, clusters, votes, idempotency keys and the room event log. */
export class Migration20261126010000_rooms extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type room_phase as enum ('NEEDS', 'DIVERGE', 'CLUSTER', 'VOTE', 'CONVERGE', 'CLOSED');`);
    this.addSql(`create table room (
      id uuid primary key,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      factory_id uuid not null references factory (id) on delete cascade,
      title text not null,
      purpose text not null default '',
      code text not null unique,
      phase room_phase not null default 'NEEDS',
      settings jsonb not null,
      locked boolean not null default false,
      ideas_revealed boolean not null default false,
      tallies_revealed boolean not null default false,
      timer_ends_at timestamptz null,
      timer_paused_remaining_ms integer null,
      last_seq integer not null default 0,
      created_by_id uuid not null references app_user (id)
    );`);
    this.addSql(`create index room_factory_created_idx on room (factory_id, created_at desc, id desc);`);
    this.addSql(`create table room_need (
      room_id uuid not null references room (id) on delete cascade,
      need_id uuid not null references need (id) on delete cascade,
      primary key (room_id, need_id)
    );`);
    this.addSql(`create table participant (
      id uuid primary key,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      room_id uuid not null references room (id) on delete cascade,
      display_name text not null,
      user_id uuid null references app_user (id) on delete set null,
      removed_at timestamptz null,
      last_seen_at timestamptz not null,
      unique (room_id, user_id)
    );`);
    this.addSql(`create index participant_room_idx on participant (room_id);`);
    this.addSql(`create table cluster (
      id uuid primary key,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      room_id uuid not null references room (id) on delete cascade,
      label text not null,
      position double precision not null default 0
    );`);
    this.addSql(`create index cluster_room_idx on cluster (room_id);`);
    this.addSql(`create table idea (
      id uuid primary key,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      room_id uuid not null references room (id) on delete cascade,
      author_id uuid not null references participant (id),
      title text not null,
      description text not null default '',
      cluster_id uuid null references cluster (id) on delete set null,
      position double precision not null default 0,
      merged_into_id uuid null references idea (id),
      deleted_at timestamptz null
    );`);
    this.addSql(`create index idea_room_idx on idea (room_id, position);`);
    this.addSql(`create table idea_need (
      idea_id uuid not null references idea (id) on delete cascade,
      need_id uuid not null references need (id) on delete cascade,
      primary key (idea_id, need_id)
    );`);
    this.addSql(`create table vote (
      id uuid primary key,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      room_id uuid not null references room (id) on delete cascade,
      idea_id uuid not null references idea (id) on delete cascade,
      participant_id uuid not null references participant (id) on delete cascade,
      count integer not null check (count >= 0),
      unique (idea_id, participant_id)
    );`);
    this.addSql(`create index vote_room_participant_idx on vote (room_id, participant_id);`);
    // A retried mutation with the same key returns the first result instead of acting twice.
    this.addSql(`create table idempotency_key (
      participant_id uuid not null references participant (id) on delete cascade,
      key text not null,
      operation text not null,
      result jsonb not null,
      created_at timestamptz not null default now(),
      primary key (participant_id, key)
    );`);
    // The room event log (outbox): written in the same transaction as the change, published after commit.
    this.addSql(`create table room_event (
      room_id uuid not null references room (id) on delete cascade,
      seq integer not null,
      type text not null,
      audience text[] not null,
      payload jsonb not null,
      created_at timestamptz not null default now(),
      primary key (room_id, seq)
    );`);
    this.addSql(`alter table session add constraint session_participant_fk foreign key (participant_id) references participant (id) on delete cascade;`);
    this.addSql(`alter table session add constraint session_room_fk foreign key (room_id) references room (id) on delete cascade;`);
  }
}
