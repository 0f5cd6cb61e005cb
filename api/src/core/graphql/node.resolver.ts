import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { Node, fromGlobalId } from './node.js';

/** How `node(id)` fetches each type, with that type's own read policy. Features register theirs in schema.ts. */
export type NodeFetchers = Record<string, (ctx: Context, id: string) => Promise<object | null>>;

export function nodeResolver(fetchers: NodeFetchers) {
  @Resolver()
  class NodeResolver {
    @Query(() => Node, {
      nullable: true,
      description: 'Fetches any object by its global id. Null when the id is unknown; FORBIDDEN when the viewer may not read it.',
    })
    async node(@Arg('id', () => ID, { description: 'A global id returned by this API.' }) id: string, @Ctx() ctx: Context): Promise<object | null> {
      const parsed = fromGlobalId(id);
      const fetch = parsed && fetchers[parsed.type];
      if (!parsed || !fetch) return null;
      try {
        return await fetch(ctx, parsed.id);
      } catch (error) {
        if ((error as { extensions?: { code?: string } }).extensions?.code === 'NOT_FOUND') return null;
        throw error;
      }
    }
  }
  return NodeResolver;
}
