import { Collection, Entity, Enum, ManyToMany, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../core/database/base.entity.js';
import { Node } from '../core/graphql/node.js';
import { Factory } from '../factories/factory.entity.js';
import { User } from '../identity/user.entity.js';
import { Need } from '../needs/need.entity.js';

export enum DecisionOutcome {
  GO = 'GO',
  NO_GO = 'NO_GO',
  REWORK = 'REWORK',
}
registerEnumType(DecisionOutcome, {
  name: 'DecisionOutcome',
  description: 'What a steering committee decided about an opportunity study.',
  valuesConfig: {
    GO: { description: 'Go: a call for entrepreneurs may open and a project may start.' },
    NO_GO: { description: 'No go: the idea is not pursued.' },
    REWORK: { description: 'Study it further and present it again.' },
  },
});

/** One criterion of a factory's scoring grid. */
@ObjectType('StudyCriterion', { implements: Node, description: 'A criterion of the factory’s scoring grid for opportunity studies.' })
@Entity({ tableName: 'study_criterion' })
export class StudyCriterion extends BaseEntity {
  @ManyToOne(() => Factory)
  factory: Factory;

  @Field(() => String, { description: 'Stable key of the criterion (e.g. need_strength).' })
  @Property({ type: 'string' })
  key: string;

  @Field(() => String, { description: 'Label shown to assessors.' })
  @Property({ type: 'string' })
  label: string;

  @Field(() => String, { description: 'What assessors should look at.' })
  @Property({ type: 'text' })
  description: string & Opt = '';

  @Field(() => Int, { description: 'Order in the grid.' })
  @Property({ type: 'integer' })
  position: number;

  @Field(() => Date, { nullable: true, description: 'When it was taken out of the grid (its scores are kept).' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  archivedAt: Date | null = null;

  constructor(factory: Factory, key: string, label: string, position: number) {
    super();
    this.factory = factory;
    this.key = key;
    this.label = label;
    this.position = position;
  }
}

/**
 * The study of a shortlisted idea. Its lineage (room, idea, merged ideas, needs, references) is copied
 * when the idea is shortlisted, so it stays readable whatever happens to the room later.
 */
@ObjectType('OpportunityStudy', { implements: Node, description: 'The opportunity study of a shortlisted idea: lineage, scoring grid, documents, summary and steering decisions.' })
@Entity({ tableName: 'opportunity_study' })
export class OpportunityStudy extends BaseEntity {
  @ManyToOne(() => Factory)
  factory: Factory;

  /** Ids only: the room or idea may be deleted later (the copy below stays). */
  @Property({ type: 'uuid', nullable: true, fieldName: 'room_id' })
  roomId: string | null = null;

  @Property({ type: 'uuid', nullable: true, fieldName: 'idea_id' })
  ideaId: string | null = null;

  @Field(() => String, { description: 'Title of the room the idea came from, when it was shortlisted.' })
  @Property({ type: 'string' })
  roomTitle: string;

  @Field(() => String, { description: 'Title of the idea when it was shortlisted.' })
  @Property({ type: 'string' })
  ideaTitle: string;

  /** Ideas merged into the shortlisted one (its sources), as uuids. */
  @Property({ type: 'uuid[]', columnType: 'uuid[]' })
  sourceIdeaIds: string[] & Opt = [];

  @Field(() => String, { description: 'Title of the study.' })
  @Property({ type: 'string' })
  title: string;

  @Field(() => String, { description: 'Summary of the study’s findings.' })
  @Property({ type: 'text' })
  summary: string & Opt = '';

  @Field(() => DecisionOutcome, { nullable: true, description: 'Outcome of the latest steering decision; null while none was recorded.' })
  @Enum({ items: () => DecisionOutcome, nativeEnumName: 'decision_outcome', nullable: true })
  outcome: DecisionOutcome | null = null;

  @Field(() => Date, { nullable: true, description: 'When the latest steering decision was recorded.' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  decidedAt: Date | null = null;

  @ManyToOne(() => User, { nullable: true })
  shortlistedBy: User | null = null;

  @ManyToMany(() => Need, undefined, { pivotTable: 'study_need', joinColumn: 'study_id', inverseJoinColumn: 'need_id' })
  needs = new Collection<Need>(this);

  @ManyToMany(() => User, undefined, { pivotTable: 'study_assessor', joinColumn: 'study_id', inverseJoinColumn: 'user_id' })
  assessors = new Collection<User>(this);

  constructor(factory: Factory, roomTitle: string, ideaTitle: string) {
    super();
    this.factory = factory;
    this.roomTitle = roomTitle;
    this.ideaTitle = ideaTitle;
    this.title = ideaTitle;
  }
}

@ObjectType('StudyDocument', { implements: Node, description: 'A document or link attached to a study.' })
@Entity({ tableName: 'study_document' })
export class StudyDocument extends BaseEntity {
  @ManyToOne(() => OpportunityStudy)
  study: OpportunityStudy;

  @Field(() => String, { description: 'Title of the document.' })
  @Property({ type: 'string' })
  title: string;

  @Field(() => String, { description: 'Address of the document (http or https).' })
  @Property({ type: 'string' })
  url: string;

  constructor(study: OpportunityStudy, title: string, url: string) {
    super();
    this.study = study;
    this.title = title;
    this.url = url;
  }
}

/** An assessor's score of one criterion of a study (0–5), with a comment. One per assessor and criterion. */
@ObjectType('StudyScore', { description: 'An assessor’s score of one criterion (0 = absent, 5 = excellent), with a comment.' })
@Entity({ tableName: 'study_score' })
export class StudyScore extends BaseEntity {
  @ManyToOne(() => OpportunityStudy)
  study: OpportunityStudy;

  @ManyToOne(() => StudyCriterion)
  criterion: StudyCriterion;

  @ManyToOne(() => User)
  assessor: User;

  @Field(() => String, { description: 'Name of the assessor when they scored.' })
  @Property({ type: 'string' })
  assessorName: string;

  @Field(() => Int, { description: 'Score from 0 (absent) to 5 (excellent).' })
  @Property({ type: 'smallint' })
  score: number;

  @Field(() => String, { description: 'Why this score.' })
  @Property({ type: 'text' })
  comment: string & Opt = '';

  constructor(study: OpportunityStudy, criterion: StudyCriterion, assessor: User, assessorName: string, score: number) {
    super();
    this.study = study;
    this.criterion = criterion;
    this.assessor = assessor;
    this.assessorName = assessorName;
    this.score = score;
  }
}

/** A steering committee decision. Immutable (a database trigger refuses any UPDATE); a later one supersedes it. */
@ObjectType('SteeringDecision', { implements: Node, description: 'A steering committee decision on a study. Never changed once recorded: a later decision supersedes it.' })
@Entity({ tableName: 'steering_decision' })
export class SteeringDecision extends BaseEntity {
  @ManyToOne(() => OpportunityStudy)
  study: OpportunityStudy;

  @Field(() => DecisionOutcome, { description: 'GO, NO_GO or REWORK.' })
  @Enum({ items: () => DecisionOutcome, nativeEnumName: 'decision_outcome' })
  outcome: DecisionOutcome;

  @Field(() => LocalDateResolver, { description: 'Date of the committee meeting.' })
  @Property({ type: 'string', columnType: 'date' })
  decidedOn: string;

  @Field(() => [String], { description: 'Members present.' })
  @Property({ type: 'string[]', columnType: 'text[]' })
  members: string[];

  @Field(() => String, { description: 'Why the committee decided so.' })
  @Property({ type: 'text' })
  rationale: string;

  @Property({ type: 'uuid', nullable: true })
  recordedById: string | null = null;

  @Field(() => String, { description: 'Who recorded it.' })
  @Property({ type: 'string' })
  recordedByName: string;

  /** The decision this one replaces (null for the first decision of the study). */
  @ManyToOne(() => SteeringDecision, { nullable: true })
  supersedes: SteeringDecision | null = null;

  constructor(props: { study: OpportunityStudy; outcome: DecisionOutcome; decidedOn: string; members: string[]; rationale: string; recordedByName: string }) {
    super();
    this.study = props.study;
    this.outcome = props.outcome;
    this.decidedOn = props.decidedOn;
    this.members = props.members;
    this.rationale = props.rationale;
    this.recordedByName = props.recordedByName;
  }
}
