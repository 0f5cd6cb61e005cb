import { ArrayMaxSize, ArrayMinSize, IsEmail, IsInt, IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { PageArgs } from '../core/graphql/relay.js';
import { SourceInput } from '../core/graphql/source.input.js';
import { DecisionOutcome } from './study.entity.js';

@InputType('UpdateStudyInput', { description: 'Changes to an opportunity study; omitted fields stay as they are.' })
export class UpdateStudyInput {
  @Field(() => ID, { description: 'The study.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'New title (2–200 characters).' })
  @IsOptional()
  @Length(2, 200)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'New summary of the findings.' })
  @IsOptional()
  @MaxLength(20_000)
  summary?: string | null;
}

@InputType('StudyDocumentInput', { description: 'A document or link to attach to a study.' })
export class StudyDocumentInput extends SourceInput {
  @Field(() => ID, { description: 'The study.' })
  studyId: string;
}

@InputType('StudyCriterionInput', { description: 'A criterion of the factory’s scoring grid: a new one (no id) or changes to one.' })
export class StudyCriterionInput {
  @Field(() => ID, { description: 'The factory.' })
  factoryId: string;

  @Field(() => ID, { nullable: true, description: 'The criterion to change; omit to add one.' })
  @IsOptional()
  id?: string | null;

  @Field(() => String, { description: 'Label shown to assessors (2–120 characters).' })
  @Length(2, 120)
  label: string;

  @Field(() => String, { nullable: true, description: 'What assessors should look at.' })
  @IsOptional()
  @MaxLength(2000)
  description?: string | null;

  @Field(() => Int, { nullable: true, description: 'Order in the grid; new criteria go last by default.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  position?: number | null;
}

/** A score of one criterion of a study; scoring again replaces the previous score. Never emitted on its own. */
@InputType()
export abstract class CriterionScoreInput {
  @Field(() => ID, { description: 'The study.' })
  studyId: string;

  @Field(() => ID, { description: 'The criterion (of the study’s factory grid).' })
  criterionId: string;

  @Field(() => Int, { description: 'From 0 (absent) to 5 (excellent).' })
  @IsInt()
  @Min(0)
  @Max(5)
  score: number;
}

@InputType('ScoreStudyInput', { description: 'An assessor’s score of one criterion of a study. Scoring again replaces your previous score.' })
export class ScoreStudyInput extends CriterionScoreInput {
  @Field(() => String, { nullable: true, description: 'Why this score.' })
  @IsOptional()
  @MaxLength(5000)
  comment?: string | null;
}

@InputType('RecordDecisionInput', { description: 'A steering committee decision on a study. It supersedes the previous one, which stays in the log unchanged.' })
export class RecordDecisionInput {
  @Field(() => ID, { description: 'The study.' })
  studyId: string;

  @Field(() => DecisionOutcome, { description: 'GO, NO_GO or REWORK.' })
  outcome: DecisionOutcome;

  @Field(() => LocalDateResolver, { description: 'Date of the committee meeting.' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date (YYYY-MM-DD)' })
  decidedOn: string;

  @Field(() => [String], { description: 'Members present (at least one, at most 50).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @Length(1, 200, { each: true })
  members: string[];

  @Field(() => String, { description: 'Why the committee decided so (required).' })
  @Length(1, 10_000)
  rationale: string;
}

@InputType('StudyAssessorInput', { description: 'A person with a Germoir account, named as assessor of a study.' })
export class StudyAssessorInput {
  @Field(() => ID, { description: 'The study.' })
  studyId: string;

  @Field(() => String, { description: 'Sign-in email of the assessor’s account.' })
  @IsEmail()
  @MaxLength(320)
  email: string;
}

@ArgsType()
export class StudiesArgs extends PageArgs {
  @Field(() => DecisionOutcome, { nullable: true, description: 'Only studies whose latest decision has this outcome.' })
  @IsOptional()
  outcome?: DecisionOutcome | null;

  @Field(() => Boolean, { nullable: true, description: 'Only studies without any decision yet (true) or with one (false).' })
  @IsOptional()
  undecided?: boolean | null;
}
