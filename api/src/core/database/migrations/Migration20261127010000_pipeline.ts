import { Migration } from '@mikro-orm/migrations';

/**
 * From idea to launched activity: opportunity studies (lineage, scoring grid, documents), steering
 * decisions (immutable), calls for entrepreneurs and applications, cohorts, projects with milestones
 * and key figures, and the factory-level pipeline event log.
 */
export class Migration20261127010000_pipeline extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type decision_outcome as enum ('GO', 'NO_GO', 'REWORK');`);
    this.addSql(`create type project_stage as enum ('SUPPORT', 'LAUNCHED', 'STOPPED');`);
    this.addSql(`create type turnover_band as enum ('UNDER_50K', 'FROM_50K_TO_200K', 'FROM_200K_TO_1M', 'OVER_1M');`);
    this.addSql(`create type application_origin as enum ('PUBLIC_FORM', 'FACILITATOR');`);

    // Per-factory pipeline settings and the event counter (locked while numbering: gap-free, in commit order).
    this.addSql(`create table pipeline_settings (
      factory_id uuid primary key references factory (id) on delete cascade,
      open_data boolean not null default false,
      last_seq integer not null default 0,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );`);
    this.addSql(`create table pipeline_event (
      factory_id uuid not null references factory (id) on delete cascade,
      seq integer not null,
      type text not null,
      payload jsonb not null,
      created_at timestamptz not null default now(),
      primary key (factory_id, seq)
    );`);

    // The scoring grid of each factory; the defaults are written on first use (studies/criteria.ts).
    this.addSql(`create table study_criterion (
      id uuid primary key,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      factory_id uuid not null references factory (id) on delete cascade,
      key text not null,
      label text not null,
      description text not null default '',
      position integer not null,
      archived_at timestamptz null,
      unique (factory_id, key)
    );`);

    // A shortlisted idea. Its lineage is copied when shortlisted, so it stays readable if the room changes.
    this.addSql(`create table opportunity_study (
      id uuid primary key,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      factory_id uuid not null references factory (id) on delete cascade,
      room_id uuid null references room (id) on delete set null,
      idea_id uuid null unique references idea (id) on delete set null,
      room_title text not null,
      idea_title text not null,
      source_idea_ids uuid[] not null default '{}',
      title text not null,
      summary text not null default '',
      outcome decision_outcome null,
      decided_at timestamptz null,
      shortlisted_by_id uuid null references app_user (id) on delete set null
    );`);
    this.addSql(`create index opportunity_study_factory_created_idx on opportunity_study (factory_id, created_at desc, id desc);`);
    this.addSql(`create table study_need (
      study_id uuid not null references opportunity_study (id) on delete cascade,
      need_id uuid not null references need (id) on delete cascade,
      primary key (study_id, need_id)
    );`);
    this.addSql(`create index study_need_need_idx on study_need (need_id);`);
    this.addSql(`create table study_reference (
      study_id uuid not null references opportunity_study (id) on delete cascade,
      initiative_id uuid not null references initiative (id) on delete cascade,
      note text not null default '',
      primary key (study_id, initiative_id)
    );`);
    this.addSql(`create table study_assessor (
      study_id uuid not null references opportunity_study (id) on delete cascade,
      user_id uuid not null references app_user (id) on delete cascade,
      primary key (study_id, user_id)
    );`);
    this.addSql(`create table study_document (
      id uuid primary key,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      study_id uuid not null references opportunity_study (id) on delete cascade,
      title text not null,
      url text not null
    );`);
    this.addSql(`create index study_document_study_idx on study_document (study_id);`);
    this.addSql(`create table study_score (
      id uuid primary key,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      study_id uuid not null references opportunity_study (id) on delete cascade,
      criterion_id uuid not null references study_criterion (id) on delete cascade,
      assessor_id uuid not null references app_user (id) on delete cascade,
      assessor_name text not null,
      score smallint not null check (score between 0 and 5),
      comment text not null default '',
      unique (study_id, criterion_id, assessor_id)
    );`);

    // A room's multi-criteria vote on the studies shortlisted from it: one score per participant and criterion.
    this.addSql(`create table study_room_score (
      study_id uuid not null references opportunity_study (id) on delete cascade,
      criterion_id uuid not null references study_criterion (id) on delete cascade,
      participant_id uuid not null references participant (id) on delete cascade,
      room_id uuid not null references room (id) on delete cascade,
      score smallint not null check (score between 0 and 5),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (study_id, criterion_id, participant_id)
    );`);

    // Steering committee decisions: never changed. A later decision supersedes the previous one; the
    // chain is linear (one first decision per study, each decision superseded at most once).
    this.addSql(`create table steering_decision (
      id uuid primary key,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      study_id uuid not null references opportunity_study (id) on delete cascade,
      outcome decision_outcome not null,
      decided_on date not null,
      members text[] not null,
      rationale text not null,
      recorded_by_id uuid null,
      recorded_by_name text not null,
      supersedes_id uuid null unique references steering_decision (id)
    );`);
    this.addSql(`create unique index steering_decision_first_idx on steering_decision (study_id) where supersedes_id is null;`);
    // No UPDATE ever; no DELETE except the cascade of a study (or factory) being deleted (trigger depth > 1).
    this.addSql(`create function steering_decision_immutable() returns trigger language plpgsql as $$
      begin
        if tg_op = 'UPDATE' or pg_trigger_depth() <= 1 then
          raise exception 'steering decisions are immutable: record a new decision that supersedes this one'
            using errcode = 'check_violation';
        end if;
        return old;
      end $$;`);
    this.addSql(`create trigger steering_decision_immutable before update or delete on steering_decision
      for each row execute function steering_decision_immutable();`);

    this.addSql(`create table entrepreneur_call (
      id uuid primary key,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      factory_id uuid not null references factory (id) on delete cascade,
      study_id uuid not null unique references opportunity_study (id) on delete cascade,
      description text not null,
      deadline timestamptz not null,
      closed_at timestamptz null
    );`);
    this.addSql(`create table call_application (
      id uuid primary key,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      call_id uuid not null references entrepreneur_call (id) on delete cascade,
      name text not null,
      contact text not null,
      motivation text not null default '',
      origin application_origin not null
    );`);
    this.addSql(`create index call_application_call_idx on call_application (call_id, created_at);`);

    this.addSql(`create table cohort (
      id uuid primary key,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      factory_id uuid not null references factory (id) on delete cascade,
      name text not null,
      starts_on date not null,
      ends_on date null,
      unique (factory_id, name)
    );`);
    this.addSql(`create table project (
      id uuid primary key,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      factory_id uuid not null references factory (id) on delete cascade,
      study_id uuid not null unique references opportunity_study (id) on delete cascade,
      cohort_id uuid null references cohort (id) on delete set null,
      title text not null,
      summary text not null default '',
      lead_id uuid null unique references call_application (id) on delete set null,
      stage project_stage not null default 'SUPPORT',
      stopped_reason text not null default '',
      launched_at timestamptz null,
      stopped_at timestamptz null,
      jobs integer null check (jobs >= 0),
      turnover_band turnover_band null,
      beneficiaries integer null check (beneficiaries >= 0),
      initiative_id uuid null unique references initiative (id) on delete set null,
      -- The service says so first (stable error codes); this keeps scripts honest too.
      constraint project_launched_has_lead check (stage <> 'LAUNCHED' or lead_id is not null),
      constraint project_stopped_has_reason check (stage <> 'STOPPED' or length(stopped_reason) > 0)
    );`);
    this.addSql(`create index project_factory_created_idx on project (factory_id, created_at desc, id desc);`);
    this.addSql(`create index project_cohort_idx on project (cohort_id);`);
    this.addSql(`create table project_milestone (
      id uuid primary key,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      project_id uuid not null references project (id) on delete cascade,
      title text not null,
      planned_on date null,
      done_on date null
    );`);
    this.addSql(`create index project_milestone_project_idx on project_milestone (project_id);`);
  }
}
