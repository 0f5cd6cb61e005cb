import { Entity, Enum, ManyToOne, Unique } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../core/database/base.entity.js';
import { Factory } from '../factories/factory.entity.js';
import { User } from './user.entity.js';

export enum MembershipRole {
  OWNER = 'OWNER',
  FACILITATOR = 'FACILITATOR',
}

registerEnumType(MembershipRole, {
  name: 'MembershipRole',
  description: "A facilitator's role in a factory.",
  valuesConfig: {
    OWNER: { description: 'Runs the factory: manages members and API tokens.' },
    FACILITATOR: { description: 'Runs rooms, curates needs and the library.' },
  },
});

/** A facilitator's role in one factory. */
@ObjectType('Membership', { description: "A facilitator's role in one factory." })
@Entity({ tableName: 'membership' })
@Unique({ properties: ['user', 'factory'] })
export class Membership extends BaseEntity {
  @ManyToOne(() => User)
  user: User;

  @ManyToOne(() => Factory)
  factory: Factory;

  @Field(() => MembershipRole, { description: 'The role held.' })
  @Enum({ items: () => MembershipRole, nativeEnumName: 'membership_role' })
  role: MembershipRole;

  constructor(user: User, factory: Factory, role: MembershipRole) {
    super();
    this.user = user;
    this.factory = factory;
    this.role = role;
  }
}
