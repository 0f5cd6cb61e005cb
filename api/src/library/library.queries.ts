import type { Context } from '../core/context.js';
import { notFound } from '../core/errors.js';
import { fromGlobalId, idOf } from '../core/graphql/node.js';
import { DEFAULT_PAGE_SIZE } from '../core/graphql/relay.js';
import { fold } from '../core/text.js';
import { ideaNode } from '../ideas/idea.service.js';
import { Theme } from '../needs/theme.entity.js';
import { Room } from '../rooms/room.entity.js';
import { Initiative, InitiativeStatus, type LegalForm, type ReplicationMode } from './initiative.entity.js';
import { InitiativeSort, type InitiativeFilter, type InitiativesArgs } from './initiative.inputs.js';
import type { InitiativeConnection, InitiativeFacets, ReferenceSuggestion } from './library.types.js';
import { authorizeLibrary, visibleStatuses } from './library.service.js';
import { search, statusesFor, suggest, type FacetRow, type SearchFilter } from './search.js';

/** The filter of a search with raw ids (statuses are narrowed to what the viewer may see later). */
export function searchFilterOf(filter: InitiativeFilter | null | undefined): SearchFilter {
  return {
    themeIds: [...new Set((filter?.themeIds ?? []).map((id) => idOf(id, 'Theme', 'filter.themeIds')))],
    regions: [...new Set((filter?.regions ?? []).map((r) => r.trim()).filter(Boolean))],
    legalForms: [...new Set(filter?.legalForms ?? [])],
    replicationModes: [...new Set(filter?.replicationModes ?? [])],
    statuses: [...new Set(filter?.statuses ?? [])],
  };
}

async function facetsOf(ctx: Context, rows: FacetRow[], approximate: boolean): Promise<InitiativeFacets> {
  const byCount = <T extends { count: number }>(list: T[], name: (x: T) => string) => list.sort((a, b) => b.count - a.count || name(a).localeCompare(name(b)));
  const of = (facet: FacetRow['facet']) => rows.filter((r) => r.facet === facet);
  const themeRows = of('theme');
  // Through the request's loader: the page's records ask for the same themes.
  const themes = await Promise.all(themeRows.map((r) => ctx.loaders.load(Theme, r.value)));
  return {
    themes: byCount(themeRows.flatMap((r, k) => (themes[k] ? [{ theme: themes[k], count: r.n }] : [])), (t) => t.theme.labelFr),
    regions: byCount(of('region').map((r) => ({ region: r.value, count: r.n })), (r) => r.region),
    legalForms: byCount(of('legalForm').map((r) => ({ legalForm: r.value as LegalForm, count: r.n })), (r) => r.legalForm),
    replicationModes: byCount(of('replicationMode').map((r) => ({ replicationMode: r.value as ReplicationMode, count: r.n })), (r) => r.replicationMode),
    statuses: byCount(of('status').map((r) => ({ status: r.value as InitiativeStatus, count: r.n })), (r) => r.status),
    approximate,
  };
}

/** A page of a library search, with (when asked: they count every match) the total and the facet counts. */
export async function searchLibrary(ctx: Context, factoryId: string, args: InitiativesArgs, asked: { total: boolean; facets: boolean }): Promise<InitiativeConnection> {
  await authorizeLibrary(ctx, 'library:read', factoryId);
  const visible = visibleStatuses(ctx, factoryId);
  const filter = searchFilterOf(args.filter);
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  const result = await search(ctx.em, {
    factoryId,
    query: args.query?.trim() || null,
    filter: { ...filter, statuses: statusesFor(filter.statuses, visible) },
    visible,
    sort: args.sort ?? InitiativeSort.RELEVANCE,
    first,
    after: args.after ?? null,
    total: asked.total,
    facets: asked.facets,
  });
  const found = result.hits.length ? await ctx.em.find(Initiative, { id: { $in: result.hits.map((h) => h.id) } }) : [];
  const byId = new Map(found.map((i) => [i.id, i]));
  const edges = result.hits.filter((h) => byId.has(h.id)).map((h) => ({ cursor: h.cursor, node: byId.get(h.id)!, score: h.score }));
  // The page's themes are asked for in the same batch as the facets' (one query for both).
  const [facets] = await Promise.all([
    asked.facets ? facetsOf(ctx, result.facets, result.approximate) : { themes: [], regions: [], legalForms: [], replicationModes: [], statuses: [], approximate: false },
    Promise.all(found.flatMap((i) => i.themeIds.map((id) => ctx.loaders.load(Theme, id)))),
  ]);
  return {
    edges,
    pageInfo: { hasNextPage: result.hasNextPage, hasPreviousPage: !!args.after, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: result.total,
    facets,
  };
}

/** Words of at least 3 letters, folded for search, each mapped back to how the idea wrote it. */
function wordsOf(text: string): Map<string, string> {
  const words = new Map<string, string>();
  for (const word of text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []) {
    for (const part of word.split(/['’]/)) {
      if (part.length < 3) continue;
      const folded = fold(part);
      if (!words.has(folded)) words.set(folded, part);
    }
    if (words.size >= 60) break;
  }
  return words;
}

/**
 * The initiatives of the idea's factory most likely to inspire it, from the idea's words and its needs'
 * themes, best first, each with why: the idea's words it contains and the themes it shares.
 */
export async function suggestReferences(ctx: Context, ideaId: string, first: number): Promise<ReferenceSuggestion[]> {
  const idea = await ideaNode(ctx, ideaId);
  if (!idea) throw notFound('Idea');
  const room = await ctx.loaders.load(Room, fromGlobalId(idea.roomId)!.id);
  if (!room) throw notFound('Room');
  const factoryId = room.factory.id;
  await authorizeLibrary(ctx, 'library:read', factoryId);
  const visible = visibleStatuses(ctx, factoryId).filter((s) => s !== InitiativeStatus.ARCHIVED);
  const words = wordsOf(`${idea.title} ${idea.description}`);
  const needIds = idea.needIds.map((id) => fromGlobalId(id)!.id);
  const themeIds = needIds.length
    ? (await ctx.em.getConnection().execute<{ theme_id: string }[]>(`select distinct theme_id from need where id in (?)`, [needIds], 'all', ctx.em.getTransactionContext())).map((r) => r.theme_id)
    : [];
  const rows = await suggest(ctx.em, { factoryId, ideaId, words: [...words.keys()], themeIds, visible, first });
  const initiatives = rows.length ? await ctx.em.find(Initiative, { id: { $in: rows.map((r) => r.id) } }) : [];
  const themes = themeIds.length ? await ctx.em.find(Theme, { id: { $in: themeIds } }) : [];
  return rows
    .map((r) => ({
      initiative: initiatives.find((i) => i.id === r.id)!,
      score: r.score,
      matchedTerms: r.words.map((w) => words.get(w) ?? w),
      sharedThemes: themes.filter((t) => r.themeIds.includes(t.id)),
    }))
    .filter((s) => s.initiative);
}
