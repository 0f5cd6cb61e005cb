import { Entity, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../core/database/base.entity.js';
import { Node } from '../core/graphql/node.js';

/** A facilitator's account. Participants have no account (see Session). */
@ObjectType('User', { implements: Node, description: 'A facilitator account. Only reachable by the user themself, through `viewer`.' })
@Entity({ tableName: 'app_user' })
export class User extends BaseEntity {
  /** Stored lower-cased; unique. */
  @Field(() => String, { description: 'Sign-in email, lower-cased.' })
  @Property({ type: 'string', unique: true })
  email: string;

  @Field(() => String, { description: 'Name shown to others.' })
  @Property({ type: 'string' })
  displayName: string;

  /** argon2id hash, never exposed. */
  @Property({ type: 'string', hidden: true, lazy: true })
  passwordHash: string;

  constructor(email: string, displayName: string, passwordHash: string) {
    super();
    this.email = email.trim().toLowerCase();
    this.displayName = displayName;
    this.passwordHash = passwordHash;
  }
}
