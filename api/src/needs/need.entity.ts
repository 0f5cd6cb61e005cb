import { Entity, Enum, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../core/database/base.entity.js';
import { Node } from '../core/graphql/node.js';
import { Factory } from '../factories/factory.entity.js';
import { Territory } from '../factories/territory.entity.js';
import { User } from '../identity/user.entity.js';
import { Theme } from './theme.entity.js';

export enum NeedStatus {
  /** Surfaced, not yet worked on. */
  OPEN = 'OPEN',
  /** Being worked on in ideation rooms or studies. */
  IN_PROGRESS = 'IN_PROGRESS',
  /** A launched activity now answers it. */
  ADDRESSED = 'ADDRESSED',
  ARCHIVED = 'ARCHIVED',
}

registerEnumType(NeedStatus, {
  name: 'NeedStatus',
  description: 'Where a need stands.',
  valuesConfig: {
    OPEN: { description: 'Surfaced, not yet worked on.' },
    IN_PROGRESS: { description: 'Being worked on in ideation rooms or studies.' },
    ADDRESSED: { description: 'A launched activity now answers it.' },
    ARCHIVED: { description: 'Set aside; hidden from lists unless asked for.' },
  },
});

/** Where a piece of evidence comes from. */
@ObjectType('NeedSource', { description: 'A source backing a need: a study, an article, a survey.' })
export class NeedSource {
  @Field(() => String, { description: 'Address of the source (http or https).' })
  url: string;

  @Field(() => String, { description: 'Title of the source.' })
  title: string;
}

/** An unmet need of a territory (besoin non satisfait), with its evidence. */
@ObjectType('Need', { implements: Node, description: 'An unmet need of a territory (besoin non satisfait), with its evidence.' })
@Entity({ tableName: 'need' })
@Index({ properties: ['factory', 'createdAt', 'id'] })
export class Need extends BaseEntity {
  @ManyToOne(() => Factory)
  factory: Factory;

  @ManyToOne(() => Territory)
  territory: Territory;

  @ManyToOne(() => Theme)
  theme: Theme;

  @Field(() => String, { description: 'Short statement of the need.' })
  @Property({ type: 'string' })
  title: string;

  @Field(() => String, { description: 'The need in more detail.' })
  @Property({ type: 'text' })
  description: string & Opt = '';

  /** What shows the need is real: figures, testimonies, observations. */
  @Field(() => String, { description: 'What shows the need is real: figures, testimonies, observations.' })
  @Property({ type: 'text' })
  evidence: string & Opt = '';

  @Field(() => [NeedSource], { description: 'Sources backing the evidence.' })
  @Property({ type: 'json' })
  sources: NeedSource[] & Opt = [];

  @Field(() => NeedStatus, { description: 'Where the need stands.' })
  @Enum({ items: () => NeedStatus, nativeEnumName: 'need_status' })
  status: NeedStatus & Opt = NeedStatus.OPEN;

  /** Who surfaced it in the field (a capteur d'idées: resident, association, elected official). */
  @Field(() => String, { description: "Who surfaced it in the field (a capteur d'idées: resident, association, elected official)." })
  @Property({ type: 'string' })
  reportedBy: string & Opt = '';

  @ManyToOne(() => User)
  createdBy: User;

  @Field(() => Date, { nullable: true, description: 'When it was archived.' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  archivedAt: Date | null = null;

  /** Lower-cased, unaccented title and description, maintained by PostgreSQL (generated column). */
  @Property({ type: 'text', persist: false, hidden: true, lazy: true })
  searchText?: string;

  constructor(props: { factory: Factory; territory: Territory; theme: Theme; title: string; createdBy: User }) {
    super();
    this.factory = props.factory;
    this.territory = props.territory;
    this.theme = props.theme;
    this.title = props.title;
    this.createdBy = props.createdBy;
  }

  archive(now = new Date()): void {
    this.status = NeedStatus.ARCHIVED;
    this.archivedAt = now;
  }
}
