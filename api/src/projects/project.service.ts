import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Context } from '../core/context.js';
import { paginate } from '../core/database/paginate.js';
import { badUserInput, conflict, invalidStageTransition, noProjectLead, notFound } from '../core/errors.js';
import { idOf, toGlobalId } from '../core/graphql/node.js';
import type { ConnectionShape } from '../core/graphql/relay.js';
import { Factory } from '../factories/factory.entity.js';
import { authorize } from '../identity/policy.js';
import { PipelineEventType } from '../pipeline/pipeline-event.js';
import { inPipelineTransaction, type PipelineTx } from '../pipeline/pipeline-tx.js';
import { requireGo } from '../studies/decision.service.js';
import { DecisionOutcome, OpportunityStudy } from '../studies/study.entity.js';
import { getStudy } from '../studies/study.service.js';
import { Cohort, PipelineStage, Project, ProjectMilestone, ProjectStage } from './project.entity.js';
import { callOfStudy } from './call.service.js';
import type { CreateCohortInput, MilestoneInput, ProjectsArgs, StartProjectInput, UpdateProjectInput } from './project.inputs.js';

export async function getProject(ctx: Context, id: string, action: 'pipeline:read' | 'pipeline:manage' = 'pipeline:read'): Promise<Project> {
  const project = await ctx.loaders.load(Project, id);
  if (!project) throw notFound('Project');
  authorize(ctx.viewer, action, project.factory.id);
  return project;
}

export async function listProjects(ctx: Context, factoryId: string, args: ProjectsArgs): Promise<ConnectionShape<Project>> {
  authorize(ctx.viewer, 'pipeline:read', factoryId);
  const where: Record<string, unknown> = { factory: factoryId };
  if (args.stage) where.stage = args.stage;
  if (args.cohortId) where.cohort = idOf(args.cohortId, 'Cohort', 'cohortId');
  return paginate(ctx.em, Project, where, args);
}

/** The project of a study, batched for lists of studies (the pipeline board). */
export async function projectOfStudy(ctx: Context, study: OpportunityStudy): Promise<Project | null> {
  const [project] = await ctx.loaders.loadMany('study-project', (ids) => ctx.em.find(Project, { study: { $in: ids } }), (p: Project) => p.study.id, study.id);
  return project ?? null;
}

/** The study's column on the pipeline board (batched like its project and call). */
export async function stageOfStudy(ctx: Context, study: OpportunityStudy): Promise<PipelineStage> {
  const project = await projectOfStudy(ctx, study);
  if (project) return PipelineStage[project.stage as ProjectStage];
  if (study.outcome !== DecisionOutcome.GO) return study.outcome ? PipelineStage[study.outcome] : PipelineStage.SHORTLISTED;
  return (await callOfStudy(ctx, study))?.open ? PipelineStage.CALL_OPEN : PipelineStage.GO;
}

/* ---------------------------------------------------------------- cohorts */

export async function cohortsOf(ctx: Context, factoryId: string): Promise<Cohort[]> {
  authorize(ctx.viewer, 'pipeline:read', factoryId);
  return ctx.em.find(Cohort, { factory: factoryId }, { orderBy: [{ startsOn: 'desc' }, { name: 'asc' }] });
}

export async function getCohort(ctx: Context, id: string): Promise<Cohort> {
  const cohort = await ctx.loaders.load(Cohort, id);
  if (!cohort) throw notFound('Cohort');
  authorize(ctx.viewer, 'pipeline:read', cohort.factory.id);
  return cohort;
}

export async function createCohort(ctx: Context, input: CreateCohortInput): Promise<Cohort> {
  const factoryId = idOf(input.factoryId, 'Factory', 'factoryId');
  authorize(ctx.viewer, 'pipeline:manage', factoryId);
  if (input.endsOn && input.endsOn < input.startsOn) throw badUserInput('A cohort cannot end before it starts.', { 'input.endsOn': ['must not be before startsOn'] });
  const cohort = new Cohort(ctx.em.getReference(Factory, factoryId), input.name.trim(), input.startsOn);
  cohort.endsOn = input.endsOn ?? null;
  try {
    await ctx.em.persist(cohort).flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw conflict('A cohort of this factory already has this name.');
    throw error;
  }
  return cohort;
}

export function projectsOfCohort(ctx: Context, cohort: Cohort): Promise<Project[]> {
  return ctx.loaders.loadMany(
    'cohort-projects',
    (ids) => ctx.em.find(Project, { cohort: { $in: ids } }, { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }),
    (p: Project) => p.cohort!.id,
    cohort.id,
  );
}

async function cohortIn(tx: PipelineTx, factoryId: string, cohortId: string): Promise<Cohort> {
  const cohort = await tx.em.findOne(Cohort, { id: idOf(cohortId, 'Cohort', 'cohortId'), factory: factoryId });
  if (!cohort) throw notFound('Cohort');
  return cohort;
}

/* ---------------------------------------------------------------- projects and stages */

/** Starts the project of a study (NO_GO_DECISION unless its decision in force is GO), in stage SUPPORT. */
export async function startProject(ctx: Context, input: StartProjectInput): Promise<Project> {
  const study = await getStudy(ctx, idOf(input.studyId, 'OpportunityStudy', 'studyId'), 'pipeline:manage');
  const id = await inPipelineTransaction(ctx, study.factory.id, async (tx) => {
    const current = await tx.em.findOneOrFail(OpportunityStudy, study.id, { refresh: true });
    requireGo(current, 'A project');
    if (await tx.em.count(Project, { study: study.id })) throw conflict('This study already has a project.');
    const project = new Project(tx.em.getReference(Factory, study.factory.id), current, input.title?.trim() || current.title);
    project.summary = current.summary;
    if (input.cohortId) project.cohort = await cohortIn(tx, study.factory.id, input.cohortId);
    tx.em.persist(project);
    tx.emit(PipelineEventType.PROJECT_STARTED, { studyId: toGlobalId('OpportunityStudy', study.id), projectId: toGlobalId('Project', project.id), stage: project.stage });
    return project.id;
  });
  return ctx.em.findOneOrFail(Project, id);
}

export async function updateProject(ctx: Context, input: UpdateProjectInput): Promise<Project> {
  const project = await getProject(ctx, idOf(input.id, 'Project'), 'pipeline:manage');
  return inPipelineTransaction(ctx, project.factory.id, async (tx) => {
    const p = await tx.em.findOneOrFail(Project, project.id, { refresh: true });
    if (input.title != null) p.title = input.title.trim();
    if (input.summary != null) p.summary = input.summary.trim();
    if (input.cohortId !== undefined) p.cohort = input.cohortId ? await cohortIn(tx, p.factory.id, input.cohortId) : null;
    if (input.jobs !== undefined) p.jobs = input.jobs ?? null;
    if (input.turnoverBand !== undefined) p.turnoverBand = input.turnoverBand ?? null;
    if (input.beneficiaries !== undefined) p.beneficiaries = input.beneficiaries ?? null;
    return p;
  });
}

/** SUPPORT → LAUNCHED or STOPPED; nothing else (INVALID_STAGE_TRANSITION). */
function requireSupport(project: Project, to: ProjectStage): void {
  if (project.stage !== ProjectStage.SUPPORT) throw invalidStageTransition(`A project in stage ${project.stage} cannot move to ${to}: only a project in SUPPORT can.`);
}

async function changeStage(ctx: Context, projectId: string, to: ProjectStage, apply: (p: Project, tx: PipelineTx) => void | Promise<void>): Promise<Project> {
  const project = await getProject(ctx, projectId, 'pipeline:manage');
  await inPipelineTransaction(ctx, project.factory.id, async (tx) => {
    const p = await tx.em.findOneOrFail(Project, project.id, { refresh: true });
    requireSupport(p, to);
    await apply(p, tx);
    p.stage = to;
    tx.emit(to === ProjectStage.LAUNCHED ? PipelineEventType.PROJECT_LAUNCHED : PipelineEventType.PROJECT_STOPPED, {
      studyId: toGlobalId('OpportunityStudy', p.study.id),
      projectId: toGlobalId('Project', p.id),
      stage: to,
    });
  });
  return ctx.em.findOneOrFail(Project, project.id, { refresh: true });
}

/** Launches a project (NO_PROJECT_LEAD without a chosen lead); the needs it answers become ADDRESSED. */
export function launchProject(ctx: Context, projectId: string, launchedAt: Date | null): Promise<Project> {
  return changeStage(ctx, projectId, ProjectStage.LAUNCHED, async (p, tx) => {
    if (!p.lead) throw noProjectLead();
    p.launchedAt = launchedAt ?? new Date();
    await tx.em.getConnection().execute(
      `update need set status = 'ADDRESSED', updated_at = now() where status in ('OPEN', 'IN_PROGRESS') and id in (select need_id from study_need where study_id = ?)`,
      [p.study.id], 'run', tx.em.getTransactionContext(),
    );
  });
}

/** Stops a project before launch, with a reason. */
export function stopProject(ctx: Context, projectId: string, reason: string): Promise<Project> {
  const why = reason.trim();
  if (!why) throw badUserInput('Say why the project stops.', { reason: ['is required'] });
  return changeStage(ctx, projectId, ProjectStage.STOPPED, (p) => {
    p.stoppedReason = why;
    p.stoppedAt = new Date();
  });
}

/* ---------------------------------------------------------------- milestones */

export async function saveMilestone(ctx: Context, input: MilestoneInput): Promise<ProjectMilestone> {
  const project = await getProject(ctx, idOf(input.projectId, 'Project', 'projectId'), 'pipeline:manage');
  let milestone: ProjectMilestone | null;
  if (input.id) {
    milestone = await ctx.em.findOne(ProjectMilestone, { id: idOf(input.id, 'ProjectMilestone'), project: project.id });
    if (!milestone) throw notFound('Milestone');
    milestone.title = input.title.trim();
  } else {
    milestone = new ProjectMilestone(project, input.title.trim());
    ctx.em.persist(milestone);
  }
  if (input.plannedOn !== undefined) milestone.plannedOn = input.plannedOn ?? null;
  if (input.doneOn !== undefined) milestone.doneOn = input.doneOn ?? null;
  await ctx.em.flush();
  return milestone;
}

export async function deleteMilestone(ctx: Context, id: string): Promise<boolean> {
  const milestone = await ctx.em.findOne(ProjectMilestone, id);
  if (!milestone) throw notFound('Milestone');
  await getProject(ctx, milestone.project.id, 'pipeline:manage');
  await ctx.em.remove(milestone).flush();
  return true;
}

export function milestonesOf(ctx: Context, project: Project): Promise<ProjectMilestone[]> {
  return ctx.loaders.loadMany(
    'project-milestones',
    (ids) => ctx.em.find(ProjectMilestone, { project: { $in: ids } }, { orderBy: [{ plannedOn: 'asc' }, { createdAt: 'asc' }] }),
    (m: ProjectMilestone) => m.project.id,
    project.id,
  );
}

export async function getMilestone(ctx: Context, id: string): Promise<ProjectMilestone> {
  const milestone = await ctx.loaders.load(ProjectMilestone, id);
  if (!milestone) throw notFound('Milestone');
  await getProject(ctx, milestone.project.id);
  return milestone;
}
