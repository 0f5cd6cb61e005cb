import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../core/context.js';
import { notFound } from '../core/errors.js';
import { idOf, toGlobalId } from '../core/graphql/node.js';
import { Factory } from '../factories/factory.entity.js';
import { territoriesOf } from '../factories/factory.service.js';
import { authorize } from '../identity/policy.js';
import { Cohort } from '../projects/project.entity.js';
import type { Funnel, FunnelInput, FunnelReport } from './funnel.types.js';

type Counts = Pick<Funnel, 'needs' | 'ideas' | 'shortlisted' | 'studied' | 'go' | 'launched' | 'jobsCreated'>;

const inPeriod = (column: string) => `((p.t_from is null or ${column} >= p.t_from) and (p.t_to is null or ${column} < p.t_to))`;

/*
 * One statement for any number of scopes (the factory, a territory, a cohort: one row of `p` each). A
 * territory filter keeps what concerns the territory or one inside it (a QPV of the metropolis) through
 * the needs; a cohort filter keeps its projects and what led to them.
 */
const FUNNEL_SQL = `
with recursive
  p as (
    select s.k, ?::uuid as factory_id, s.territory_id, s.cohort_id, ?::timestamptz as t_from, ?::timestamptz as t_to
    from unnest(array[?]::uuid[], array[?]::uuid[]) with ordinality as s(territory_id, cohort_id, k)
  ),
  terr(k, id) as (select k, territory_id from p where territory_id is not null union select terr.k, t.id from territory t join terr on t.parent_id = terr.id),
  cohort_studies as (select p.k, pr.study_id from project pr join p on pr.cohort_id = p.cohort_id),
  studies as (
    select p.k, s.id, s.idea_id, s.outcome, s.created_at from opportunity_study s join p on s.factory_id = p.factory_id
    where (p.territory_id is null or exists (select 1 from study_need sn join need n on n.id = sn.need_id where sn.study_id = s.id and n.territory_id in (select id from terr where terr.k = p.k)))
      and (p.cohort_id is null or s.id in (select study_id from cohort_studies c where c.k = p.k))
  )
select p.k,
  (select count(*) from need n where n.factory_id = p.factory_id
     and (p.territory_id is null or n.territory_id in (select id from terr where terr.k = p.k))
     and (p.cohort_id is null or n.id in (select sn.need_id from study_need sn where sn.study_id in (select study_id from cohort_studies c where c.k = p.k)))
     and ${inPeriod('n.created_at')})::int as needs,
  (select count(*) from idea i join room r on r.id = i.room_id where r.factory_id = p.factory_id and i.deleted_at is null and i.merged_into_id is null
     and (p.territory_id is null or exists (select 1 from idea_need x join need n on n.id = x.need_id where x.idea_id = i.id and n.territory_id in (select id from terr where terr.k = p.k)))
     and (p.cohort_id is null or i.id in (select idea_id from studies s where s.k = p.k))
     and ${inPeriod('i.created_at')})::int as ideas,
  (select count(*) from studies s where s.k = p.k and ${inPeriod('s.created_at')})::int as shortlisted,
  (select count(*) from studies s where s.k = p.k and exists (select 1 from steering_decision d where d.study_id = s.id)
     and ${inPeriod('(select min(d.decided_on) from steering_decision d where d.study_id = s.id)')})::int as studied,
  (select count(*) from studies s where s.k = p.k and s.outcome = 'GO'
     and ${inPeriod('(select d.decided_on from steering_decision d where d.study_id = s.id and not exists (select 1 from steering_decision x where x.supersedes_id = d.id))')})::int as go,
  (select count(*) from project pr where pr.study_id in (select id from studies s where s.k = p.k) and pr.stage = 'LAUNCHED' and ${inPeriod('pr.launched_at')})::int as launched,
  (select coalesce(sum(pr.jobs), 0) from project pr where pr.study_id in (select id from studies s where s.k = p.k) and pr.stage = 'LAUNCHED' and ${inPeriod('pr.launched_at')})::int as jobs
from p order by p.k
`;

/** One scope of a funnel: the whole factory (both null), a territory or a cohort. */
export interface FunnelScope {
  territoryId: string | null;
  cohortId: string | null;
}

/** The funnel counts of each scope, in order, over the period: one statement however many scopes. */
export async function countFunnels(em: EntityManager, factoryId: string, scopes: FunnelScope[], from: Date | null, to: Date | null): Promise<Counts[]> {
  const rows = await em.getConnection().execute<{ needs: number; ideas: number; shortlisted: number; studied: number; go: number; launched: number; jobs: number }[]>(
    FUNNEL_SQL,
    [factoryId, from?.toISOString() ?? null, to?.toISOString() ?? null, scopes.map((s) => s.territoryId), scopes.map((s) => s.cohortId)],
  );
  return rows.map((r) => ({ needs: r.needs, ideas: r.ideas, shortlisted: r.shortlisted, studied: r.studied, go: r.go, launched: r.launched, jobsCreated: r.jobs }));
}

async function factoryFor(ctx: Context, factoryId: string): Promise<Factory> {
  const factory = await ctx.em.findOne(Factory, factoryId);
  if (!factory) throw notFound('Factory');
  authorize(ctx.viewer, 'pipeline:read', factory.id);
  return factory;
}

/** The funnel of a factory, optionally of one territory (QPV included) or one cohort, over a period. */
export async function pipelineFunnel(ctx: Context, input: FunnelInput): Promise<Funnel> {
  const factory = await factoryFor(ctx, idOf(input.factoryId, 'Factory', 'factoryId'));
  const territoryId = input.territoryId ? idOf(input.territoryId, 'Territory', 'territoryId') : null;
  const cohortId = input.cohortId ? idOf(input.cohortId, 'Cohort', 'cohortId') : null;
  const [counts] = await countFunnels(ctx.em, factory.id, [{ territoryId, cohortId }], input.from ?? null, input.to ?? null);
  const scope = cohortId ? 'COHORT' : territoryId ? 'TERRITORY' : 'FACTORY';
  const label = cohortId
    ? ((await ctx.em.findOne(Cohort, { id: cohortId, factory: factory.id }))?.name ?? '')
    : territoryId ? await territoryName(ctx, territoryId) : factory.name;
  return { label, scope, scopeId: input.cohortId ?? input.territoryId ?? null, ...counts! };
}

async function territoryName(ctx: Context, id: string): Promise<string> {
  const [row] = await ctx.em.getConnection().execute<{ name: string }[]>('select name from territory where id = ?', [id]);
  return row?.name ?? '';
}

const CSV_COLUMNS = ['scope', 'label', 'from', 'to', 'needs', 'ideas', 'shortlisted', 'studied', 'go', 'launched', 'jobs_created'] as const;

/** A CSV cell: quoted when needed, and never read as a formula by a spreadsheet. */
function cell(value: string | number | null): string {
  let s = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function funnelCsv(rows: Funnel[], from: Date | null, to: Date | null): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of rows) {
    lines.push([r.scope, r.label, from?.toISOString() ?? null, to?.toISOString() ?? null, r.needs, r.ideas, r.shortlisted, r.studied, r.go, r.launched, r.jobsCreated].map(cell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The factory, each of its territories (QPV included) and each cohort, over a period, with the CSV. */
export async function funnelReport(ctx: Context, factoryGlobalId: string, from: Date | null, to: Date | null): Promise<FunnelReport> {
  const factory = await factoryFor(ctx, idOf(factoryGlobalId, 'Factory', 'factoryId'));
  const territories = await territoriesOf(ctx, factory);
  const cohorts = await ctx.em.find(Cohort, { factory: factory.id }, { orderBy: [{ startsOn: 'asc' }, { name: 'asc' }] });
  const scopes = [
    { label: factory.name, scope: 'FACTORY' as const, scopeId: null, territoryId: null, cohortId: null },
    ...territories.map((t) => ({ label: t.name, scope: 'TERRITORY' as const, scopeId: toGlobalId('Territory', t.id), territoryId: t.id, cohortId: null })),
    ...cohorts.map((c) => ({ label: c.name, scope: 'COHORT' as const, scopeId: toGlobalId('Cohort', c.id), territoryId: null, cohortId: c.id })),
  ];
  const counts = await countFunnels(ctx.em, factory.id, scopes, from, to);
  const rows: Funnel[] = scopes.map(({ label, scope, scopeId }, k) => ({ label, scope, scopeId, ...counts[k]! }));
  return { rows, csv: funnelCsv(rows, from, to) };
}
