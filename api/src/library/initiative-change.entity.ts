import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { JSONResolver } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { toGlobalId } from '../core/graphql/node.js';
import { Initiative } from './initiative.entity.js';

export enum ChangeAction {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
  MERGED = 'MERGED',
  ABSORBED = 'ABSORBED',
  IMPORTED = 'IMPORTED',
}
registerEnumType(ChangeAction, {
  name: 'InitiativeChangeAction',
  description: 'What a change to an initiative was.',
  valuesConfig: {
    CREATED: { description: 'The record was created.' },
    UPDATED: { description: 'Fields were edited.' },
    PUBLISHED: { description: 'The record was published.' },
    ARCHIVED: { description: 'The record was archived.' },
    MERGED: { description: 'Another record was merged into this one (its links and sources came over).' },
    ABSORBED: { description: 'This record was merged into another one and now redirects there.' },
    IMPORTED: { description: 'The record was created or updated by an import.' },
  },
});

@ObjectType('FieldChange', { description: 'One field of a change, before and after.' })
export class FieldChange {
  @Field(() => String, { description: 'The field, as named in `InitiativeRecordInput` (e.g. `name`, `town`, `themes`, `sources`).' })
  field: string;

  @Field(() => JSONResolver, { nullable: true, description: 'Value before the change (null when it had none).' })
  before: unknown;

  @Field(() => JSONResolver, { nullable: true, description: 'Value after the change.' })
  after: unknown;
}

/** One entry of an initiative's audit trail: who did what, and the fields that changed. */
@ObjectType('InitiativeChange', { description: 'One entry of an initiative’s audit trail: who changed what, when.' })
@Entity({ tableName: 'initiative_change' })
export class InitiativeChange {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Date, { description: 'When it happened.' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date & Opt = new Date();

  @ManyToOne(() => Initiative, { deleteRule: 'cascade' })
  initiative: Initiative;

  @Field(() => ChangeAction, { description: 'What kind of change.' })
  @Enum({ items: () => ChangeAction, columnType: 'text' })
  action: ChangeAction;

  @Field(() => String, { description: 'Who did it: a facilitator’s name, or "API token <name>".' })
  @Property({ type: 'string' })
  actorName: string;

  @Property({ type: 'uuid', nullable: true })
  actorUserId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  actorTokenId: string | null = null;

  @Field(() => [FieldChange], { description: 'The fields that changed, with their values before and after.' })
  @Property({ type: 'json' })
  changes: FieldChange[] & Opt = [];

  constructor(initiative: Initiative, action: ChangeAction, actorName: string, changes: FieldChange[]) {
    this.initiative = initiative;
    this.action = action;
    this.actorName = actorName;
    this.changes = changes;
  }

  @Field(() => ID, { name: 'id', description: 'Opaque id of the entry.' })
  get nodeId(): string {
    return toGlobalId('InitiativeChange', this.id);
  }
}
