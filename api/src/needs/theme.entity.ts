import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../core/database/base.entity.js';
import { Node } from '../core/graphql/node.js';
import { Factory } from '../factories/factory.entity.js';

/**
 * A theme of the shared vocabulary (alimentation durable, mobilités douces…). Themes without a
 * factory are shared by all; a factory may add its own.
 */
@ObjectType('Theme', { implements: Node, description: 'A theme of the shared vocabulary (alimentation durable, mobilités douces…), or one a factory added.' })
@Entity({ tableName: 'theme' })
@Unique({ properties: ['factory', 'slug'] })
export class Theme extends BaseEntity {
  @Field(() => String, { description: 'Stable machine name, e.g. `economie-circulaire`.' })
  @Property({ type: 'string' })
  slug: string;

  @Field(() => String, { description: 'Label in French.' })
  @Property({ type: 'string' })
  labelFr: string;

  @Field(() => String, { description: 'Label in English.' })
  @Property({ type: 'string' })
  labelEn: string;

  @ManyToOne(() => Factory, { nullable: true })
  factory: Factory | null = null;

  constructor(slug: string, labelFr: string, labelEn: string, factory: Factory | null = null) {
    super();
    this.slug = slug;
    this.labelFr = labelFr;
    this.labelEn = labelEn;
    this.factory = factory;
  }
}
