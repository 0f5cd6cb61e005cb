import { Entity, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../core/database/base.entity.js';
import { Node } from '../core/graphql/node.js';
import { Territory } from './territory.entity.js';

/** A fabrique à projets: the programme and its team, working on one territory. */
@ObjectType('Factory', { implements: Node, description: 'A fabrique à projets: the programme and its team, working on one territory.' })
@Entity({ tableName: 'factory' })
export class Factory extends BaseEntity {
  @Field(() => String, { description: 'Name of the factory.' })
  @Property({ type: 'string' })
  name: string;

  @Field(() => String, { description: 'Short unique name used in links.' })
  @Property({ type: 'string', unique: true })
  slug: string;

  @Field(() => String, { description: 'What the factory does, in a few sentences.' })
  @Property({ type: 'text' })
  description: string & Opt = '';

  @ManyToOne(() => Territory)
  territory: Territory;

  constructor(name: string, slug: string, territory: Territory) {
    super();
    this.name = name;
    this.slug = slug;
    this.territory = territory;
  }
}
