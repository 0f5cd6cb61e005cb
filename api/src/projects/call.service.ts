import type { Context } from '../core/context.js';
import { badUserInput, callClosed, conflict, notFound } from '../core/errors.js';
import { idOf, toGlobalId } from '../core/graphql/node.js';
import { RateLimiter } from '../core/rate-limit.js';
import { Factory } from '../factories/factory.entity.js';
import { authorize, can } from '../identity/policy.js';
import { PipelineEventType } from '../pipeline/pipeline-event.js';
import { inPipelineTransaction } from '../pipeline/pipeline-tx.js';
import { requireGo } from '../studies/decision.service.js';
import { OpportunityStudy } from '../studies/study.entity.js';
import { getStudy } from '../studies/study.service.js';
import { ApplicationOrigin, CallApplication, EntrepreneurCall, Project, ProjectStage } from './project.entity.js';
import type { ApplyToCallInput, OpenCallInput } from './project.inputs.js';

/** The public form is open to anyone: as for joining rooms, a fixed window per address slows floods down. */
const applyLimiter = new RateLimiter(10, 60_000);

/** A call as anyone may see it: open calls are public (the application form shows them). */
export async function getCall(ctx: Context, id: string): Promise<EntrepreneurCall> {
  const call = await ctx.loaders.load(EntrepreneurCall, id);
  if (!call) throw notFound('Call');
  if (!call.open) await getStudy(ctx, call.study.id);
  return call;
}

/** The call of a study, batched for lists of studies. */
export async function callOfStudy(ctx: Context, study: OpportunityStudy): Promise<EntrepreneurCall | null> {
  const [call] = await ctx.loaders.loadMany('study-call', (ids) => ctx.em.find(EntrepreneurCall, { study: { $in: ids } }), (c: EntrepreneurCall) => c.study.id, study.id);
  return call ?? null;
}

/** Opens the call for entrepreneurs of a study (NO_GO_DECISION unless its decision in force is GO). */
export async function openCall(ctx: Context, input: OpenCallInput): Promise<EntrepreneurCall> {
  const study = await getStudy(ctx, idOf(input.studyId, 'OpportunityStudy', 'studyId'), 'pipeline:manage');
  if (!(input.deadline instanceof Date) || input.deadline.getTime() <= Date.now()) throw badUserInput('The deadline must be in the future.', { 'input.deadline': ['must be in the future'] });
  const id = await inPipelineTransaction(ctx, study.factory.id, async (tx) => {
    const current = await tx.em.findOneOrFail(OpportunityStudy, study.id, { refresh: true });
    requireGo(current, 'A call for entrepreneurs');
    if (await tx.em.count(EntrepreneurCall, { study: study.id })) throw conflict('This study already has a call for entrepreneurs.');
    const call = new EntrepreneurCall(tx.em.getReference(Factory, study.factory.id), current, input.description.trim(), input.deadline);
    tx.em.persist(call);
    tx.emit(PipelineEventType.CALL_OPENED, { studyId: toGlobalId('OpportunityStudy', study.id), callId: toGlobalId('EntrepreneurCall', call.id) });
    return call.id;
  });
  return ctx.em.findOneOrFail(EntrepreneurCall, id);
}

export async function closeCall(ctx: Context, callId: string): Promise<EntrepreneurCall> {
  const call = await ctx.em.findOne(EntrepreneurCall, callId);
  if (!call) throw notFound('Call');
  await getStudy(ctx, call.study.id, 'pipeline:manage');
  if (call.closedAt) return call;
  await inPipelineTransaction(ctx, call.factory.id, async (tx) => {
    const current = await tx.em.findOneOrFail(EntrepreneurCall, call.id, { refresh: true });
    current.closedAt = new Date();
    tx.emit(PipelineEventType.CALL_CLOSED, { studyId: toGlobalId('OpportunityStudy', call.study.id), callId: toGlobalId('EntrepreneurCall', call.id) });
  });
  return ctx.em.findOneOrFail(EntrepreneurCall, call.id, { refresh: true });
}

/**
 * Applies to a call. Anyone, without a token, while it is open (rate-limited per address); facilitators
 * and write tokens enter applications received otherwise, even after the deadline.
 */
export async function applyToCall(ctx: Context, input: ApplyToCallInput): Promise<CallApplication> {
  const call = await ctx.em.findOne(EntrepreneurCall, idOf(input.callId, 'EntrepreneurCall', 'callId'));
  if (!call) throw notFound('Call');
  const staff = can(ctx.viewer, 'pipeline:manage', call.factory.id);
  if (!staff) {
    applyLimiter.hit(ctx.clientIp);
    if (!call.open) throw callClosed();
  }
  authorize(ctx.viewer, 'call:apply', { factoryId: call.factory.id, callOpen: call.open });
  const id = await inPipelineTransaction(ctx, call.factory.id, async (tx) => {
    const application = new CallApplication(tx.em.getReference(EntrepreneurCall, call.id), input.name.trim(), input.contact.trim(), staff ? ApplicationOrigin.FACILITATOR : ApplicationOrigin.PUBLIC_FORM);
    application.motivation = input.motivation?.trim() ?? '';
    tx.em.persist(application);
    tx.emit(PipelineEventType.APPLICATION_RECEIVED, {
      studyId: toGlobalId('OpportunityStudy', call.study.id),
      callId: toGlobalId('EntrepreneurCall', call.id),
      applicationId: toGlobalId('CallApplication', application.id),
    });
    return application.id;
  });
  return ctx.em.findOneOrFail(CallApplication, id);
}

/** Applications hold personal data: facilitators and write tokens only. */
export async function applicationsOf(ctx: Context, call: EntrepreneurCall): Promise<CallApplication[]> {
  authorize(ctx.viewer, 'pipeline:manage', call.factory.id);
  return ctx.em.find(CallApplication, { call: call.id }, { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
}

/** Chooses the project lead among the call's applications; the study's project must have started. */
export async function chooseLead(ctx: Context, applicationId: string): Promise<Project> {
  const application = await ctx.em.findOne(CallApplication, applicationId, { populate: ['call'] });
  if (!application) throw notFound('Application');
  const study = await getStudy(ctx, application.call.study.id, 'pipeline:manage');
  const id = await inPipelineTransaction(ctx, study.factory.id, async (tx) => {
    const project = await tx.em.findOne(Project, { study: study.id }, { refresh: true });
    if (!project) throw conflict('Start the project of this study before choosing its lead.');
    if (project.stage !== ProjectStage.SUPPORT) throw conflict('The lead of a launched or stopped project cannot change.');
    project.lead = tx.em.getReference(CallApplication, application.id);
    tx.emit(PipelineEventType.LEAD_CHOSEN, {
      studyId: toGlobalId('OpportunityStudy', study.id),
      projectId: toGlobalId('Project', project.id),
      applicationId: toGlobalId('CallApplication', application.id),
    });
    return project.id;
  });
  return ctx.em.findOneOrFail(Project, id, { refresh: true });
}

/** An application (personal data): facilitators and write tokens only. */
export async function getApplication(ctx: Context, id: string): Promise<CallApplication> {
  const application = await ctx.em.findOne(CallApplication, id, { populate: ['call'] });
  if (!application) throw notFound('Application');
  authorize(ctx.viewer, 'pipeline:manage', application.call.factory.id);
  return application;
}
