import type { Context } from '../core/context.js';
import { forbidden, notFound } from '../core/errors.js';
import { idOf, toGlobalId } from '../core/graphql/node.js';
import { authorize } from '../identity/policy.js';
import { User } from '../identity/user.entity.js';
import { actorOf } from '../library/library.service.js';
import { PipelineEventType } from '../pipeline/pipeline-event.js';
import { inPipelineTransaction } from '../pipeline/pipeline-tx.js';
import { criteriaFor } from './criteria.js';
import { roomScoresOf } from './room-vote.js';
import { gridOf, type StudyGrid } from './scoring.js';
import { OpportunityStudy, StudyCriterion, StudyScore } from './study.entity.js';
import type { ScoreStudyInput } from './study.inputs.js';
import { getStudy, studyScope } from './study.service.js';

/** An assessor scores one criterion (0–5) with a comment; scoring again replaces their score. */
export async function scoreStudy(ctx: Context, input: ScoreStudyInput): Promise<OpportunityStudy> {
  const study = await getStudy(ctx, idOf(input.studyId, 'OpportunityStudy', 'studyId'));
  authorize(ctx.viewer, 'study:assess', await studyScope(ctx, study));
  // Scores belong to a person: API tokens read the grid but do not score.
  if (ctx.viewer.kind !== 'FACILITATOR') throw forbidden('Only a person signed in can score a study.');
  const userId = ctx.viewer.userId;
  const criterionId = idOf(input.criterionId, 'StudyCriterion', 'criterionId');
  const actor = await actorOf(ctx);
  await inPipelineTransaction(ctx, study.factory.id, async (tx) => {
    const criterion = await tx.em.findOne(StudyCriterion, { id: criterionId, factory: study.factory.id, archivedAt: null });
    if (!criterion) throw notFound('Criterion');
    let score = await tx.em.findOne(StudyScore, { study: study.id, criterion: criterion.id, assessor: userId });
    if (!score) {
      score = new StudyScore(tx.em.getReference(OpportunityStudy, study.id), criterion, tx.em.getReference(User, userId), actor.name, input.score);
      tx.em.persist(score);
    }
    score.score = input.score;
    score.assessorName = actor.name;
    score.comment = input.comment?.trim() ?? '';
    tx.emit(PipelineEventType.STUDY_SCORED, { studyId: toGlobalId('OpportunityStudy', study.id) });
  });
  return study;
}

/** The grid of a study; for a list of studies, criteria and scores are read in one query each. */
export async function studyGrid(ctx: Context, study: OpportunityStudy): Promise<StudyGrid> {
  const [criteria, scores, roomScores] = await Promise.all([
    criteriaFor(ctx, study.factory.id),
    ctx.loaders.loadMany(
      'study-scores',
      (ids) => ctx.em.find(StudyScore, { study: { $in: ids } }, { orderBy: [{ assessorName: 'asc' }, { createdAt: 'asc' }], refresh: true }),
      (s: StudyScore) => s.study.id,
      study.id,
    ),
    roomScoresOf(ctx, study.id),
  ]);
  return gridOf(criteria, scores, roomScores);
}
