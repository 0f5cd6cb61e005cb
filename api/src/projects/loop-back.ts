import type { Context } from '../core/context.js';
import { conflict, invalidStageTransition } from '../core/errors.js';
import { idOf, toGlobalId } from '../core/graphql/node.js';
import { Factory } from '../factories/factory.entity.js';
import { Territory } from '../factories/territory.entity.js';
import { authorize } from '../identity/policy.js';
import { Initiative } from '../library/initiative.entity.js';
import type { CreateInitiativeInput } from '../library/initiative.inputs.js';
import { createInitiative } from '../library/library.service.js';
import { Need } from '../needs/need.entity.js';
import { PipelineEventType } from '../pipeline/pipeline-event.js';
import { inPipelineTransaction } from '../pipeline/pipeline-tx.js';
import { CallApplication, Project, ProjectStage } from './project.entity.js';
import type { PublishProjectInput } from './project.inputs.js';
import { getProject } from './project.service.js';

/** The provenance line every record born here carries (the library has no provenance column of its own). */
export const provenanceOf = (factoryName: string) => `Lancée par ${factoryName} (fabrique à projets), accompagnée jusqu’au lancement.`;

/** The library fields a launched project fills in: name, summary, description with provenance, place, themes, jobs. */
async function prefill(ctx: Context, project: Project, input: PublishProjectInput): Promise<CreateInitiativeInput> {
  const factory = await ctx.em.findOneOrFail(Factory, project.factory.id);
  const needs = await ctx.em.find(Need, { id: { $in: (await ctx.em.getConnection().execute<{ need_id: string }[]>('select need_id from study_need where study_id = ?', [project.study.id])).map((r) => r.need_id) } });
  const territory = await ctx.em.findOneOrFail(Territory, needs[0]?.territory.id ?? factory.territory.id);
  const lead = project.lead ? await ctx.em.findOne(CallApplication, project.lead.id) : null;
  const launched = project.launchedAt ?? new Date();
  return {
    factoryId: toGlobalId('Factory', factory.id),
    publish: input.publish ?? false,
    fields: {
      name: project.title,
      summary: project.summary.split('\n')[0]!.slice(0, 300),
      description: [project.summary, provenanceOf(factory.name), lead ? `Porté par ${lead.name}.` : ''].filter(Boolean).join('\n\n'),
      place: { town: territory.name },
      themeIds: [...new Set(needs.map((n) => n.theme.id))].slice(0, 10).map((id) => toGlobalId('Theme', id)),
      yearStarted: launched.getUTCFullYear(),
      jobs: project.jobs !== null ? { count: project.jobs, asOf: launched.toISOString().slice(0, 10) } : null,
      sources: input.sources ?? [],
    },
  } as CreateInitiativeInput;
}

/**
 * Loop back: a launched project becomes an initiative of the factory's library (through the library's
 * own createInitiative: audit trail, duplicates, rules), prefilled, with the provenance "launched by
 * this factory". Once per project; a DRAFT unless `publish` (which needs sources).
 */
export async function publishProjectToLibrary(ctx: Context, input: PublishProjectInput): Promise<Initiative> {
  const project = await getProject(ctx, idOf(input.projectId, 'Project', 'projectId'), 'pipeline:manage');
  authorize(ctx.viewer, 'library:curate', project.factory.id);
  if (project.stage !== ProjectStage.LAUNCHED) throw invalidStageTransition(`Only a launched project can be published in the library; this one is in ${project.stage}.`);
  if (project.initiativeId) throw conflict('This project is already in the library.');
  const fields = await prefill(ctx, project, input);
  const initiativeId = await inPipelineTransaction(ctx, project.factory.id, async (tx) => {
    const current = await tx.em.findOneOrFail(Project, project.id, { refresh: true });
    if (current.initiativeId) throw conflict('This project is already in the library.');
    const { initiative } = await createInitiative({ ...ctx, em: tx.em }, fields);
    current.initiativeId = initiative.id;
    tx.emit(PipelineEventType.PROJECT_PUBLISHED, {
      studyId: toGlobalId('OpportunityStudy', current.study.id),
      projectId: toGlobalId('Project', current.id),
      initiativeId: toGlobalId('Initiative', initiative.id),
      stage: current.stage,
    });
    return initiative.id;
  });
  return ctx.em.findOneOrFail(Initiative, initiativeId);
}

/** The project an initiative was launched as, if any (its provenance), for whoever may read the pipeline. */
export async function launchedProjectOf(ctx: Context, initiative: Initiative): Promise<Project | null> {
  const project = await ctx.em.findOne(Project, { initiativeId: initiative.id });
  if (!project) return null;
  return getProject(ctx, project.id).catch(() => null);
}
