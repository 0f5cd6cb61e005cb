import { ArrayMaxSize, IsInt, IsOptional, ValidateNested, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { PageArgs } from '../core/graphql/relay.js';
import { InitiativeSourceInput } from '../library/initiative.inputs.js';
import { ProjectStage, TurnoverBand } from './project.entity.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = { message: 'must be a date (YYYY-MM-DD)' };

@InputType('OpenCallInput', { description: 'A call for entrepreneurs for a study whose decision in force is GO.' })
export class OpenCallInput {
  @Field(() => ID, { description: 'The study.' })
  studyId: string;

  @Field(() => String, { description: 'What the factory looks for (10–20,000 characters).' })
  @Length(10, 20_000)
  description: string;

  @Field(() => Date, { description: 'Applications are accepted until then (in the future).' })
  deadline: Date;
}

@InputType('ApplyToCallInput', { description: 'An application to a call for entrepreneurs.' })
export class ApplyToCallInput {
  @Field(() => ID, { description: 'The call.' })
  callId: string;

  @Field(() => String, { description: 'Name of the applicant, a person or a structure (2–200 characters).' })
  @Length(2, 200)
  name: string;

  @Field(() => String, { description: 'How to reach them: email or phone (3–200 characters).' })
  @Length(3, 200)
  contact: string;

  @Field(() => String, { nullable: true, description: 'Their motivation (at most 10,000 characters).' })
  @IsOptional()
  @MaxLength(10_000)
  motivation?: string | null;
}

@InputType('CreateCohortInput', { description: 'A new cohort (promotion).' })
export class CreateCohortInput {
  @Field(() => ID, { description: 'The factory.' })
  factoryId: string;

  @Field(() => String, { description: 'Name, unique in the factory (2–120 characters).' })
  @Length(2, 120)
  name: string;

  @Field(() => LocalDateResolver, { description: 'When its support starts.' })
  @Matches(DATE, DATE_MESSAGE)
  startsOn: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When its support ends.' })
  @IsOptional()
  @Matches(DATE, DATE_MESSAGE)
  endsOn?: string | null;
}

@InputType('StartProjectInput', { description: 'A project for a study whose decision in force is GO.' })
export class StartProjectInput {
  @Field(() => ID, { description: 'The study.' })
  studyId: string;

  @Field(() => ID, { nullable: true, description: 'The cohort it joins.' })
  @IsOptional()
  cohortId?: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the project (the study title by default).' })
  @IsOptional()
  @Length(2, 200)
  title?: string | null;
}

@InputType('UpdateProjectInput', { description: 'Changes to a project and its key figures; omitted fields stay as they are.' })
export class UpdateProjectInput {
  @Field(() => ID, { description: 'The project.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'Name of the project.' })
  @IsOptional()
  @Length(2, 200)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'What the activity does.' })
  @IsOptional()
  @MaxLength(10_000)
  summary?: string | null;

  @Field(() => ID, { nullable: true, description: 'The cohort it belongs to.' })
  @IsOptional()
  cohortId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Jobs created (headcount).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  jobs?: number | null;

  @Field(() => TurnoverBand, { nullable: true, description: 'Yearly turnover band.' })
  @IsOptional()
  turnoverBand?: TurnoverBand | null;

  @Field(() => Int, { nullable: true, description: 'People who benefit per year.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  beneficiaries?: number | null;
}

@InputType('MilestoneInput', { description: 'A milestone of a project: a new one (no id) or changes to one.' })
export class MilestoneInput {
  @Field(() => ID, { description: 'The project.' })
  projectId: string;

  @Field(() => ID, { nullable: true, description: 'The milestone to change; omit to add one.' })
  @IsOptional()
  id?: string | null;

  @Field(() => String, { description: 'What is to be reached (2–200 characters).' })
  @Length(2, 200)
  title: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When it is planned.' })
  @IsOptional()
  @Matches(DATE, DATE_MESSAGE)
  plannedOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When it was reached.' })
  @IsOptional()
  @Matches(DATE, DATE_MESSAGE)
  doneOn?: string | null;
}

@InputType('PublishProjectInput', { description: 'Publishes a launched project in the factory’s library, prefilled from the project, its study and its needs.' })
export class PublishProjectInput {
  @Field(() => ID, { description: 'The launched project.' })
  projectId: string;

  @Field(() => Boolean, { nullable: true, description: 'Publish at once (needs `sources`); default false: a DRAFT for curators to complete.' })
  @IsOptional()
  publish?: boolean | null;

  @Field(() => [InitiativeSourceInput], { nullable: true, description: 'Sources for the record (its site, an article).' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  sources?: InitiativeSourceInput[] | null;
}

@ArgsType()
export class ProjectsArgs extends PageArgs {
  @Field(() => ProjectStage, { nullable: true, description: 'Only projects at this stage.' })
  @IsOptional()
  stage?: ProjectStage | null;

  @Field(() => ID, { nullable: true, description: 'Only projects of this cohort.' })
  @IsOptional()
  cohortId?: string | null;
}
