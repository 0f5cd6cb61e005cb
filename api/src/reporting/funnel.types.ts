import { IsOptional } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@InputType('FunnelInput', { description: 'Which part of a factory’s pipeline to count, over which period.' })
export class FunnelInput {
  @Field(() => ID, { description: 'The factory.' })
  factoryId: string;

  @Field(() => ID, { nullable: true, description: 'Only what concerns this territory or a territory inside it (a QPV…), through the needs.' })
  @IsOptional()
  territoryId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only the projects of this cohort and what led to them.' })
  @IsOptional()
  cohortId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Count what reached each stage from this instant (inclusive).' })
  @IsOptional()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Count what reached each stage before this instant (exclusive).' })
  @IsOptional()
  to?: Date | null;
}

/**
 * Each stage counts what reached it during the period: needs by when they were recorded, ideas by when
 * they were written (on the board, merges counted once), shortlisted studies by when they were created,
 * studied = studies whose first steering decision met in the period, go = studies whose decision in force
 * is GO and met in the period, launched projects by launch date; jobs = key figure of those launched.
 */
@ObjectType('Funnel', { description: 'Counts of a factory’s pipeline: needs surfaced → ideas → shortlisted → studied → go → launched, and jobs created.' })
export class Funnel {
  @Field(() => String, { description: 'What is counted: the factory, a territory or a cohort (its name).' })
  label: string;

  @Field(() => String, { description: 'FACTORY, TERRITORY or COHORT.' })
  scope: string;

  @Field(() => ID, { nullable: true, description: 'The territory or cohort counted, if any.' })
  scopeId: string | null;

  @Field(() => Int, { description: 'Needs surfaced (recorded) in the period.' })
  needs: number;

  @Field(() => Int, { description: 'Ideas written in rooms in the period (answering those needs when filtered).' })
  ideas: number;

  @Field(() => Int, { description: 'Ideas shortlisted (opportunity studies created).' })
  shortlisted: number;

  @Field(() => Int, { description: 'Studies presented to the steering committee (first decision in the period).' })
  studied: number;

  @Field(() => Int, { description: 'Studies whose decision in force is GO.' })
  go: number;

  @Field(() => Int, { description: 'Projects launched in the period.' })
  launched: number;

  @Field(() => Int, { description: 'Jobs created by the projects launched (their key figure).' })
  jobsCreated: number;
}

@ObjectType('FunnelReport', { description: 'The funnel of a factory, of each of its territories (QPV included) and of each cohort, with a CSV export.' })
export class FunnelReport {
  @Field(() => [Funnel], { description: 'The factory first, then its territories, then its cohorts.' })
  rows: Funnel[];

  @Field(() => String, { description: 'The same rows as CSV (comma-separated, header line, UTF-8), ready to save as a .csv file.' })
  csv: string;
}

@ObjectType('OpenDataProject', { description: 'The public fields of a launched project (open data), readable without a token when the factory shares them.' })
export class OpenDataProject {
  @Field(() => ID, { description: 'Global id of the project.' })
  id: string;

  @Field(() => String, { description: 'Name of the project.' })
  title: string;

  @Field(() => String, { description: 'What the activity does.' })
  summary: string;

  @Field(() => String, { description: 'The factory that supported it.' })
  factoryName: string;

  @Field(() => [String], { description: 'Territories of the needs it answers.' })
  territories: string[];

  @Field(() => String, { nullable: true, description: 'Its cohort, if any.' })
  cohort: string | null;

  @Field(() => Date, { description: 'When it launched.' })
  launchedAt: Date;

  @Field(() => Int, { nullable: true, description: 'Jobs created.' })
  jobs: number | null;

  @Field(() => String, { nullable: true, description: 'Yearly turnover band (TurnoverBand value).' })
  turnoverBand: string | null;

  @Field(() => Int, { nullable: true, description: 'People who benefit per year.' })
  beneficiaries: number | null;
}
