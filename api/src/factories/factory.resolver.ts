import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../core/context.js';
import { ApiToken } from '../identity/api-token.entity.js';
import { apiTokensOf } from '../identity/identity.service.js';
import { Factory } from './factory.entity.js';
import * as factories from './factory.service.js';
import { Territory } from './territory.entity.js';

@Resolver(() => Factory)
export class FactoryResolver {
  @Query(() => Factory, { description: 'A factory by its slug. NOT_FOUND if there is none, FORBIDDEN if the viewer may not see it.' })
  factory(@Arg('slug', () => String, { description: 'The factory slug.' }) slug: string, @Ctx() ctx: Context): Promise<Factory> {
    return factories.getFactoryBySlug(ctx, slug);
  }

  @Query(() => [Factory], { description: "The factories the viewer works in (facilitator), or speaks for (API token, participant)." })
  myFactories(@Ctx() ctx: Context): Promise<Factory[]> {
    return factories.myFactories(ctx);
  }

  @FieldResolver(() => Territory, { description: 'The territory the factory works on.' })
  territory(@Root() factory: Factory, @Ctx() ctx: Context): Promise<Territory> {
    return factories.getTerritory(ctx, factory.territory.id);
  }

  @FieldResolver(() => [Territory], { description: 'The factory territory followed by the territories inside it (its QPV…).' })
  territories(@Root() factory: Factory, @Ctx() ctx: Context): Promise<Territory[]> {
    return factories.territoriesOf(ctx, factory);
  }

  @FieldResolver(() => [ApiToken], { description: 'API tokens of the factory, newest first, revoked ones included (owners only).' })
  apiTokens(@Root() factory: Factory, @Ctx() ctx: Context): Promise<ApiToken[]> {
    return apiTokensOf(ctx, factory.id);
  }
}

@Resolver(() => Territory)
export class TerritoryResolver {
  @FieldResolver(() => Territory, { nullable: true, description: 'The territory that contains this one (a QPV inside its metropolis).' })
  async parent(@Root() territory: Territory, @Ctx() ctx: Context): Promise<Territory | null> {
    return territory.parent ? ctx.loaders.load(Territory, territory.parent.id) : null;
  }
}
