import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../core/context.js';
import { badUserInput, notFound } from '../core/errors.js';
import { idOf, toGlobalId } from '../core/graphql/node.js';
import { AUDIENCE_ALL } from '../events/room-event.js';
import { inRoomTransaction } from '../events/room-tx.js';
import { Factory } from '../factories/factory.entity.js';
import { Idea } from '../ideas/idea.entity.js';
import { emitIdeaChange, ideaNode, roomOfIdea } from '../ideas/idea.service.js';
import { ApiToken } from '../identity/api-token.entity.js';
import { authorize, can, type Action, type Scope } from '../identity/policy.js';
import { User } from '../identity/user.entity.js';
import { Theme } from '../needs/theme.entity.js';
import { Participant } from '../rooms/participant.entity.js';
import { PHASES, Phase, type Room } from '../rooms/room.entity.js';
import { getRoom } from '../rooms/room.service.js';
import type { IdeaView } from '../rooms/room.views.js';
import { ChangeAction, InitiativeChange, type FieldChange } from './initiative-change.entity.js';
import { Initiative, InitiativeStatus, LibrarySettings, type InitiativeSource } from './initiative.entity.js';
import type { CreateInitiativeInput, InitiativeFieldsInput, UpdateInitiativeInput } from './initiative.inputs.js';
import { snapshotOf } from './initiative.snapshot.js';
import type { LibraryView, ReferenceLinkView } from './library.types.js';
import { ReferenceLink } from './reference-link.entity.js';
import { findDuplicates } from './search.js';

/* ------------------------------------------------------------------------------------------------
 * Access. Sharing is a per-factory setting, so the policy gets it in the scope (`libraryPublic`).
 * ---------------------------------------------------------------------------------------------- */

/** Whether each factory shares its library; loaded once per request and factory. */
async function isPublic(ctx: Context, factoryId: string): Promise<boolean> {
  const rows = await ctx.loaders.loadMany(
    'library-settings',
    (ids) => ctx.em.find(LibrarySettings, { factoryId: { $in: ids } }),
    (row: LibrarySettings) => row.factoryId,
    factoryId,
  );
  return rows[0]?.public ?? false;
}

export async function libraryScope(ctx: Context, factoryId: string): Promise<Scope> {
  return { factoryId, libraryPublic: await isPublic(ctx, factoryId) };
}

export async function authorizeLibrary(ctx: Context, action: Action, factoryId: string): Promise<void> {
  // Sharing only widens reading: a viewer who may read an unshared library needs no settings lookup.
  if (action === 'library:read' && can(ctx.viewer, action, { factoryId, libraryPublic: false })) return;
  authorize(ctx.viewer, action, action === 'library:read' ? await libraryScope(ctx, factoryId) : factoryId);
}

/** Curators see every status; readers (participants, read tokens, the public) only published records. */
export function isCurator(ctx: Context, factoryId: string): boolean {
  return can(ctx.viewer, 'library:curate', factoryId);
}

export function visibleStatuses(ctx: Context, factoryId: string): InitiativeStatus[] {
  return isCurator(ctx, factoryId) ? [InitiativeStatus.DRAFT, InitiativeStatus.PUBLISHED, InitiativeStatus.ARCHIVED] : [InitiativeStatus.PUBLISHED];
}

/** Follows merge redirects (kept flat by `merge`, so one hop in practice). */
async function resolve(em: EntityManager, id: string): Promise<Initiative | null> {
  let initiative = await em.findOne(Initiative, id);
  for (let hops = 0; initiative?.mergedInto && hops < 5; hops++) initiative = await em.findOne(Initiative, initiative.mergedInto.id);
  return initiative;
}

/**
 * The initiative behind an id, following merge redirects, if the viewer may read it. Records the viewer
 * may not see (a draft for a reader) are NOT_FOUND, like records that do not exist.
 */
export async function getInitiative(ctx: Context, id: string): Promise<Initiative> {
  const initiative = await resolve(ctx.em, id);
  if (!initiative) throw notFound('Initiative');
  await authorizeLibrary(ctx, 'library:read', initiative.factory.id);
  if (!visibleStatuses(ctx, initiative.factory.id).includes(initiative.status)) throw notFound('Initiative');
  return initiative;
}

/** The initiative for a curator's write (merged records cannot be changed: they only redirect). */
async function curated(ctx: Context, id: string, em: EntityManager = ctx.em): Promise<Initiative> {
  const initiative = await em.findOne(Initiative, id, { populate: ['themes'] });
  if (!initiative) throw notFound('Initiative');
  authorize(ctx.viewer, 'library:curate', initiative.factory.id);
  if (initiative.mergedInto) throw badUserInput('This record was merged into another one: change that one.', { id: ['was merged; use the record it redirects to'] });
  return initiative;
}

/* ------------------------------------------------------------------------------------------------
 * Who is acting, for the audit trail and `curatedBy`.
 * ---------------------------------------------------------------------------------------------- */

export interface Actor {
  name: string;
  userId: string | null;
  tokenId: string | null;
}

export async function actorOf(ctx: Context): Promise<Actor> {
  const v = ctx.viewer;
  if (v.kind === 'FACILITATOR') {
    const user = await ctx.loaders.load(User, v.userId);
    return { name: user?.displayName ?? 'Facilitator', userId: v.userId, tokenId: null };
  }
  if (v.kind === 'API_TOKEN') {
    const token = await ctx.loaders.load(ApiToken, v.tokenId);
    return { name: `API token ${token?.name ?? ''}`.trim(), userId: v.userId, tokenId: v.tokenId };
  }
  if (v.kind === 'PARTICIPANT') {
    const participant = await ctx.loaders.load(Participant, v.participantId);
    return { name: participant?.displayName ?? 'Participant', userId: null, tokenId: null };
  }
  return { name: 'Anonymous', userId: null, tokenId: null };
}

/* ------------------------------------------------------------------------------------------------
 * Fields and the audit trail.
 * ---------------------------------------------------------------------------------------------- */

const trim = (s: string | null | undefined) => (s ?? '').trim();
const cleanList = (list: string[]) => [...new Set(list.map((s) => s.trim()).filter(Boolean))];

/** A shared theme or one of the factory's own; BAD_USER_INPUT naming `field` otherwise. */
export async function themesFor(em: EntityManager, factoryId: string, themeIds: string[], field: string): Promise<Theme[]> {
  const ids = [...new Set(themeIds)];
  const themes = ids.length ? await em.find(Theme, { id: { $in: ids }, $or: [{ factory: null }, { factory: factoryId }] }) : [];
  if (themes.length !== ids.length) throw badUserInput('Unknown theme.', { [field]: ['must be shared themes or the factory’s own'] });
  return themes;
}

/** Applies the given fields (omitted ones stay); themes are already resolved. */
export function applyFields(initiative: Initiative, fields: InitiativeFieldsInput, themes: Theme[] | null): void {
  if (fields.name != null) initiative.name = fields.name.trim();
  if (fields.summary != null) initiative.summary = fields.summary.trim();
  if (fields.description != null) initiative.description = fields.description.trim();
  if (fields.place !== undefined) {
    const p = fields.place ?? {};
    initiative.town = trim(p.town);
    initiative.postcode = trim(p.postcode);
    initiative.departement = trim(p.departement);
    initiative.region = trim(p.region);
    initiative.country = trim(p.country) || 'FR';
    initiative.latitude = p.latitude ?? null;
    initiative.longitude = p.longitude ?? null;
  }
  if (themes) initiative.setThemes(themes);
  if (fields.legalForm !== undefined) initiative.legalForm = fields.legalForm ?? null;
  if (fields.legalFormDetail != null) initiative.legalFormDetail = fields.legalFormDetail.trim();
  if (fields.economicModel != null) initiative.economicModel = fields.economicModel.trim();
  if (fields.revenueSources != null) initiative.revenueSources = cleanList(fields.revenueSources);
  if (fields.yearStarted !== undefined) initiative.yearStarted = fields.yearStarted ?? null;
  if (fields.jobs !== undefined) {
    initiative.jobsCount = fields.jobs?.count ?? null;
    initiative.jobsAsOf = fields.jobs?.asOf ?? null;
  }
  if (fields.funders != null) initiative.funders = cleanList(fields.funders);
  if (fields.transferability !== undefined) {
    const t = fields.transferability ?? {};
    initiative.replicationMode = t.replicationMode ?? null;
    initiative.preconditions = [...new Set(t.preconditions ?? [])];
    initiative.minPopulation = t.minPopulation ?? null;
    initiative.preconditionsNote = trim(t.preconditionsNote);
    initiative.transferable = trim(t.transferable);
    initiative.transferContact = trim(t.contact);
  }
  if (fields.sources != null) {
    initiative.sources = fields.sources.map((s): InitiativeSource => ({ url: s.url.trim(), title: s.title.trim(), consultedOn: s.consultedOn ?? null }));
  }
}

/** What the audit trail compares: the record's fields (themes by slug, so entries read on their own). */
export function auditRecord(i: Initiative): Record<string, unknown> {
  return {
    name: i.name,
    summary: i.summary,
    description: i.description,
    place: i.place,
    themes: i.themes.isInitialized() ? i.themes.getItems().map((t) => t.slug).sort() : [],
    legalForm: i.legalForm,
    legalFormDetail: i.legalFormDetail,
    economicModel: i.economicModel,
    revenueSources: i.revenueSources,
    yearStarted: i.yearStarted,
    jobs: i.jobs,
    funders: i.funders,
    transferability: i.transferability,
    sources: i.sources,
    status: i.status,
  };
}

/** Nothing worth showing in a creation entry: null, '', [], or an object of such values. */
const isEmpty = (v: unknown): boolean =>
  v === null || v === '' || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && !Array.isArray(v) && Object.values(v as object).every(isEmpty));

export function diff(before: Record<string, unknown> | null, after: Record<string, unknown>): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [field, value] of Object.entries(after)) {
    const old = before ? before[field] : null;
    if (before === null && isEmpty(value)) continue;
    if (JSON.stringify(old) !== JSON.stringify(value)) changes.push({ field, before: old ?? null, after: value ?? null });
  }
  return changes;
}

export function recordChange(em: EntityManager, initiative: Initiative, action: ChangeAction, actor: Actor, changes: FieldChange[]): void {
  const entry = new InitiativeChange(initiative, action, actor.name, changes);
  entry.actorUserId = actor.userId;
  entry.actorTokenId = actor.tokenId;
  em.persist(entry);
}

/** Its themes: those already loaded, or from its theme ids, batched with the other records of the request. */
export async function themesOf(ctx: Context, initiative: Initiative): Promise<Theme[]> {
  if (initiative.themes.isInitialized()) return initiative.themes.getItems();
  const themes = await Promise.all(initiative.themeIds.map((id) => ctx.loaders.load(Theme, id)));
  return themes.filter((t): t is Theme => !!t).sort((a, b) => a.labelFr.localeCompare(b.labelFr, 'fr'));
}

/** The audit trail of a record, oldest first (curators only). */
export async function historyOf(ctx: Context, initiative: Initiative): Promise<InitiativeChange[]> {
  authorize(ctx.viewer, 'library:curate', initiative.factory.id);
  return ctx.em.find(InitiativeChange, { initiative: initiative.id }, { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
}

/* ------------------------------------------------------------------------------------------------
 * Curation.
 * ---------------------------------------------------------------------------------------------- */

export interface SavedInitiative {
  initiative: Initiative;
  duplicates: Initiative[];
}

async function withDuplicates(ctx: Context, initiative: Initiative): Promise<SavedInitiative> {
  const ids = await findDuplicates(ctx.em, initiative.factory.id, initiative.name, initiative.place, initiative.id);
  const duplicates = ids.length ? await ctx.em.find(Initiative, { id: { $in: ids } }) : [];
  return { initiative, duplicates: ids.map((id) => duplicates.find((d) => d.id === id)!).filter(Boolean) };
}

export async function createInitiative(ctx: Context, input: CreateInitiativeInput): Promise<SavedInitiative> {
  const factoryId = idOf(input.factoryId, 'Factory', 'factoryId');
  authorize(ctx.viewer, 'library:curate', factoryId);
  const factory = await ctx.em.findOne(Factory, factoryId);
  if (!factory) throw notFound('Factory');
  const name = input.fields.name?.trim();
  if (!name) throw badUserInput('A name is required.', { 'fields.name': ['is required'] });
  const themes = await themesFor(ctx.em, factoryId, (input.fields.themeIds ?? []).map((id) => idOf(id, 'Theme', 'fields.themeIds')), 'fields.themeIds');
  const actor = await actorOf(ctx);
  const initiative = new Initiative(factory, name);
  applyFields(initiative, input.fields, themes);
  initiative.curatedBy = actor.userId ? ctx.em.getReference(User, actor.userId) : null;
  if (input.publish) initiative.publish();
  ctx.em.persist(initiative);
  recordChange(ctx.em, initiative, ChangeAction.CREATED, actor, diff(null, auditRecord(initiative)));
  await ctx.em.flush(); // one transaction: the record, its themes and its first audit entry
  return withDuplicates(ctx, initiative);
}

export async function updateInitiative(ctx: Context, input: UpdateInitiativeInput): Promise<SavedInitiative> {
  const initiative = await curated(ctx, idOf(input.id, 'Initiative'));
  const before = auditRecord(initiative);
  const themes = input.fields.themeIds != null
    ? await themesFor(ctx.em, initiative.factory.id, input.fields.themeIds.map((id) => idOf(id, 'Theme', 'fields.themeIds')), 'fields.themeIds')
    : null;
  applyFields(initiative, input.fields, themes);
  initiative.assertPublishable();
  const changes = diff(before, auditRecord(initiative));
  if (changes.length) {
    const actor = await actorOf(ctx);
    initiative.curatedBy = actor.userId ? ctx.em.getReference(User, actor.userId) : initiative.curatedBy;
    recordChange(ctx.em, initiative, ChangeAction.UPDATED, actor, changes);
  }
  await ctx.em.flush();
  return withDuplicates(ctx, initiative);
}

async function changeStatus(ctx: Context, id: string, action: ChangeAction.PUBLISHED | ChangeAction.ARCHIVED): Promise<Initiative> {
  const initiative = await curated(ctx, id);
  const before = auditRecord(initiative);
  if (action === ChangeAction.PUBLISHED) initiative.publish();
  else initiative.archive();
  const changes = diff(before, auditRecord(initiative));
  if (changes.length) recordChange(ctx.em, initiative, action, await actorOf(ctx), changes);
  await ctx.em.flush();
  return initiative;
}

/** Publishes a record (from DRAFT or ARCHIVED); BAD_USER_INPUT without a source. Publishing twice is harmless. */
export const publishInitiative = (ctx: Context, id: string) => changeStatus(ctx, id, ChangeAction.PUBLISHED);
/** Archives a record; archiving twice is harmless. */
export const archiveInitiative = (ctx: Context, id: string) => changeStatus(ctx, id, ChangeAction.ARCHIVED);

const union = <T>(a: T[], b: T[], key: (x: T) => string = (x) => JSON.stringify(x)) => {
  const seen = new Set(a.map(key));
  return [...a, ...b.filter((x) => !seen.has(key(x)))];
};

/**
 * Merges `mergedId` into `survivorId` (same factory): links from ideas move to the survivor (notes of a
 * link both had are joined), themes, sources and lists are united, empty fields of the survivor are
 * filled; the merged record is archived and redirects to the survivor for good.
 */
export async function mergeInitiatives(ctx: Context, survivorId: string, mergedId: string): Promise<Initiative> {
  if (survivorId === mergedId) throw badUserInput('A record cannot be merged into itself.', { mergedId: ['must differ from survivorId'] });
  const actor = await actorOf(ctx);
  const id = await ctx.em.transactional(async (em) => {
    const survivor = await curated(ctx, survivorId, em);
    const merged = await curated(ctx, mergedId, em);
    if (survivor.factory.id !== merged.factory.id) throw badUserInput('Both records must be in the same library.', { mergedId: ['must be in the survivor’s library'] });
    const before = auditRecord(survivor);
    const mergedBefore = auditRecord(merged);

    const theirs = await em.find(ReferenceLink, { initiative: merged.id });
    const ours = new Map((await em.find(ReferenceLink, { initiative: survivor.id })).map((l) => [l.idea.id, l]));
    for (const link of theirs) {
      const mine = ours.get(link.idea.id);
      if (!mine) link.initiative = survivor;
      else {
        if (link.note && link.note !== mine.note) mine.note = [mine.note, link.note].filter(Boolean).join('\n\n');
        em.remove(link);
      }
    }
    survivor.setThemes(union(survivor.themes.getItems(), merged.themes.getItems(), (t) => t.id));
    survivor.sources = union(survivor.sources, merged.sources, (s) => s.url);
    survivor.funders = union(survivor.funders, merged.funders);
    survivor.revenueSources = union(survivor.revenueSources, merged.revenueSources);
    survivor.preconditions = union(survivor.preconditions, merged.preconditions);
    for (const key of ['summary', 'description', 'town', 'postcode', 'departement', 'region', 'legalFormDetail', 'economicModel', 'preconditionsNote', 'transferable', 'transferContact'] as const) {
      if (!survivor[key] && merged[key]) survivor[key] = merged[key];
    }
    for (const key of ['latitude', 'longitude', 'legalForm', 'yearStarted', 'jobsCount', 'jobsAsOf', 'replicationMode', 'minPopulation'] as const) {
      if (survivor[key] === null && merged[key] !== null) (survivor as unknown as Record<string, unknown>)[key] = merged[key];
    }
    merged.archive();
    merged.mergedInto = survivor;
    // Keep redirects one hop long: records merged into `merged` earlier now point at the survivor.
    await em.nativeUpdate(Initiative, { mergedInto: merged.id }, { mergedInto: survivor.id });
    recordChange(em, survivor, ChangeAction.MERGED, actor, [
      ...diff(before, auditRecord(survivor)),
      { field: 'mergedFrom', before: null, after: { id: toGlobalId('Initiative', merged.id), name: merged.name } },
    ]);
    recordChange(em, merged, ChangeAction.ABSORBED, actor, [
      ...diff(mergedBefore, auditRecord(merged)),
      { field: 'mergedInto', before: null, after: { id: toGlobalId('Initiative', survivor.id), name: survivor.name } },
    ]);
    await em.flush();
    return survivor.id;
  });
  return ctx.em.findOneOrFail(Initiative, id, { refresh: true });
}

/* ------------------------------------------------------------------------------------------------
 * The library: sharing and counts.
 * ---------------------------------------------------------------------------------------------- */

async function libraryView(ctx: Context, factory: Factory, shared: boolean): Promise<LibraryView> {
  const statuses = visibleStatuses(ctx, factory.id);
  const count = await ctx.em.count(Initiative, { factory: factory.id, mergedInto: null, status: { $in: statuses } });
  return {
    __typename: 'Library',
    nodeId: toGlobalId('Library', factory.id),
    factoryId: toGlobalId('Factory', factory.id),
    factoryName: factory.name,
    public: shared,
    initiativeCount: count,
  };
}

export async function getLibrary(ctx: Context, factoryId: string): Promise<LibraryView> {
  const factory = await ctx.em.findOne(Factory, factoryId);
  if (!factory) throw notFound('Library');
  await authorizeLibrary(ctx, 'library:read', factoryId);
  return libraryView(ctx, factory, await isPublic(ctx, factoryId));
}

/** Libraries their owners share with everyone, by factory name. */
export async function publicLibraries(ctx: Context): Promise<LibraryView[]> {
  const shared = await ctx.em.find(LibrarySettings, { public: true });
  const factories = shared.length ? await ctx.em.find(Factory, { id: { $in: shared.map((s) => s.factoryId) } }, { orderBy: { name: 'asc' } }) : [];
  return Promise.all(factories.map((f) => libraryView(ctx, f, true)));
}

/** Shares the library with everyone (read-only, published records), or stops sharing it (owners). */
export async function setLibraryPublic(ctx: Context, factoryId: string, shared: boolean): Promise<LibraryView> {
  authorize(ctx.viewer, 'library:share', factoryId);
  const factory = await ctx.em.findOne(Factory, factoryId);
  if (!factory) throw notFound('Factory');
  await ctx.em.upsert(LibrarySettings, { factoryId, public: shared, updatedAt: new Date() });
  return libraryView(ctx, factory, shared);
}

/* ------------------------------------------------------------------------------------------------
 * Links between ideas and initiatives, and pushing a reference into a live room.
 * ---------------------------------------------------------------------------------------------- */

export function linkView(link: ReferenceLink): ReferenceLinkView {
  return {
    id: toGlobalId('ReferenceLink', link.id),
    note: link.note,
    linkedBy: link.linkedByName,
    createdAt: link.createdAt,
    updatedAt: link.updatedAt,
    initiativeId: link.initiative.id,
    ideaId: link.idea.id,
  };
}

/** An idea the viewer may see and act on, and its room (participants: not once the room is closed). */
async function ideaToLink(ctx: Context, ideaId: string): Promise<{ idea: IdeaView; room: Room }> {
  const idea = await ideaNode(ctx, ideaId);
  if (!idea) throw notFound('Idea');
  const room = await roomOfIdea(ctx, ideaId);
  if (!can(ctx.viewer, 'room:facilitate', { factoryId: room.factory.id, roomId: room.id })) room.requirePhase(PHASES.filter((p) => p !== Phase.CLOSED), 'Linking a reference');
  return { idea, room };
}

/** Links an initiative to an idea with a note on what to transfer; linking again changes the note. */
export async function linkReference(ctx: Context, ideaId: string, initiativeId: string, note: string): Promise<ReferenceLink> {
  const { room } = await ideaToLink(ctx, ideaId);
  const initiative = await getInitiative(ctx, initiativeId);
  if (initiative.status === InitiativeStatus.ARCHIVED) throw badUserInput('This record is archived.', { initiativeId: ['is archived'] });
  const actor = await actorOf(ctx);
  // In the room's transaction: boards see the idea's new references (IdeaUpdated) once the link is stored.
  return inRoomTransaction(ctx, room.id, async (tx) => {
    const existing = await tx.em.findOne(ReferenceLink, { idea: ideaId, initiative: initiative.id });
    const link = existing ?? new ReferenceLink(initiative, tx.em.getReference(Idea, ideaId), actor.name);
    link.note = note.trim();
    tx.em.persist(link);
    await tx.em.flush();
    await emitIdeaChange(tx, 'IdeaUpdated', await tx.em.findOneOrFail(Idea, ideaId));
    return link;
  });
}

export async function unlinkReference(ctx: Context, ideaId: string, initiativeId: string): Promise<boolean> {
  const { room } = await ideaToLink(ctx, ideaId);
  const target = await resolve(ctx.em, initiativeId);
  if (!target) return false;
  return inRoomTransaction(ctx, room.id, async (tx) => {
    const removed = await tx.em.nativeDelete(ReferenceLink, { idea: ideaId, initiative: target.id });
    if (removed > 0) await emitIdeaChange(tx, 'IdeaUpdated', await tx.em.findOneOrFail(Idea, ideaId));
    return removed > 0;
  });
}

/** The references of ideas (batched per request), without those the viewer may not read. */
export async function referencesOfIdea(ctx: Context, ideaId: string): Promise<ReferenceLink[]> {
  const links = await ctx.loaders.loadMany(
    'idea-references',
    (ids) => ctx.em.find(ReferenceLink, { idea: { $in: ids } }, { populate: ['initiative'], orderBy: { createdAt: 'asc' } }),
    (link: ReferenceLink) => link.idea.id,
    ideaId,
  );
  return filterReadable(ctx, links);
}

async function filterReadable(ctx: Context, links: ReferenceLink[]): Promise<ReferenceLink[]> {
  const out: ReferenceLink[] = [];
  for (const link of links) {
    const i = link.initiative;
    const scope = await libraryScope(ctx, i.factory.id);
    if (can(ctx.viewer, 'library:read', scope) && visibleStatuses(ctx, i.factory.id).includes(i.status)) out.push(link);
  }
  return out;
}

/**
 * The links of an initiative to ideas, across rooms, that the viewer may see: facilitators and tokens of
 * the idea's factory see them all; a participant sees those of their own room (not others' private ideas).
 */
export async function ideasOfInitiative(ctx: Context, initiative: Initiative): Promise<ReferenceLink[]> {
  const links = await ctx.loaders.loadMany(
    'initiative-ideas',
    (ids) => ctx.em.find(ReferenceLink, { initiative: { $in: ids }, idea: { deletedAt: null } }, { populate: ['idea', 'idea.room'], orderBy: { createdAt: 'asc' } }),
    (link: ReferenceLink) => link.initiative.id,
    initiative.id,
  );
  const v = ctx.viewer;
  return links.filter(({ idea }) => {
    const room = idea.room;
    if (!can(v, 'room:read', { factoryId: room.factory.id, roomId: room.id })) return false;
    if (v.kind !== 'PARTICIPANT') return true;
    return !(room.settings.privateWriting && !room.ideasRevealed) || idea.author.id === v.participantId;
  });
}

/** Shows a published reference to everyone in a live room: a `ReferencePushed` event (facilitators). */
export async function pushReference(ctx: Context, roomId: string, initiativeId: string, ideaId: string | null): Promise<Room> {
  const room = await getRoom(ctx, roomId, 'room:facilitate');
  const initiative = await getInitiative(ctx, initiativeId);
  if (initiative.status !== InitiativeStatus.PUBLISHED) throw badUserInput('Only published records can be shown to participants.', { initiativeId: ['must be published'] });
  // Participants read their own factory's library, or a public one: nothing else may be pushed to them.
  if (initiative.factory.id !== room.factory.id && !(await isPublic(ctx, initiative.factory.id))) {
    throw badUserInput('This record is not readable by the room’s participants.', { initiativeId: ['must be in the factory’s library or a public one'] });
  }
  if (ideaId) {
    const idea = await ctx.em.findOne(Idea, { id: ideaId, room: room.id, deletedAt: null });
    if (!idea) throw notFound('Idea');
  }
  await ctx.em.populate(initiative, ['themes']);
  const actor = await actorOf(ctx);
  return inRoomTransaction(ctx, room.id, async (tx) => {
    tx.room.requirePhase(PHASES.filter((p) => p !== Phase.CLOSED), 'Pushing a reference');
    tx.emit('ReferencePushed', { initiative: snapshotOf(initiative), ideaId: ideaId ? toGlobalId('Idea', ideaId) : null, pushedBy: actor.name }, [AUDIENCE_ALL]);
    return tx.room;
  });
}
