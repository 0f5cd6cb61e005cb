import type { Context } from '../core/context.js';
import { notFound } from '../core/errors.js';
import { authorize } from '../identity/policy.js';
import { Factory } from './factory.entity.js';
import { Territory } from './territory.entity.js';

/** A factory the viewer may read; NOT_FOUND / FORBIDDEN otherwise. */
export async function getFactory(ctx: Context, id: string): Promise<Factory> {
  const factory = await ctx.loaders.load(Factory, id);
  if (!factory) throw notFound('Factory');
  authorize(ctx.viewer, 'factory:read', factory.id);
  return factory;
}

export async function getFactoryBySlug(ctx: Context, slug: string): Promise<Factory> {
  const factory = await ctx.em.findOne(Factory, { slug });
  if (!factory) throw notFound('Factory');
  authorize(ctx.viewer, 'factory:read', factory.id);
  return factory;
}

/** The factories the viewer works in or speaks for. */
export async function myFactories(ctx: Context): Promise<Factory[]> {
  const v = ctx.viewer;
  const ids = v.kind === 'FACILITATOR' ? [...v.roles.keys()] : v.kind === 'API_TOKEN' || v.kind === 'PARTICIPANT' ? [v.factoryId] : [];
  if (ids.length === 0) return [];
  return ctx.em.find(Factory, { id: { $in: ids } }, { orderBy: { name: 'asc' } });
}

/** The factory's territory and the territories inside it (its QPV…), in one query. */
export async function territoriesOf(ctx: Context, factory: Factory): Promise<Territory[]> {
  const found = await ctx.em.find(Territory, { $or: [{ id: factory.territory.id }, { parent: factory.territory.id }] }, { orderBy: { name: 'asc' } });
  return [...found.filter((t) => t.id === factory.territory.id), ...found.filter((t) => t.id !== factory.territory.id)];
}

/** Territories are public reference data. */
export async function getTerritory(ctx: Context, id: string): Promise<Territory> {
  const territory = await ctx.loaders.load(Territory, id);
  if (!territory) throw notFound('Territory');
  return territory;
}
