import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../core/context.js';
import { noGoDecision, notFound } from '../core/errors.js';
import { idOf, toGlobalId } from '../core/graphql/node.js';
import { authorize } from '../identity/policy.js';
import { actorOf } from '../library/library.service.js';
import { PipelineEventType } from '../pipeline/pipeline-event.js';
import { inPipelineTransaction } from '../pipeline/pipeline-tx.js';
import { DecisionOutcome, OpportunityStudy, SteeringDecision } from './study.entity.js';
import type { RecordDecisionInput } from './study.inputs.js';
import { getStudy } from './study.service.js';

/** The decision in force: the one no later decision supersedes. */
async function currentDecision(em: EntityManager, studyId: string): Promise<SteeringDecision | null> {
  const [row] = await em.getConnection().execute<{ id: string }[]>(
    `select d.id from steering_decision d where d.study_id = ? and not exists (select 1 from steering_decision s where s.supersedes_id = d.id)`,
    [studyId], 'all', em.getTransactionContext(),
  );
  return row ? em.findOneOrFail(SteeringDecision, row.id) : null;
}

/**
 * Records a steering committee decision (facilitators). It never changes an earlier one: it supersedes
 * the decision in force, which stays in the log as it was. The study's outcome follows the new decision.
 */
export async function recordDecision(ctx: Context, input: RecordDecisionInput): Promise<SteeringDecision> {
  const study = await getStudy(ctx, idOf(input.studyId, 'OpportunityStudy', 'studyId'));
  authorize(ctx.viewer, 'pipeline:decide', study.factory.id);
  const actor = await actorOf(ctx);
  const id = await inPipelineTransaction(ctx, study.factory.id, async (tx) => {
    // Pipeline writes of the factory are serialised (pipeline-tx.ts): the decision in force cannot change meanwhile.
    const current = await tx.em.findOneOrFail(OpportunityStudy, study.id, { refresh: true });
    const decision = new SteeringDecision({
      study: current,
      outcome: input.outcome,
      decidedOn: input.decidedOn,
      members: [...new Set(input.members.map((m) => m.trim()).filter(Boolean))],
      rationale: input.rationale.trim(),
      recordedByName: actor.name,
    });
    decision.recordedById = actor.userId;
    decision.supersedes = await currentDecision(tx.em, current.id);
    current.outcome = input.outcome;
    current.decidedAt = decision.createdAt;
    tx.em.persist(decision);
    await tx.em.flush();
    tx.emit(PipelineEventType.DECISION_RECORDED, {
      studyId: toGlobalId('OpportunityStudy', current.id),
      decisionId: toGlobalId('SteeringDecision', decision.id),
      stage: input.outcome,
    });
    return decision.id;
  });
  return ctx.em.findOneOrFail(SteeringDecision, id);
}

/** The decision log of a study, newest first (the first one is in force). */
export function decisionsOf(ctx: Context, study: OpportunityStudy): Promise<SteeringDecision[]> {
  return ctx.loaders.loadMany(
    'study-decisions',
    (ids) => ctx.em.find(SteeringDecision, { study: { $in: ids } }, { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }),
    (d: SteeringDecision) => d.study.id,
    study.id,
  );
}

export async function supersededBy(ctx: Context, decision: SteeringDecision): Promise<SteeringDecision | null> {
  const [later] = await ctx.loaders.loadMany(
    'decision-superseded-by',
    (ids) => ctx.em.find(SteeringDecision, { supersedes: { $in: ids } }),
    (d: SteeringDecision) => d.supersedes!.id,
    decision.id,
  );
  return later ?? null;
}

export async function getDecision(ctx: Context, id: string): Promise<SteeringDecision> {
  const decision = await ctx.em.findOne(SteeringDecision, id);
  if (!decision) throw notFound('Decision');
  await getStudy(ctx, decision.study.id);
  return decision;
}

/** Throws NO_GO_DECISION unless the study's decision in force is GO (calls and projects need it). */
export function requireGo(study: OpportunityStudy, what: string): void {
  if (study.outcome !== DecisionOutcome.GO) {
    throw noGoDecision(`${what} needs a GO from the steering committee; the decision in force is ${study.outcome ?? 'none yet'}.`);
  }
}
