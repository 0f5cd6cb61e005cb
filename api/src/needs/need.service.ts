import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../core/context.js';
import { paginate } from '../core/database/paginate.js';
import { badUserInput, notFound } from '../core/errors.js';
import { idOf } from '../core/graphql/node.js';
import type { ConnectionShape } from '../core/graphql/relay.js';
import { fold, searchWords } from '../core/text.js';
import { Factory } from '../factories/factory.entity.js';
import { Territory } from '../factories/territory.entity.js';
import { authorize } from '../identity/policy.js';
import { User } from '../identity/user.entity.js';
import type { Viewer } from '../identity/viewer.js';
import type { CreateNeedInput, NeedFilter, UpdateNeedInput } from './need.inputs.js';
import { Need, NeedStatus } from './need.entity.js';
import { Theme } from './theme.entity.js';

/** The user a write is attributed to: the facilitator, or the owner who created the API token. */
function author(ctx: Context): User {
  const v: Viewer = ctx.viewer;
  if (v.kind === 'FACILITATOR' || v.kind === 'API_TOKEN') return ctx.em.getReference(User, v.userId);
  throw new Error(`no author for viewer ${v.kind}`); // unreachable: need:write admits only these two
}

/** A territory usable by the factory: its own, or one inside it. */
async function territoryFor(ctx: Context, factory: Factory, globalId: string, field: string): Promise<Territory> {
  const territory = await ctx.em.findOne(Territory, idOf(globalId, 'Territory', field));
  if (!territory || (territory.id !== factory.territory.id && territory.parent?.id !== factory.territory.id)) {
    throw badUserInput('This territory is not one of the factory’s.', { [field]: ['must be the factory territory or one inside it'] });
  }
  return territory;
}

/** A shared theme, or one of the factory's own. */
async function themeFor(ctx: Context, factory: Factory, globalId: string, field: string): Promise<Theme> {
  const theme = await ctx.em.findOne(Theme, idOf(globalId, 'Theme', field));
  if (!theme || (theme.factory && theme.factory.id !== factory.id)) {
    throw badUserInput('Unknown theme.', { [field]: ['must be a shared theme or one of the factory’s'] });
  }
  return theme;
}

export async function getNeed(ctx: Context, id: string): Promise<Need> {
  const need = await ctx.loaders.load(Need, id);
  if (!need) throw notFound('Need');
  authorize(ctx.viewer, 'need:read', need.factory.id);
  return need;
}

export async function listNeeds(
  ctx: Context,
  factoryId: string,
  filter: NeedFilter | null | undefined,
  page: { first?: number | null; after?: string | null },
): Promise<ConnectionShape<Need>> {
  authorize(ctx.viewer, 'need:read', factoryId);
  const where: FilterQuery<Need>[] = [{ factory: factoryId }];
  where.push({ status: { $in: filter?.statuses?.length ? filter.statuses : [NeedStatus.OPEN, NeedStatus.IN_PROGRESS, NeedStatus.ADDRESSED] } });
  if (filter?.themeIds?.length) where.push({ theme: { $in: filter.themeIds.map((id) => idOf(id, 'Theme', 'filter.themeIds')) } });
  if (filter?.territoryIds?.length) where.push({ territory: { $in: filter.territoryIds.map((id) => idOf(id, 'Territory', 'filter.territoryIds')) } });
  for (const word of searchWords(filter?.search)) {
    where.push({ searchText: { $like: `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%` } });
  }
  return paginate(ctx.em, Need, { $and: where }, page);
}

export async function createNeed(ctx: Context, input: CreateNeedInput): Promise<Need> {
  const factoryId = idOf(input.factoryId, 'Factory', 'factoryId');
  authorize(ctx.viewer, 'need:write', factoryId);
  const factory = await ctx.em.findOne(Factory, factoryId);
  if (!factory) throw notFound('Factory');
  const need = new Need({
    factory,
    territory: await territoryFor(ctx, factory, input.territoryId, 'territoryId'),
    theme: await themeFor(ctx, factory, input.themeId, 'themeId'),
    title: input.title.trim(),
    createdBy: author(ctx),
  });
  need.description = input.description?.trim() ?? '';
  need.evidence = input.evidence?.trim() ?? '';
  need.sources = (input.sources ?? []).map(({ url, title }) => ({ url, title: title.trim() }));
  need.reportedBy = input.reportedBy?.trim() ?? '';
  await ctx.em.persistAndFlush(need);
  return need;
}

export async function updateNeed(ctx: Context, input: UpdateNeedInput): Promise<Need> {
  const need = await ctx.em.findOne(Need, idOf(input.id, 'Need'), { populate: ['factory'] });
  if (!need) throw notFound('Need');
  authorize(ctx.viewer, 'need:write', need.factory.id);
  if (input.status === NeedStatus.ARCHIVED) throw badUserInput('Use archiveNeed to archive a need.', { status: ['use archiveNeed'] });
  if (input.territoryId) need.territory = await territoryFor(ctx, need.factory, input.territoryId, 'territoryId');
  if (input.themeId) need.theme = await themeFor(ctx, need.factory, input.themeId, 'themeId');
  if (input.title !== undefined && input.title !== null) need.title = input.title.trim();
  if (input.description != null) need.description = input.description.trim();
  if (input.evidence != null) need.evidence = input.evidence.trim();
  if (input.sources != null) need.sources = input.sources.map(({ url, title }) => ({ url, title: title.trim() }));
  if (input.reportedBy != null) need.reportedBy = input.reportedBy.trim();
  if (input.status != null) {
    need.status = input.status;
    need.archivedAt = null;
  }
  await ctx.em.flush();
  return need;
}

export async function archiveNeed(ctx: Context, id: string): Promise<Need> {
  const need = await ctx.em.findOne(Need, idOf(id, 'Need'));
  if (!need) throw notFound('Need');
  authorize(ctx.viewer, 'need:write', need.factory.id);
  if (need.status !== NeedStatus.ARCHIVED) need.archive();
  await ctx.em.flush();
  return need;
}

/** Adds a theme of the factory's own to the vocabulary (facilitators). Its slug comes from the French label. */
export async function createTheme(ctx: Context, factoryId: string, labelFr: string, labelEn: string): Promise<Theme> {
  authorize(ctx.viewer, 'need:write', factoryId);
  const factory = await ctx.em.findOne(Factory, factoryId);
  if (!factory) throw notFound('Factory');
  const slug = fold(labelFr).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  if (!slug) throw badUserInput('The label needs letters or digits.', { labelFr: ['must contain letters or digits'] });
  const clash = await ctx.em.findOne(Theme, { slug, $or: [{ factory: null }, { factory: factoryId }] });
  if (clash) throw badUserInput('This theme already exists.', { labelFr: [`a theme "${clash.labelFr}" already exists`] });
  const theme = new Theme(slug, labelFr.trim(), labelEn.trim() || labelFr.trim(), factory);
  await ctx.em.persistAndFlush(theme);
  return theme;
}

/** Shared themes and the factory's own, by French label. */
export async function themesFor(ctx: Context, factoryId: string | null): Promise<Theme[]> {
  if (factoryId) authorize(ctx.viewer, 'need:read', factoryId);
  return ctx.em.find(Theme, { $or: [{ factory: null }, ...(factoryId ? [{ factory: factoryId }] : [])] }, { orderBy: { labelFr: 'asc' } });
}
