import type { Context } from '../core/context.js';
import { notFound } from '../core/errors.js';
import { toGlobalId } from '../core/graphql/node.js';
import { Factory } from '../factories/factory.entity.js';
import { authorize } from '../identity/policy.js';
import { Cohort, Project, ProjectStage } from '../projects/project.entity.js';
import type { OpenDataProject } from './funnel.types.js';

/** Whether the factory shares its launched projects as open data (no row: not shared). */
export async function openDataOf(ctx: Context, factoryId: string): Promise<boolean> {
  const [row] = await ctx.em.getConnection().execute<{ open_data: boolean }[]>('select open_data from pipeline_settings where factory_id = ?', [factoryId]);
  return row?.open_data ?? false;
}

export async function setOpenData(ctx: Context, factoryId: string, open: boolean): Promise<boolean> {
  authorize(ctx.viewer, 'pipeline:share', factoryId);
  await ctx.em.getConnection().execute(
    `insert into pipeline_settings (factory_id, open_data) values (?, ?) on conflict (factory_id) do update set open_data = excluded.open_data, updated_at = now()`,
    [factoryId, open],
  );
  return open;
}

/** Launched projects of a factory, public fields only: anyone when the factory opts in, its people and tokens always. */
export async function openDataProjects(ctx: Context, factoryId: string): Promise<OpenDataProject[]> {
  const factory = await ctx.em.findOne(Factory, factoryId);
  if (!factory) throw notFound('Factory');
  authorize(ctx.viewer, 'pipeline:openData', { factoryId, openData: await openDataOf(ctx, factoryId) });
  const projects = await ctx.em.find(Project, { factory: factoryId, stage: ProjectStage.LAUNCHED }, { orderBy: [{ launchedAt: 'desc' }, { id: 'asc' }] });
  const ids = projects.map((p) => p.study.id);
  const places = ids.length
    ? await ctx.em.getConnection().execute<{ study_id: string; name: string }[]>(
        `select distinct sn.study_id, t.name from study_need sn join need n on n.id = sn.need_id join territory t on t.id = n.territory_id where sn.study_id in (?) order by t.name`,
        [ids],
      )
    : [];
  const cohortIds = projects.map((p) => p.cohort?.id).filter((id): id is string => !!id);
  const cohorts = cohortIds.length ? await ctx.em.find(Cohort, { id: { $in: cohortIds } }) : [];
  return projects.map((p) => ({
    id: toGlobalId('Project', p.id),
    title: p.title,
    summary: p.summary,
    factoryName: factory.name,
    territories: places.filter((r) => r.study_id === p.study.id).map((r) => r.name),
    cohort: cohorts.find((c) => c.id === p.cohort?.id)?.name ?? null,
    launchedAt: p.launchedAt!,
    jobs: p.jobs,
    turnoverBand: p.turnoverBand,
    beneficiaries: p.beneficiaries,
  }));
}
