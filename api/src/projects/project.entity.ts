import { Entity, Enum, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../core/database/base.entity.js';
import { Node } from '../core/graphql/node.js';
import { Factory } from '../factories/factory.entity.js';
import { OpportunityStudy } from '../studies/study.entity.js';

export enum ProjectStage {
  SUPPORT = 'SUPPORT',
  LAUNCHED = 'LAUNCHED',
  STOPPED = 'STOPPED',
}
registerEnumType(ProjectStage, {
  name: 'ProjectStage',
  description: 'Where a project stands: supported until it launches (or stops).',
  valuesConfig: {
    SUPPORT: { description: 'Accompanied by the factory (accompagnement), not launched yet.' },
    LAUNCHED: { description: 'The activity is launched. Needs a chosen lead.' },
    STOPPED: { description: 'Stopped before launch, with a reason.' },
  },
});

export enum TurnoverBand {
  UNDER_50K = 'UNDER_50K',
  FROM_50K_TO_200K = 'FROM_50K_TO_200K',
  FROM_200K_TO_1M = 'FROM_200K_TO_1M',
  OVER_1M = 'OVER_1M',
}
registerEnumType(TurnoverBand, {
  name: 'TurnoverBand',
  description: 'Yearly turnover, by band (euros).',
  valuesConfig: {
    UNDER_50K: { description: 'Under 50,000 €.' },
    FROM_50K_TO_200K: { description: '50,000 € to 200,000 €.' },
    FROM_200K_TO_1M: { description: '200,000 € to 1 M€.' },
    OVER_1M: { description: 'Over 1 M€.' },
  },
});

export enum ApplicationOrigin {
  PUBLIC_FORM = 'PUBLIC_FORM',
  FACILITATOR = 'FACILITATOR',
}
registerEnumType(ApplicationOrigin, {
  name: 'ApplicationOrigin',
  description: 'How an application reached the factory.',
  valuesConfig: {
    PUBLIC_FORM: { description: 'Sent by the applicant through the public form.' },
    FACILITATOR: { description: 'Entered by a facilitator or a tool of the factory.' },
  },
});

/** A call for entrepreneurs for a study that got a GO. */
@ObjectType('EntrepreneurCall', { implements: Node, description: 'A call for entrepreneurs (appel à porteurs de projet) for a study that got a GO.' })
@Entity({ tableName: 'entrepreneur_call' })
export class EntrepreneurCall extends BaseEntity {
  @ManyToOne(() => Factory)
  factory: Factory;

  @ManyToOne(() => OpportunityStudy)
  study: OpportunityStudy;

  @Field(() => String, { description: 'What the factory looks for: the activity, the support offered, the profile.' })
  @Property({ type: 'text' })
  description: string;

  @Field(() => Date, { description: 'Applications are accepted until then.' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  deadline: Date;

  @Field(() => Date, { nullable: true, description: 'When a facilitator closed it early.' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  closedAt: Date | null = null;

  constructor(factory: Factory, study: OpportunityStudy, description: string, deadline: Date) {
    super();
    this.factory = factory;
    this.study = study;
    this.description = description;
    this.deadline = deadline;
  }

  @Field(() => Boolean, { description: 'Whether it accepts applications from the public form now.' })
  get open(): boolean {
    return this.closedAt === null && this.deadline.getTime() > Date.now();
  }
}

@ObjectType('CallApplication', { implements: Node, description: 'An application to a call for entrepreneurs (facilitators and write tokens only: it holds personal data).' })
@Entity({ tableName: 'call_application' })
export class CallApplication extends BaseEntity {
  @ManyToOne(() => EntrepreneurCall)
  call: EntrepreneurCall;

  @Field(() => String, { description: 'Name of the applicant (a person or a structure).' })
  @Property({ type: 'string' })
  name: string;

  @Field(() => String, { description: 'How to reach them (email, phone).' })
  @Property({ type: 'string' })
  contact: string;

  @Field(() => String, { description: 'Their motivation.' })
  @Property({ type: 'text' })
  motivation: string & Opt = '';

  @Field(() => ApplicationOrigin, { description: 'Public form or entered by the factory.' })
  @Enum({ items: () => ApplicationOrigin, nativeEnumName: 'application_origin' })
  origin: ApplicationOrigin;

  constructor(call: EntrepreneurCall, name: string, contact: string, origin: ApplicationOrigin) {
    super();
    this.call = call;
    this.name = name;
    this.contact = contact;
    this.origin = origin;
  }
}

/** A promotion: projects supported together. */
@ObjectType('Cohort', { implements: Node, description: 'A cohort (promotion): projects the factory supports together.' })
@Entity({ tableName: 'cohort' })
export class Cohort extends BaseEntity {
  @ManyToOne(() => Factory)
  factory: Factory;

  @Field(() => String, { description: 'Name, unique in the factory (e.g. “Promotion 2027”).' })
  @Property({ type: 'string' })
  name: string;

  @Field(() => LocalDateResolver, { description: 'When its support starts.' })
  @Property({ type: 'string', columnType: 'date' })
  startsOn: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When its support ends, if set.' })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  endsOn: string | null = null;

  constructor(factory: Factory, name: string, startsOn: string) {
    super();
    this.factory = factory;
    this.name = name;
    this.startsOn = startsOn;
  }
}

/** A project born from a study with a GO, supported until launch. */
@ObjectType('Project', { implements: Node, description: 'A project born from a study with a GO, supported by the factory until it launches (or stops).' })
@Entity({ tableName: 'project' })
export class Project extends BaseEntity {
  @ManyToOne(() => Factory)
  factory: Factory;

  @ManyToOne(() => OpportunityStudy)
  study: OpportunityStudy;

  @ManyToOne(() => Cohort, { nullable: true })
  cohort: Cohort | null = null;

  @Field(() => String, { description: 'Name of the project.' })
  @Property({ type: 'string' })
  title: string;

  @Field(() => String, { description: 'What the activity does.' })
  @Property({ type: 'text' })
  summary: string & Opt = '';

  /** The chosen application (the project lead). */
  @ManyToOne(() => CallApplication, { nullable: true })
  lead: CallApplication | null = null;

  @Field(() => ProjectStage, { description: 'SUPPORT, LAUNCHED or STOPPED.' })
  @Enum({ items: () => ProjectStage, nativeEnumName: 'project_stage' })
  stage: ProjectStage & Opt = ProjectStage.SUPPORT;

  @Field(() => String, { description: 'Why it stopped (STOPPED only; empty otherwise).' })
  @Property({ type: 'text' })
  stoppedReason: string & Opt = '';

  @Field(() => Date, { nullable: true, description: 'When it launched.' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  launchedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When it stopped.' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  stoppedAt: Date | null = null;

  @Field(() => Int, { nullable: true, description: 'Key figure: jobs created (headcount).' })
  @Property({ type: 'integer', nullable: true })
  jobs: number | null = null;

  @Field(() => TurnoverBand, { nullable: true, description: 'Key figure: yearly turnover band.' })
  @Enum({ items: () => TurnoverBand, nativeEnumName: 'turnover_band', nullable: true })
  turnoverBand: TurnoverBand | null = null;

  @Field(() => Int, { nullable: true, description: 'Key figure: people who benefit from the activity per year.' })
  @Property({ type: 'integer', nullable: true })
  beneficiaries: number | null = null;

  /** The library initiative it was published as (loop back). */
  @Property({ type: 'uuid', nullable: true, fieldName: 'initiative_id' })
  initiativeId: string | null = null;

  constructor(factory: Factory, study: OpportunityStudy, title: string) {
    super();
    this.factory = factory;
    this.study = study;
    this.title = title;
  }
}

@ObjectType('ProjectMilestone', { implements: Node, description: 'A milestone of a project, with planned and done dates.' })
@Entity({ tableName: 'project_milestone' })
export class ProjectMilestone extends BaseEntity {
  @ManyToOne(() => Project)
  project: Project;

  @Field(() => String, { description: 'What is to be reached.' })
  @Property({ type: 'string' })
  title: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When it is planned.' })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  plannedOn: string | null = null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When it was reached; null while it is not.' })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  doneOn: string | null = null;

  constructor(project: Project, title: string) {
    super();
    this.project = project;
    this.title = title;
  }
}

/** Where a shortlisted idea stands in the whole pipeline: one column of the pipeline board. */
export enum PipelineStage {
  SHORTLISTED = 'SHORTLISTED',
  REWORK = 'REWORK',
  NO_GO = 'NO_GO',
  GO = 'GO',
  CALL_OPEN = 'CALL_OPEN',
  SUPPORT = 'SUPPORT',
  LAUNCHED = 'LAUNCHED',
  STOPPED = 'STOPPED',
}
registerEnumType(PipelineStage, {
  name: 'PipelineStage',
  description: 'Where a shortlisted idea stands, from study to launch (a column of the pipeline board).',
  valuesConfig: {
    SHORTLISTED: { description: 'Being studied; no steering decision yet.' },
    REWORK: { description: 'The committee asked for more study.' },
    NO_GO: { description: 'The committee decided not to pursue it.' },
    GO: { description: 'GO, no call or project yet.' },
    CALL_OPEN: { description: 'GO, its call for entrepreneurs is open, no project yet.' },
    SUPPORT: { description: 'The project is supported until launch.' },
    LAUNCHED: { description: 'The project launched its activity.' },
    STOPPED: { description: 'The project stopped.' },
  },
});
