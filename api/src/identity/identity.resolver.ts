import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../core/context.js';
import { idOf } from '../core/graphql/node.js';
import { Factory } from '../factories/factory.entity.js';
import { ApiToken } from './api-token.entity.js';
import * as identity from './identity.service.js';
import { CreateApiTokenInput, CreateApiTokenPayload, LoginInput, LoginPayload, ViewerKind, ViewerType } from './identity.types.js';
import { Membership } from './membership.entity.js';
import { User } from './user.entity.js';

@Resolver()
export class IdentityResolver {
  @Query(() => ViewerType, { description: 'The identity making the request (anonymous when no credentials are sent).' })
  async viewer(@Ctx() ctx: Context): Promise<ViewerType> {
    return { kind: ViewerKind[ctx.viewer.kind], user: await identity.currentUser(ctx) };
  }

  @Mutation(() => LoginPayload, { description: 'Signs a facilitator in. Wrong credentials give UNAUTHENTICATED.' })
  login(@Arg('input', () => LoginInput, { description: 'Email and password.' }) input: LoginInput, @Ctx() ctx: Context): Promise<LoginPayload> {
    return identity.login(ctx, input.email, input.password);
  }

  @Mutation(() => Boolean, { description: 'Revokes the current session and clears the cookie. True if a session was revoked.' })
  logout(@Ctx() ctx: Context): Promise<boolean> {
    return identity.logout(ctx);
  }

  @Mutation(() => CreateApiTokenPayload, { description: 'Creates an API token for an external tool (factory owners only).' })
  createApiToken(@Arg('input', () => CreateApiTokenInput, { description: 'Factory, name and scopes of the token.' }) input: CreateApiTokenInput, @Ctx() ctx: Context): Promise<CreateApiTokenPayload> {
    return identity.createApiToken(ctx, idOf(input.factoryId, 'Factory', 'factoryId'), input.name, input.scopes);
  }

  @Mutation(() => ApiToken, { description: 'Revokes an API token (factory owners only). Revoking twice is harmless.' })
  revokeApiToken(@Arg('id', () => ID, { description: 'The API token to revoke.' }) id: string, @Ctx() ctx: Context): Promise<ApiToken> {
    return identity.revokeApiToken(ctx, idOf(id, 'ApiToken'));
  }
}

@Resolver(() => User)
export class UserResolver {
  @FieldResolver(() => [Membership], { description: 'The factories this user belongs to, with the role in each.' })
  memberships(@Root() user: User, @Ctx() ctx: Context): Promise<Membership[]> {
    return identity.membershipsOf(ctx, user);
  }
}

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => Factory, { description: 'The factory.' })
  async factory(@Root() membership: Membership, @Ctx() ctx: Context): Promise<Factory> {
    return (await ctx.loaders.load(Factory, membership.factory.id))!;
  }
}
