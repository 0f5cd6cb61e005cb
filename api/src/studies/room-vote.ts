import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../core/context.js';
import { forbidden, notFound, phaseClosed } from '../core/errors.js';
import { idOf, toGlobalId } from '../core/graphql/node.js';
import { PipelineEventType } from '../pipeline/pipeline-event.js';
import { inPipelineTransaction } from '../pipeline/pipeline-tx.js';
import { Participant } from '../rooms/participant.entity.js';
import { Phase } from '../rooms/room.entity.js';
import { getRoom } from '../rooms/room.service.js';
import { criteriaFor } from './criteria.js';
import type { RoomScore } from './scoring.js';
import { OpportunityStudy, StudyCriterion } from './study.entity.js';
import { CriterionScoreInput } from './study.inputs.js';

/*
 * The room's multi-criteria vote: in CONVERGE, the participants of a room score the studies shortlisted
 * from it on the factory's criteria (0–5, one score per person and criterion, changed at will). The grid
 * shows their average and spread per criterion next to the assessors' scores; who voted what is not shown.
 */

@ObjectType('RoomBallotScore', { description: 'One of your scores in a room’s vote.' })
export class RoomBallotScore {
  @Field(() => ID, { description: 'The criterion.' })
  criterionId: string;

  @Field(() => Int, { description: 'Your score, 0–5.' })
  score: number;
}

@ObjectType('RoomBallot', { description: 'A study shortlisted from the room, to score on each criterion.' })
export class RoomBallot {
  @Field(() => ID, { description: 'The study.' })
  studyId: string;

  @Field(() => String, { description: 'Title of the study.' })
  title: string;

  @Field(() => String, { description: 'Its summary.' })
  summary: string;

  @Field(() => [StudyCriterion], { description: 'The criteria to score, in order.' })
  criteria: StudyCriterion[];

  @Field(() => [RoomBallotScore], { description: 'Your scores so far (participants).' })
  myScores: RoomBallotScore[];
}

@InputType('RateStudyInput', { description: 'A participant’s score of one criterion of a study shortlisted from their room.' })
export class RateStudyInput extends CriterionScoreInput {
  @Field(() => ID, { description: 'The room.' })
  roomId: string;
}

const participantOf = (ctx: Context) => (ctx.viewer.kind === 'PARTICIPANT' ? ctx.viewer.participantId : null);

/** The studies shortlisted from a room, to vote on (its participants and facilitators). */
export async function ballotsOf(ctx: Context, roomId: string): Promise<RoomBallot[]> {
  const room = await getRoom(ctx, roomId, 'room:participate');
  const studies = await ctx.em.find(OpportunityStudy, { roomId: room.id }, { orderBy: { createdAt: 'asc' } });
  if (studies.length === 0) return [];
  const criteria = (await criteriaFor(ctx, room.factory.id)).filter((c) => !c.archivedAt);
  const me = participantOf(ctx);
  const mine = me
    ? await ctx.em.getConnection().execute<{ study_id: string; criterion_id: string; score: number }[]>(
        'select study_id, criterion_id, score from study_room_score where participant_id = ? and room_id = ?',
        [me, room.id],
      )
    : [];
  return studies.map((s) => ({
    studyId: toGlobalId('OpportunityStudy', s.id),
    title: s.title,
    summary: s.summary,
    criteria,
    myScores: mine.filter((m) => m.study_id === s.id).map((m) => ({ criterionId: toGlobalId('StudyCriterion', m.criterion_id), score: m.score })),
  }));
}

/** Records (or changes) a participant's score; PHASE_CLOSED outside CONVERGE. */
export async function rateStudy(ctx: Context, input: RateStudyInput): Promise<RoomBallot> {
  const room = await getRoom(ctx, idOf(input.roomId, 'Room', 'roomId'), 'room:participate');
  const me = participantOf(ctx);
  // Facilitators score as assessors (scoreStudy); the room's vote is the participants'.
  if (!me) throw forbidden('The room’s vote is for its participants; facilitators score the study as assessors.');
  const studyId = idOf(input.studyId, 'OpportunityStudy', 'studyId');
  const criterionId = idOf(input.criterionId, 'StudyCriterion', 'criterionId');
  await inPipelineTransaction(ctx, room.factory.id, async (tx) => {
    const [state] = await tx.em.getConnection().execute<{ phase: Phase }[]>('select phase from room where id = ? for share', [room.id], 'all', tx.em.getTransactionContext());
    if (state?.phase !== Phase.CONVERGE) throw phaseClosed(`Scoring a study is not possible in phase ${state?.phase}.`);
    if (!(await tx.em.count(Participant, { id: me, room: room.id, removedAt: null }))) throw forbidden();
    if (!(await tx.em.count(OpportunityStudy, { id: studyId, roomId: room.id }))) throw notFound('Opportunity study');
    if (!(await tx.em.count(StudyCriterion, { id: criterionId, factory: room.factory.id, archivedAt: null }))) throw notFound('Criterion');
    await tx.em.getConnection().execute(
      `insert into study_room_score (study_id, criterion_id, participant_id, room_id, score) values (?, ?, ?, ?, ?)
       on conflict (study_id, criterion_id, participant_id) do update set score = excluded.score, updated_at = now()`,
      [studyId, criterionId, me, room.id, input.score], 'run', tx.em.getTransactionContext(),
    );
    tx.emit(PipelineEventType.STUDY_SCORED, { studyId: toGlobalId('OpportunityStudy', studyId) });
  });
  const ballot = (await ballotsOf(ctx, room.id)).find((b) => b.studyId === input.studyId);
  if (!ballot) throw notFound('Opportunity study');
  return ballot;
}

/** The room votes on a study, batched per request. */
export function roomScoresOf(ctx: Context, studyId: string): Promise<RoomScore[]> {
  return ctx.loaders
    .loadMany(
      'study-room-scores',
      (ids) => ctx.em.getConnection().execute<{ study_id: string; criterion_id: string; score: number }[]>('select study_id, criterion_id, score from study_room_score where study_id in (?)', [ids], 'all', ctx.em.getTransactionContext()),
      (row: { study_id: string }) => row.study_id,
      studyId,
    )
    .then((rows) => rows.map((r) => ({ criterionId: r.criterion_id, score: r.score })));
}

@Resolver()
export class RoomVoteResolver {
  @Query(() => [RoomBallot], { description: 'The studies shortlisted from a room, with the criteria to score and your scores (participants and facilitators of the room).' })
  roomBallots(@Arg('roomId', () => ID, { description: 'The room.' }) roomId: string, @Ctx() ctx: Context): Promise<RoomBallot[]> {
    return ballotsOf(ctx, idOf(roomId, 'Room', 'roomId'));
  }

  @Mutation(() => RoomBallot, { description: 'Scores one criterion of a study shortlisted from the room, 0–5 (participants, in CONVERGE; PHASE_CLOSED otherwise). Scoring again replaces your score.' })
  rateStudyInRoom(@Arg('input', () => RateStudyInput, { description: 'The score.' }) input: RateStudyInput, @Ctx() ctx: Context): Promise<RoomBallot> {
    return rateStudy(ctx, input);
  }
}
