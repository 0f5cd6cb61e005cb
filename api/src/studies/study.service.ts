import { LockMode } from '@mikro-orm/core';
import type { Context } from '../core/context.js';
import { paginate } from '../core/database/paginate.js';
import { badUserInput, notFound } from '../core/errors.js';
import { idOf, toGlobalId } from '../core/graphql/node.js';
import type { ConnectionShape } from '../core/graphql/relay.js';
import { Factory } from '../factories/factory.entity.js';
import { Idea } from '../ideas/idea.entity.js';
import { authorize, type Action, type Scope } from '../identity/policy.js';
import { User } from '../identity/user.entity.js';
import { actorOf, getInitiative } from '../library/library.service.js';
import { Need } from '../needs/need.entity.js';
import { inPipelineTransaction } from '../pipeline/pipeline-tx.js';
import { PipelineEventType } from '../pipeline/pipeline-event.js';
import { Phase, Room } from '../rooms/room.entity.js';
import { getRoom } from '../rooms/room.service.js';
import { OpportunityStudy, StudyDocument } from './study.entity.js';
import type { StudiesArgs, StudyDocumentInput, UpdateStudyInput } from './study.inputs.js';
import type { StudyReference } from './study.types.js';

/** The users named as assessors of a study, batched per request. */
export async function assessorIdsOf(ctx: Context, studyId: string): Promise<string[]> {
  const rows = await ctx.loaders.loadMany(
    'study-assessors',
    (ids) => ctx.em.getConnection().execute<{ study_id: string; user_id: string }[]>('select study_id, user_id from study_assessor where study_id in (?)', [ids], 'all', ctx.em.getTransactionContext()),
    (row: { study_id: string }) => row.study_id,
    studyId,
  );
  return rows.map((r) => r.user_id);
}

export async function studyScope(ctx: Context, study: OpportunityStudy): Promise<Scope> {
  return { factoryId: study.factory.id, assessorIds: await assessorIdsOf(ctx, study.id) };
}

/** The study, if the viewer may do `action` on it; NOT_FOUND / FORBIDDEN otherwise. */
export async function getStudy(ctx: Context, id: string, action: Action = 'pipeline:read'): Promise<OpportunityStudy> {
  const study = await ctx.loaders.load(OpportunityStudy, id);
  if (!study) throw notFound('Opportunity study');
  authorize(ctx.viewer, action, await studyScope(ctx, study));
  return study;
}

export async function listStudies(ctx: Context, factoryId: string, args: StudiesArgs): Promise<ConnectionShape<OpportunityStudy>> {
  authorize(ctx.viewer, 'pipeline:read', factoryId);
  const where: Record<string, unknown> = { factory: factoryId };
  if (args.outcome) where.outcome = args.outcome;
  else if (args.undecided != null) where.outcome = args.undecided ? null : { $ne: null };
  return paginate(ctx.em, OpportunityStudy, where, args);
}

/** The shortlisted idea and the ideas merged into it, directly or through earlier merges. */
async function lineageIdeaIds(em: Context['em'], ideaId: string): Promise<string[]> {
  const rows = await em.getConnection().execute<{ id: string }[]>(
    `with recursive sources(id) as (select id from idea where merged_into_id = ? union select i.id from idea i join sources s on i.merged_into_id = s.id)
     select id from sources`,
    [ideaId], 'all', em.getTransactionContext(),
  );
  return rows.map((r) => r.id);
}

/**
 * Shortlists an idea of a room in CONVERGE (facilitators): it becomes an opportunity study carrying its
 * lineage — room, idea, ideas merged into it, their needs and their library references. Shortlisting
 * the same idea again returns its study.
 */
export async function shortlistIdea(ctx: Context, ideaId: string): Promise<OpportunityStudy> {
  const found = await ctx.em.findOne(Idea, { id: ideaId, deletedAt: null }, { fields: ['id', 'room'] });
  if (!found) throw notFound('Idea');
  const room = await getRoom(ctx, found.room.id, 'room:facilitate');
  authorize(ctx.viewer, 'pipeline:manage', room.factory.id);
  const actor = await actorOf(ctx);
  const id = await inPipelineTransaction(ctx, room.factory.id, async (tx) => {
    // Read the phase under a share lock: a phase change waits for the shortlist, not the other way round.
    const locked = await tx.em.findOneOrFail(Room, room.id, { lockMode: LockMode.PESSIMISTIC_READ, refresh: true });
    locked.requirePhase([Phase.CONVERGE], 'Shortlisting an idea');
    const existing = await tx.em.findOne(OpportunityStudy, { ideaId });
    if (existing) return existing.id;
    const idea = await tx.em.findOne(Idea, { id: ideaId, deletedAt: null, mergedInto: null });
    if (!idea) throw badUserInput('Only an idea on the board can be shortlisted.', { ideaId: ['must be an idea on the board, not merged into another'] });
    const sources = await lineageIdeaIds(tx.em, idea.id);
    const study = new OpportunityStudy(tx.em.getReference(Factory, room.factory.id), locked.title, idea.title);
    study.roomId = room.id;
    study.ideaId = idea.id;
    study.summary = idea.description;
    study.sourceIdeaIds = sources;
    study.shortlistedBy = actor.userId ? tx.em.getReference(User, actor.userId) : null;
    const all = [idea.id, ...sources];
    const needRows = await tx.em.getConnection().execute<{ need_id: string }[]>('select distinct need_id from idea_need where idea_id in (?)', [all], 'all', tx.em.getTransactionContext());
    study.needs.set(needRows.map((r) => tx.em.getReference(Need, r.need_id)));
    tx.em.persist(study);
    await tx.em.flush();
    // References linked to the idea or its sources; the first note wins when two link the same initiative.
    await tx.em.getConnection().execute(
      `insert into study_reference (study_id, initiative_id, note)
       select distinct on (initiative_id) ?, initiative_id, note from reference_link where idea_id in (?) order by initiative_id, created_at
       on conflict do nothing`,
      [study.id, all], 'run', tx.em.getTransactionContext(),
    );
    // Its needs are being worked on now (NeedStatus.IN_PROGRESS), unless already further along.
    await tx.em.getConnection().execute(
      `update need set status = 'IN_PROGRESS', updated_at = now() where status = 'OPEN' and id in (select need_id from study_need where study_id = ?)`,
      [study.id], 'run', tx.em.getTransactionContext(),
    );
    tx.emit(PipelineEventType.STUDY_CREATED, { studyId: toGlobalId('OpportunityStudy', study.id) });
    return study.id;
  });
  return ctx.em.findOneOrFail(OpportunityStudy, id, { refresh: true });
}

export async function updateStudy(ctx: Context, input: UpdateStudyInput): Promise<OpportunityStudy> {
  const study = await getStudy(ctx, idOf(input.id, 'OpportunityStudy'), 'pipeline:manage');
  if (input.title != null) study.title = input.title.trim();
  if (input.summary != null) study.summary = input.summary.trim();
  await ctx.em.flush();
  return study;
}

export async function addStudyDocument(ctx: Context, input: StudyDocumentInput): Promise<StudyDocument> {
  const study = await getStudy(ctx, idOf(input.studyId, 'OpportunityStudy', 'studyId'), 'pipeline:manage');
  const doc = new StudyDocument(study, input.title.trim(), input.url.trim());
  await ctx.em.persist(doc).flush();
  return doc;
}

export async function removeStudyDocument(ctx: Context, id: string): Promise<boolean> {
  const doc = await ctx.em.findOne(StudyDocument, id, { populate: ['study'] });
  if (!doc) throw notFound('Document');
  await getStudy(ctx, doc.study.id, 'pipeline:manage');
  await ctx.em.remove(doc).flush();
  return true;
}

export async function documentsOf(ctx: Context, study: OpportunityStudy): Promise<StudyDocument[]> {
  return ctx.loaders.loadMany(
    'study-documents',
    (ids) => ctx.em.find(StudyDocument, { study: { $in: ids } }, { orderBy: { createdAt: 'asc' } }),
    (d: StudyDocument) => d.study.id,
    study.id,
  );
}

/** Names a person (with an account) as assessor of a study: they may read it and score it. */
export async function addStudyAssessor(ctx: Context, studyId: string, email: string): Promise<OpportunityStudy> {
  const study = await getStudy(ctx, studyId, 'pipeline:manage');
  const user = await ctx.em.findOne(User, { email: email.trim().toLowerCase() });
  if (!user) throw badUserInput('No account has this email.', { email: ['must be the email of a Germoir account'] });
  await ctx.em.getConnection().execute('insert into study_assessor (study_id, user_id) values (?, ?) on conflict do nothing', [study.id, user.id]);
  return study;
}

export async function removeStudyAssessor(ctx: Context, studyId: string, userId: string): Promise<OpportunityStudy> {
  const study = await getStudy(ctx, studyId, 'pipeline:manage');
  await ctx.em.getConnection().execute('delete from study_assessor where study_id = ? and user_id = ?', [study.id, userId]);
  return study;
}

export async function assessorsOf(ctx: Context, study: OpportunityStudy): Promise<User[]> {
  const ids = await assessorIdsOf(ctx, study.id);
  return ids.length ? ctx.em.find(User, { id: { $in: ids } }, { orderBy: { displayName: 'asc' } }) : [];
}

/** The needs the study answers (copied from the idea and its sources when shortlisted). */
export async function needsOf(ctx: Context, study: OpportunityStudy): Promise<Need[]> {
  const rows = await ctx.loaders.loadMany(
    'study-needs',
    (ids) => ctx.em.getConnection().execute<{ study_id: string; need_id: string }[]>('select study_id, need_id from study_need where study_id in (?)', [ids], 'all', ctx.em.getTransactionContext()),
    (row: { study_id: string }) => row.study_id,
    study.id,
  );
  const needs = await Promise.all(rows.map((r) => ctx.loaders.load(Need, r.need_id)));
  return needs.filter((n): n is Need => !!n).sort((a, b) => a.title.localeCompare(b.title, 'fr'));
}

/** The library references copied when the idea was shortlisted, those the viewer may read (library policy). */
export async function referencesOf(ctx: Context, study: OpportunityStudy): Promise<StudyReference[]> {
  const rows = await ctx.loaders.loadMany(
    'study-references',
    (ids) => ctx.em.getConnection().execute<{ study_id: string; initiative_id: string; note: string }[]>('select study_id, initiative_id, note from study_reference where study_id in (?) order by initiative_id', [ids], 'all', ctx.em.getTransactionContext()),
    (row: { study_id: string }) => row.study_id,
    study.id,
  );
  const found = await Promise.all(rows.map(async (r) => ({ initiative: await getInitiative(ctx, r.initiative_id).catch(() => null), note: r.note })));
  return found.filter((r): r is StudyReference => r.initiative !== null);
}

export async function getStudyDocument(ctx: Context, id: string): Promise<StudyDocument> {
  const doc = await ctx.loaders.load(StudyDocument, id);
  if (!doc) throw notFound('Document');
  await getStudy(ctx, doc.study.id);
  return doc;
}
