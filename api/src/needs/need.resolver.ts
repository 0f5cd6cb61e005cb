import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../core/context.js';
import { idOf } from '../core/graphql/node.js';
import { connectionType, type ConnectionShape } from '../core/graphql/relay.js';
import { Factory } from '../factories/factory.entity.js';
import { getFactory, getTerritory } from '../factories/factory.service.js';
import { Territory } from '../factories/territory.entity.js';
import { Need } from './need.entity.js';
import { CreateNeedInput, CreateThemeInput, NeedsArgs, UpdateNeedInput } from './need.inputs.js';
import * as needs from './need.service.js';
import { Theme } from './theme.entity.js';

export const NeedConnection = connectionType(Need, 'Need', 'need');

@Resolver(() => Need)
export class NeedResolver {
  @Query(() => NeedConnection, { description: 'Needs of a factory, newest first. Archived ones only when `filter.statuses` asks for them.' })
  needs(@Arg('factoryId', () => ID, { description: 'The factory whose needs to list.' }) factoryId: string, @Args(() => NeedsArgs) args: NeedsArgs, @Ctx() ctx: Context): Promise<ConnectionShape<Need>> {
    return needs.listNeeds(ctx, idOf(factoryId, 'Factory', 'factoryId'), args.filter, args);
  }

  @Query(() => [Theme], { description: 'The theme vocabulary: shared themes, plus the factory’s own when `factoryId` is given.' })
  themes(@Arg('factoryId', () => ID, { nullable: true, description: 'Also include this factory’s own themes.' }) factoryId: string | null, @Ctx() ctx: Context): Promise<Theme[]> {
    return needs.themesFor(ctx, factoryId ? idOf(factoryId, 'Factory', 'factoryId') : null);
  }

  @Mutation(() => Theme, { description: 'Adds a theme of the factory’s own to the vocabulary (facilitators, write tokens).' })
  createTheme(@Arg('input', () => CreateThemeInput, { description: 'The factory and the labels.' }) input: CreateThemeInput, @Ctx() ctx: Context): Promise<Theme> {
    return needs.createTheme(ctx, idOf(input.factoryId, 'Factory', 'factoryId'), input.labelFr, input.labelEn);
  }

  @Mutation(() => Need, { description: 'Records a new need (facilitators, write tokens).' })
  createNeed(@Arg('input', () => CreateNeedInput, { description: 'The new need.' }) input: CreateNeedInput, @Ctx() ctx: Context): Promise<Need> {
    return needs.createNeed(ctx, input);
  }

  @Mutation(() => Need, { description: 'Changes a need (facilitators, write tokens).' })
  updateNeed(@Arg('input', () => UpdateNeedInput, { description: 'The need and its changes.' }) input: UpdateNeedInput, @Ctx() ctx: Context): Promise<Need> {
    return needs.updateNeed(ctx, input);
  }

  @Mutation(() => Need, { description: 'Archives a need: it leaves lists but keeps its history. Archiving twice is harmless.' })
  archiveNeed(@Arg('id', () => ID, { description: 'The need to archive.' }) id: string, @Ctx() ctx: Context): Promise<Need> {
    return needs.archiveNeed(ctx, id);
  }

  @FieldResolver(() => Factory, { description: 'The factory the need belongs to.' })
  factory(@Root() need: Need, @Ctx() ctx: Context): Promise<Factory> {
    return getFactory(ctx, need.factory.id);
  }

  @FieldResolver(() => Territory, { description: 'Where the need arises.' })
  territory(@Root() need: Need, @Ctx() ctx: Context): Promise<Territory> {
    return getTerritory(ctx, need.territory.id);
  }

  @FieldResolver(() => Theme, { description: 'The theme of the need.' })
  async theme(@Root() need: Need, @Ctx() ctx: Context): Promise<Theme> {
    return (await ctx.loaders.load(Theme, need.theme.id))!;
  }
}

@Resolver(() => Factory)
export class FactoryNeedsResolver {
  @FieldResolver(() => NeedConnection, { description: 'Needs of the factory, newest first (same as `Query.needs`).' })
  needs(@Root() factory: Factory, @Args(() => NeedsArgs) args: NeedsArgs, @Ctx() ctx: Context): Promise<ConnectionShape<Need>> {
    return needs.listNeeds(ctx, factory.id, args.filter, args);
  }
}
