import type { FindOptions } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../core/context.js';
import { notFound } from '../core/errors.js';
import { authorize } from '../identity/policy.js';
import { Factory } from '../factories/factory.entity.js';
import { StudyCriterion } from './study.entity.js';
import type { StudyCriterionInput } from './study.inputs.js';
import { idOf } from '../core/graphql/node.js';

/** The grid a factory starts with (French labels: they are the factory's own data, which it may change). */
export const DEFAULT_CRITERIA: { key: string; label: string; description: string }[] = [
  { key: 'need_strength', label: 'Force du besoin', description: 'Le besoin est-il avéré, documenté, partagé par les habitants et les acteurs ?' },
  { key: 'economic_viability', label: 'Viabilité économique', description: 'Le modèle économique peut-il équilibrer l’activité (ventes, prestations, aides) ?' },
  { key: 'local_partners', label: 'Partenaires locaux', description: 'Des partenaires du territoire sont-ils prêts à s’engager (lieux, débouchés, financements) ?' },
  { key: 'reference_transferability', label: 'Transférabilité des références', description: 'Les initiatives inspirantes peuvent-elles être transposées ici ?' },
  { key: 'lead_availability', label: 'Disponibilité d’un porteur de projet', description: 'Peut-on trouver une personne ou une structure pour porter le projet ?' },
];

/** Writes the default grid for a factory that has none yet (first use). Concurrent callers are harmless. */
export async function ensureCriteria(em: EntityManager, factoryId: string): Promise<void> {
  const values = DEFAULT_CRITERIA.map(() => '(gen_random_uuid(), now(), now(), ?::uuid, ?::text, ?::text, ?::text, ?::int)').join(', ');
  await em.getConnection().execute(
    `insert into study_criterion (id, created_at, updated_at, factory_id, key, label, description, position)
     select * from (values ${values}) v where not exists (select 1 from study_criterion where factory_id = ?)
     on conflict (factory_id, key) do nothing`,
    [...DEFAULT_CRITERIA.flatMap((c, i) => [factoryId, c.key, c.label, c.description, i + 1]), factoryId],
    'run',
    em.getTransactionContext(),
  );
}

export async function criteriaOf(ctx: Context, factoryId: string, includeArchived: boolean): Promise<StudyCriterion[]> {
  authorize(ctx.viewer, 'pipeline:read', factoryId);
  return loadCriteria(ctx.em, factoryId, includeArchived);
}

const ORDER: FindOptions<StudyCriterion> = { orderBy: [{ position: 'asc' }, { createdAt: 'asc' }] };

/** The grid in order; the defaults are written the first time a factory's grid is asked for. */
export async function loadCriteria(em: EntityManager, factoryId: string, includeArchived: boolean): Promise<StudyCriterion[]> {
  let all = await em.find(StudyCriterion, { factory: factoryId }, ORDER);
  if (all.length === 0) {
    await ensureCriteria(em, factoryId);
    all = await em.find(StudyCriterion, { factory: factoryId }, ORDER);
  }
  return includeArchived ? all : all.filter((c) => !c.archivedAt);
}

/** The grids of the factories of the studies resolved in one request, read once per factory. */
export async function criteriaFor(ctx: Context, factoryId: string): Promise<StudyCriterion[]> {
  return ctx.loaders.loadMany('study-criteria', async (ids) => (await Promise.all(ids.map((id) => loadCriteria(ctx.em, id, true)))).flat(), (c: StudyCriterion) => c.factory.id, factoryId);
}

function keyOf(label: string): string {
  const base = label.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '').slice(0, 40);
  return `${base || 'criterion'}_${Date.now().toString(36)}`;
}

/** Adds a criterion to the grid, or changes one (facilitators, write tokens). */
export async function saveCriterion(ctx: Context, input: StudyCriterionInput): Promise<StudyCriterion> {
  const factoryId = idOf(input.factoryId, 'Factory', 'factoryId');
  authorize(ctx.viewer, 'pipeline:manage', factoryId);
  return ctx.em.transactional(async (em) => {
    const existing = await loadCriteria(em, factoryId, true);
    let criterion: StudyCriterion | undefined;
    if (input.id) {
      const id = idOf(input.id, 'StudyCriterion');
      criterion = existing.find((c) => c.id === id);
      if (!criterion) throw notFound('Criterion');
      criterion.label = input.label.trim();
    } else {
      criterion = new StudyCriterion(em.getReference(Factory, factoryId), keyOf(input.label), input.label.trim(), Math.max(0, ...existing.map((c) => c.position)) + 1);
      em.persist(criterion);
    }
    if (input.description != null) criterion.description = input.description.trim();
    if (input.position != null) criterion.position = input.position;
    await em.flush();
    return criterion;
  });
}

/** Takes a criterion out of the grid; scores already given stay visible on the studies that have them. */
export async function archiveCriterion(ctx: Context, id: string): Promise<StudyCriterion> {
  const criterion = await ctx.em.findOne(StudyCriterion, id);
  if (!criterion) throw notFound('Criterion');
  authorize(ctx.viewer, 'pipeline:manage', criterion.factory.id);
  criterion.archivedAt ??= new Date();
  await ctx.em.flush();
  return criterion;
}

export async function getCriterion(ctx: Context, id: string): Promise<StudyCriterion> {
  const criterion = await ctx.loaders.load(StudyCriterion, id);
  if (!criterion) throw notFound('Criterion');
  authorize(ctx.viewer, 'pipeline:read', criterion.factory.id);
  return criterion;
}
