import { randomUUID } from 'node:crypto';
import { PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { toGlobalId } from '../graphql/node.js';

/**
 * Common columns: a UUID primary key set on creation, and creation/update times. In GraphQL every entity
 * is a `Node` whose global id is derived from its class name (which is also its GraphQL type name).
 */
// Declared as a GraphQL type only so that every entity type inherits these fields; it is never referenced, so never emitted.
@ObjectType()
export abstract class BaseEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Date, { description: 'When it was created.' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date & Opt = new Date();

  @Field(() => Date, { description: 'When it was last changed.' })
  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();

  get nodeId(): string {
    return toGlobalId(this.constructor.name, this.id);
  }
}
