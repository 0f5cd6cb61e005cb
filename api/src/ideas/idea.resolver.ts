import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../core/context.js';
import { badUserInput } from '../core/errors.js';
import { idOf } from '../core/graphql/node.js';
import { ClusterView, IdeaView } from '../rooms/room.views.js';
import { CreateIdeaInput, MergeIdeasInput, MoveIdeaInput, PlaceIdeaInput, SaveClusterInput, UpdateIdeaInput } from './idea.inputs.js';
import * as ideas from './idea.service.js';

const ideaId = (id: string, field = 'ideaId') => idOf(id, 'Idea', field);
const roomId = (id: string) => idOf(id, 'Room', 'roomId');

function finite(value: number | null | undefined, field: string): number | null | undefined {
  if (value != null && (!Number.isFinite(value) || Math.abs(value) > 1e12)) throw badUserInput('Position out of range.', { [field]: ['must be a finite number'] });
  return value;
}

@Resolver()
export class IdeaResolver {
  @Mutation(() => IdeaView, { description: 'Adds an idea (participants in DIVERGE, or later if the room allows; facilitators until CLOSED). PHASE_CLOSED otherwise.' })
  async createIdea(@Arg('input', () => CreateIdeaInput, { description: 'The idea.' }) input: CreateIdeaInput, @Ctx() ctx: Context): Promise<IdeaView> {
    return ideas.ideaViewFor(ctx, await ideas.createIdea(ctx, roomId(input.roomId), input));
  }

  @Mutation(() => IdeaView, { description: 'Changes an idea (its author while ideas are written or grouped; facilitators until CLOSED).' })
  async updateIdea(@Arg('input', () => UpdateIdeaInput, { description: 'The changes.' }) input: UpdateIdeaInput, @Ctx() ctx: Context): Promise<IdeaView> {
    return ideas.ideaViewFor(ctx, await ideas.updateIdea(ctx, ideaId(input.ideaId), input));
  }

  @Mutation(() => Boolean, { description: 'Deletes an idea; dots on it go back to their owners.' })
  deleteIdea(@Arg('ideaId', () => ID, { description: 'The idea.' }) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return ideas.deleteIdea(ctx, ideaId(id));
  }

  @Mutation(() => IdeaView, { description: 'Merges ideas into one, keeping lineage; votes carry over within the per-idea cap (facilitators).' })
  async mergeIdeas(@Arg('input', () => MergeIdeasInput, { description: 'Target and sources.' }) input: MergeIdeasInput, @Ctx() ctx: Context): Promise<IdeaView> {
    const merged = await ideas.mergeIdeas(ctx, roomId(input.roomId), ideaId(input.targetId, 'targetId'), input.sourceIds.map((id) => ideaId(id, 'sourceIds')));
    return ideas.ideaViewFor(ctx, merged);
  }

  @Mutation(() => IdeaView, { description: 'Moves an idea into or out of a cluster, or to a new position (facilitators).' })
  async moveIdea(@Arg('input', () => MoveIdeaInput, { description: 'Where to.' }) input: MoveIdeaInput, @Ctx() ctx: Context): Promise<IdeaView> {
    const clusterId = input.clusterId === undefined ? undefined : input.clusterId === null ? null : idOf(input.clusterId, 'Cluster', 'clusterId');
    const moved = await ideas.moveIdea(ctx, roomId(input.roomId), ideaId(input.ideaId), clusterId, finite(input.position, 'position'));
    return ideas.ideaViewFor(ctx, moved);
  }

  @Mutation(() => IdeaView, {
    description: 'Places an idea on the impact/feasibility matrix, or takes it off with both values null (facilitators, in CONVERGE; PHASE_CLOSED otherwise). The room gets IdeaUpdated.',
  })
  async placeIdea(@Arg('input', () => PlaceIdeaInput, { description: 'The idea and its place.' }) input: PlaceIdeaInput, @Ctx() ctx: Context): Promise<IdeaView> {
    return ideas.ideaViewFor(ctx, await ideas.placeIdea(ctx, ideaId(input.ideaId), input.impact ?? null, input.feasibility ?? null));
  }

  @Mutation(() => ClusterView, { description: 'Creates, renames or moves a cluster (facilitators).' })
  async saveCluster(@Arg('input', () => SaveClusterInput, { description: 'The cluster.' }) input: SaveClusterInput, @Ctx() ctx: Context): Promise<ClusterView> {
    const clusterId = input.clusterId ? idOf(input.clusterId, 'Cluster', 'clusterId') : null;
    return ideas.clusterView(await ideas.saveCluster(ctx, roomId(input.roomId), clusterId, input.label, finite(input.position, 'position')));
  }

  @Mutation(() => Boolean, { description: 'Deletes a cluster; its ideas are ungrouped (facilitators).' })
  deleteCluster(
    @Arg('roomId', () => ID, { description: 'The room.' }) room: string,
    @Arg('clusterId', () => ID, { description: 'The cluster.' }) clusterId: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return ideas.deleteCluster(ctx, roomId(room), idOf(clusterId, 'Cluster', 'clusterId'));
  }
}
