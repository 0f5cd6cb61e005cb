import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../core/context.js';
import { idOf } from '../core/graphql/node.js';
import { Factory } from '../factories/factory.entity.js';
import { funnelReport, pipelineFunnel } from './funnel.js';
import { Funnel, FunnelInput, FunnelReport, OpenDataProject } from './funnel.types.js';
import { openDataOf, openDataProjects, setOpenData } from './open-data.js';

const factoryId = (id: string) => idOf(id, 'Factory', 'factoryId');

@Resolver(() => Factory)
export class ReportingResolver {
  @Query(() => Funnel, { description: 'The pipeline funnel of a factory, optionally of one territory (QPV included) or cohort, over a period (facilitators, API tokens).' })
  pipelineFunnel(@Arg('input', () => FunnelInput, { description: 'What to count.' }) input: FunnelInput, @Ctx() ctx: Context): Promise<Funnel> {
    return pipelineFunnel(ctx, input);
  }

  @Query(() => FunnelReport, { description: 'The funnel of a factory, of each of its territories and of each cohort over a period, with the same rows as CSV text for funders.' })
  pipelineFunnelReport(
    @Arg('factoryId', () => ID, { description: 'The factory.' }) id: string,
    @Arg('from', () => Date, { nullable: true, description: 'From this instant (inclusive).' }) from: Date | null,
    @Arg('to', () => Date, { nullable: true, description: 'Before this instant (exclusive).' }) to: Date | null,
    @Ctx() ctx: Context,
  ): Promise<FunnelReport> {
    return funnelReport(ctx, id, from, to);
  }

  @Query(() => [OpenDataProject], { description: 'Launched projects of a factory, public fields only. Readable without a token when the factory shares them as open data.' })
  openDataProjects(@Arg('factoryId', () => ID, { description: 'The factory.' }) id: string, @Ctx() ctx: Context): Promise<OpenDataProject[]> {
    return openDataProjects(ctx, factoryId(id));
  }

  @Mutation(() => Boolean, { description: 'Shares the public fields of the factory’s launched projects as open data, or stops (owners). Returns the new setting.' })
  setPipelineOpenData(
    @Arg('factoryId', () => ID, { description: 'The factory.' }) id: string,
    @Arg('open', () => Boolean, { description: 'Share (true) or not (false).' }) open: boolean,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return setOpenData(ctx, factoryId(id), open);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the factory shares its launched projects as open data.' })
  pipelineOpenData(@Root() factory: Factory, @Ctx() ctx: Context): Promise<boolean> {
    return openDataOf(ctx, factory.id);
  }
}
