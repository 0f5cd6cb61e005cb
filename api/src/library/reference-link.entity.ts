import { Entity, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../core/database/base.entity.js';
import { Idea } from '../ideas/idea.entity.js';
import { Initiative } from './initiative.entity.js';

/** An idea draws on an initiative of the library: a note says what to transfer. */
@Entity({ tableName: 'reference_link' })
@Unique({ properties: ['initiative', 'idea'] })
export class ReferenceLink extends BaseEntity {
  @ManyToOne(() => Initiative, { deleteRule: 'cascade' })
  initiative: Initiative;

  @ManyToOne(() => Idea, { deleteRule: 'cascade' })
  idea: Idea;

  @Property({ type: 'text' })
  note: string & Opt = '';

  /** Display name of whoever linked it (participant or facilitator), kept as written then. */
  @Property({ type: 'string' })
  linkedByName: string;

  constructor(initiative: Initiative, idea: Idea, linkedByName: string) {
    super();
    this.initiative = initiative;
    this.idea = idea;
    this.linkedByName = linkedByName;
  }
}
