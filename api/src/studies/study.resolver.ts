import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../core/context.js';
import { idOf, toGlobalId } from '../core/graphql/node.js';
import { connectionType, type ConnectionShape } from '../core/graphql/relay.js';
import { ideaView } from '../ideas/idea.service.js';
import { can } from '../identity/policy.js';
import { Need } from '../needs/need.entity.js';
import { Room } from '../rooms/room.entity.js';
import { IdeaView } from '../rooms/room.views.js';
import { archiveCriterion, criteriaOf, saveCriterion } from './criteria.js';
import { decisionsOf, recordDecision, supersededBy } from './decision.service.js';
import { scoreStudy, studyGrid } from './score.service.js';
import { StudyGrid } from './scoring.js';
import { OpportunityStudy, SteeringDecision, StudyCriterion, StudyDocument } from './study.entity.js';
import { RecordDecisionInput, ScoreStudyInput, StudiesArgs, StudyAssessorInput, StudyCriterionInput, StudyDocumentInput, UpdateStudyInput } from './study.inputs.js';
import * as studies from './study.service.js';
import { StudyAssessor, StudyReference } from './study.types.js';

export const OpportunityStudyConnection = connectionType(OpportunityStudy, 'OpportunityStudy', 'opportunity study');
const studyId = (id: string, field = 'studyId') => idOf(id, 'OpportunityStudy', field);
const factoryId = (id: string) => idOf(id, 'Factory', 'factoryId');

@Resolver(() => OpportunityStudy)
export class StudyResolver {
  @Query(() => OpportunityStudyConnection, { description: 'Opportunity studies of a factory, newest first (facilitators, API tokens).' })
  opportunityStudies(@Arg('factoryId', () => ID, { description: 'The factory.' }) id: string, @Args(() => StudiesArgs) args: StudiesArgs, @Ctx() ctx: Context): Promise<ConnectionShape<OpportunityStudy>> {
    return studies.listStudies(ctx, factoryId(id), args);
  }

  @Query(() => OpportunityStudy, { description: 'An opportunity study (facilitators, API tokens of its factory, its assessors).' })
  opportunityStudy(@Arg('id', () => ID, { description: 'The study.' }) id: string, @Ctx() ctx: Context): Promise<OpportunityStudy> {
    return studies.getStudy(ctx, studyId(id, 'id'));
  }

  @Query(() => [StudyCriterion], { description: 'The factory’s scoring grid, in order. A factory starts with five default criteria, written on first use.' })
  studyCriteria(
    @Arg('factoryId', () => ID, { description: 'The factory.' }) id: string,
    @Arg('includeArchived', () => Boolean, { nullable: true, description: 'Include criteria taken out of the grid.' }) includeArchived: boolean | null,
    @Ctx() ctx: Context,
  ): Promise<StudyCriterion[]> {
    return criteriaOf(ctx, factoryId(id), includeArchived ?? false);
  }

  @Mutation(() => OpportunityStudy, {
    description: 'Shortlists an idea of a room in CONVERGE (facilitators; PHASE_CLOSED in other phases): it becomes an opportunity study carrying its lineage. Shortlisting it again returns the same study.',
  })
  shortlistIdea(@Arg('ideaId', () => ID, { description: 'The idea, on the board.' }) id: string, @Ctx() ctx: Context): Promise<OpportunityStudy> {
    return studies.shortlistIdea(ctx, idOf(id, 'Idea', 'ideaId'));
  }

  @Mutation(() => OpportunityStudy, { description: 'Changes the title or summary of a study (facilitators, write tokens).' })
  updateStudy(@Arg('input', () => UpdateStudyInput, { description: 'The changes.' }) input: UpdateStudyInput, @Ctx() ctx: Context): Promise<OpportunityStudy> {
    return studies.updateStudy(ctx, input);
  }

  @Mutation(() => StudyDocument, { description: 'Attaches a document or link to a study (facilitators, write tokens).' })
  addStudyDocument(@Arg('input', () => StudyDocumentInput, { description: 'The document.' }) input: StudyDocumentInput, @Ctx() ctx: Context): Promise<StudyDocument> {
    return studies.addStudyDocument(ctx, input);
  }

  @Mutation(() => Boolean, { description: 'Removes a document from its study (facilitators, write tokens).' })
  removeStudyDocument(@Arg('id', () => ID, { description: 'The document.' }) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return studies.removeStudyDocument(ctx, idOf(id, 'StudyDocument'));
  }

  @Mutation(() => OpportunityStudy, { description: 'Names a person with a Germoir account as assessor of a study: they may then read and score it, even outside the factory.' })
  addStudyAssessor(@Arg('input', () => StudyAssessorInput, { description: 'The study and the person’s email.' }) input: StudyAssessorInput, @Ctx() ctx: Context): Promise<OpportunityStudy> {
    return studies.addStudyAssessor(ctx, studyId(input.studyId), input.email);
  }

  @Mutation(() => OpportunityStudy, { description: 'Withdraws an assessor from a study; their scores stay.' })
  removeStudyAssessor(
    @Arg('studyId', () => ID, { description: 'The study.' }) id: string,
    @Arg('userId', () => ID, { description: 'The assessor (StudyAssessor.userId).' }) userId: string,
    @Ctx() ctx: Context,
  ): Promise<OpportunityStudy> {
    return studies.removeStudyAssessor(ctx, studyId(id), idOf(userId, 'User', 'userId'));
  }

  @Mutation(() => StudyCriterion, { description: 'Adds a criterion to the factory’s scoring grid, or changes one (facilitators, write tokens).' })
  saveStudyCriterion(@Arg('input', () => StudyCriterionInput, { description: 'The criterion.' }) input: StudyCriterionInput, @Ctx() ctx: Context): Promise<StudyCriterion> {
    return saveCriterion(ctx, input);
  }

  @Mutation(() => StudyCriterion, { description: 'Takes a criterion out of the grid; scores already given stay on their studies.' })
  archiveStudyCriterion(@Arg('id', () => ID, { description: 'The criterion.' }) id: string, @Ctx() ctx: Context): Promise<StudyCriterion> {
    return archiveCriterion(ctx, idOf(id, 'StudyCriterion'));
  }

  @Mutation(() => OpportunityStudy, { description: 'Scores one criterion of a study from 0 to 5 with a comment (facilitators of the factory and the study’s assessors, signed in). Scoring again replaces your score.' })
  scoreStudy(@Arg('input', () => ScoreStudyInput, { description: 'The score.' }) input: ScoreStudyInput, @Ctx() ctx: Context): Promise<OpportunityStudy> {
    return scoreStudy(ctx, input);
  }

  @Mutation(() => SteeringDecision, {
    description: 'Records a steering committee decision (facilitators). Decisions are never changed: this one supersedes the decision in force, which stays in the log.',
  })
  recordDecision(@Arg('input', () => RecordDecisionInput, { description: 'The decision.' }) input: RecordDecisionInput, @Ctx() ctx: Context): Promise<SteeringDecision> {
    return recordDecision(ctx, input);
  }

  @FieldResolver(() => ID, { description: 'The factory of the study.' })
  factoryId(@Root() study: OpportunityStudy): string {
    return toGlobalId('Factory', study.factory.id);
  }

  @FieldResolver(() => Room, { nullable: true, description: 'The room the idea was shortlisted in; null if it was deleted or the viewer may not see it.' })
  async room(@Root() study: OpportunityStudy, @Ctx() ctx: Context): Promise<Room | null> {
    if (!study.roomId || !can(ctx.viewer, 'room:read', { factoryId: study.factory.id, roomId: study.roomId })) return null;
    return ctx.loaders.load(Room, study.roomId);
  }

  @FieldResolver(() => IdeaView, { nullable: true, description: 'The shortlisted idea; null if it was deleted or the viewer may not see its room.' })
  idea(@Root() study: OpportunityStudy, @Ctx() ctx: Context): Promise<IdeaView | null> {
    return study.ideaId ? ideaView(ctx, study.ideaId) : Promise.resolve(null);
  }

  @FieldResolver(() => [ID], { description: 'Ideas merged into the shortlisted one (its sources), directly or through earlier merges.' })
  sourceIdeaIds(@Root() study: OpportunityStudy): string[] {
    return study.sourceIdeaIds.map((id) => toGlobalId('Idea', id));
  }

  @FieldResolver(() => [Need], { description: 'The needs the idea and its sources answer, copied when it was shortlisted.' })
  needs(@Root() study: OpportunityStudy, @Ctx() ctx: Context): Promise<Need[]> {
    return studies.needsOf(ctx, study);
  }

  @FieldResolver(() => [StudyReference], { description: 'Library initiatives linked to the idea or its sources when it was shortlisted (those the viewer may read).' })
  references(@Root() study: OpportunityStudy, @Ctx() ctx: Context): Promise<StudyReference[]> {
    return studies.referencesOf(ctx, study);
  }

  @FieldResolver(() => [StudyDocument], { description: 'Documents and links of the study, oldest first.' })
  documents(@Root() study: OpportunityStudy, @Ctx() ctx: Context): Promise<StudyDocument[]> {
    return studies.documentsOf(ctx, study);
  }

  @FieldResolver(() => [StudyAssessor], { description: 'People named as assessors of the study (facilitators of the factory may score too).' })
  async assessors(@Root() study: OpportunityStudy, @Ctx() ctx: Context): Promise<StudyAssessor[]> {
    return (await studies.assessorsOf(ctx, study)).map((u) => ({ userId: toGlobalId('User', u.id), displayName: u.displayName }));
  }

  @FieldResolver(() => StudyGrid, { description: 'The scoring grid with each assessor’s scores and, per criterion, average and spread.' })
  grid(@Root() study: OpportunityStudy, @Ctx() ctx: Context): Promise<StudyGrid> {
    return studyGrid(ctx, study);
  }

  @FieldResolver(() => [SteeringDecision], { description: 'The decision log, newest first: the first one is in force, the others were superseded.' })
  decisions(@Root() study: OpportunityStudy, @Ctx() ctx: Context): Promise<SteeringDecision[]> {
    return decisionsOf(ctx, study);
  }
}

@Resolver(() => SteeringDecision)
export class SteeringDecisionResolver {
  @FieldResolver(() => ID, { description: 'The study decided on.' })
  studyId(@Root() decision: SteeringDecision): string {
    return toGlobalId('OpportunityStudy', decision.study.id);
  }

  @FieldResolver(() => SteeringDecision, { nullable: true, description: 'The decision this one replaced; null for the first decision.' })
  async supersedes(@Root() decision: SteeringDecision, @Ctx() ctx: Context): Promise<SteeringDecision | null> {
    return decision.supersedes ? ctx.loaders.load(SteeringDecision, decision.supersedes.id) : null;
  }

  @FieldResolver(() => SteeringDecision, { nullable: true, description: 'The later decision that replaced this one; null while it is in force.' })
  supersededBy(@Root() decision: SteeringDecision, @Ctx() ctx: Context): Promise<SteeringDecision | null> {
    return supersededBy(ctx, decision);
  }
}
