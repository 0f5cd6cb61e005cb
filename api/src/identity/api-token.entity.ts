import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../core/database/base.entity.js';
import { Node } from '../core/graphql/node.js';
import { Factory } from '../factories/factory.entity.js';
import { User } from './user.entity.js';

export type ApiTokenScope = 'read' | 'write';

/** GraphQL spelling of the scopes (upper case), mapped to the stored lower-case values. */
export enum ApiTokenScopeEnum {
  READ = 'read',
  WRITE = 'write',
}
registerEnumType(ApiTokenScopeEnum, {
  name: 'ApiTokenScope',
  description: 'What an API token may do in its factory.',
  valuesConfig: {
    READ: { description: 'Read the factory’s data.' },
    WRITE: { description: 'Create and change the factory’s data (implies nothing about reading; give both if needed).' },
  },
});

/** A token for an external tool, scoped to one factory. Only a hash of its secret is stored. */
@ObjectType('ApiToken', { implements: Node, description: 'A token for an external tool, scoped to one factory. Its secret is shown once, at creation.' })
@Entity({ tableName: 'api_token' })
export class ApiToken extends BaseEntity {
  @ManyToOne(() => Factory)
  factory: Factory;

  @Field(() => String, { description: 'What the token is for (the tool using it).' })
  @Property({ type: 'string' })
  name: string;

  @Field(() => [ApiTokenScopeEnum], { description: 'What the token may do.' })
  @Property({ type: 'array', columnType: 'text[]' })
  scopes: ApiTokenScope[];

  /** SHA-256 of the random secret (the secret has 256 bits of entropy, so a fast hash is enough). */
  @Property({ type: 'string', hidden: true })
  secretHash: string;

  @ManyToOne(() => User)
  createdBy: User;

  @Field(() => Date, { nullable: true, description: 'When it was last used (minute precision).' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  lastUsedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was revoked; a revoked token is refused.' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  constructor(factory: Factory, name: string, scopes: ApiTokenScope[], secretHash: string, createdBy: User) {
    super();
    this.factory = factory;
    this.name = name;
    this.scopes = scopes;
    this.secretHash = secretHash;
    this.createdBy = createdBy;
  }
}
