import { wrap } from '@mikro-orm/core';
import type { Context } from '../core/context.js';
import { runBound } from '../core/database/bound.js';
import { badUserInput, forbidden, notFound } from '../core/errors.js';
import { idOf, toGlobalId } from '../core/graphql/node.js';
import { AUDIENCE_ALL } from '../events/room-event.js';
import { idempotent } from '../events/idempotency.js';
import { inRoomTransaction, type RoomTx } from '../events/room-tx.js';
import { can } from '../identity/policy.js';
import { Need } from '../needs/need.entity.js';
import type { Participant } from '../rooms/participant.entity.js';
import { actingParticipant, emitRoomState, facilitate, getRoom, lensOf } from '../rooms/room.service.js';
import { Phase, type Room } from '../rooms/room.entity.js';
import type { ClusterView, IdeaView } from '../rooms/room.views.js';
import { emitVoteChanges, talliesOf } from '../votes/vote.service.js';
import { Vote } from '../votes/vote.entity.js';
import { Cluster, Idea } from './idea.entity.js';
import { applyPlainEdit } from '../collaboration/collab.service.js';
import { DOC_FIELDS, type DocField, type DocTexts } from '../collaboration/idea-doc.js';
import { ideaAudiences, toIdeaView } from './idea.view.js';

export type IdeaInput = Partial<Record<DocField, string | null>> & { needIds?: string[] | null };

/** The card's text fields an input gives, trimmed. */
function textsOf(input: IdeaInput): Partial<DocTexts> {
  return Object.fromEntries(DOC_FIELDS.flatMap((field) => (input[field] != null ? [[field, input[field].trim()]] : [])));
}

const isFacilitator = (ctx: Context, room: Room) => can(ctx.viewer, 'room:facilitate', { factoryId: room.factory.id, roomId: room.id });

/** Phases in which participants may add ideas (facilitators may until CLOSED). */
function ideaPhases(room: Room): Phase[] {
  return room.settings.allowLateIdeas ? [Phase.DIVERGE, Phase.CLUSTER, Phase.VOTE] : [Phase.DIVERGE];
}

async function setNeeds(tx: RoomTx, idea: Idea, needIds: string[]): Promise<void> {
  const ids = [...new Set(needIds.map((id) => idOf(id, 'Need', 'needIds')))];
  const needs = ids.length ? await tx.em.find(Need, { id: { $in: ids }, factory: tx.room.factory.id }) : [];
  if (needs.length !== ids.length) throw badUserInput('Some needs are not the factory’s.', { needIds: ['must be needs of the room’s factory'] });
  idea.needs.set(needs);
}

/** Tells the room an idea was added or changed: one event per audience (see ideaAudiences), after commit. */
export async function emitIdeaChange(tx: RoomTx, type: 'IdeaAdded' | 'IdeaUpdated', idea: Idea): Promise<void> {
  if (!wrap(idea.author).isInitialized() || !idea.needs.isInitialized()) await tx.em.populate(idea, ['author', 'needs']);
  const sources = await sourcesOf(tx, [idea.id]);
  await tx.lock(); // (a no-op when the room is locked already) the tally as of the event's number
  const tally = (await talliesOf(tx.em, tx.room.id, [idea.id])).get(idea.id) ?? { total: 0, voters: 0 };
  for (const [view, audience] of ideaAudiences(tx.room, idea, tally, sources.get(idea.id) ?? [])) tx.emit(type, { idea: view }, audience);
}

/**
 * The ids of the ideas merged into each of `ideaIds`, oldest first. One bound statement, no entities: its
 * callers have flushed their merges (an ORM query costs several times as much, and this runs for every
 * idea event).
 */
async function sourcesOf(tx: { em: RoomTx['em'] }, ideaIds: string[]): Promise<Map<string, string[]>> {
  const merged = ideaIds.length
    ? await runBound<{ id: string; merged_into_id: string }>(tx.em, `select id, merged_into_id from idea where merged_into_id = any($1::uuid[]) order by created_at, id`, [ideaIds])
    : [];
  const map = new Map<string, string[]>();
  for (const m of merged) {
    const ids = map.get(m.merged_into_id);
    if (ids) ids.push(m.id);
    else map.set(m.merged_into_id, [m.id]);
  }
  return map;
}

/** An idea on the board of a room the viewer may act in; the transaction helper locks its room. */
async function ideaIn(tx: RoomTx, ideaId: string): Promise<Idea> {
  const idea = await tx.em.findOne(Idea, { id: ideaId, room: tx.room.id, deletedAt: null, mergedInto: null }, { populate: ['author', 'needs'] });
  if (!idea) throw notFound('Idea');
  return idea;
}

/** The id of the idea's room; NOT_FOUND for an unknown idea. */
async function roomIdOfIdea(ctx: Context, ideaId: string): Promise<string> {
  const idea = await ctx.em.findOne(Idea, ideaId, { fields: ['id', 'room'] });
  if (!idea) throw notFound('Idea');
  return idea.room.id;
}

async function roomOfIdea(ctx: Context, ideaId: string): Promise<Room> {
  return getRoom(ctx, await roomIdOfIdea(ctx, ideaId), 'room:participate');
}

export async function createIdea(ctx: Context, roomId: string, input: IdeaInput & { title: string; idempotencyKey?: string | null }): Promise<Idea> {
  const room = await getRoom(ctx, roomId, 'room:participate');
  const facilitator = isFacilitator(ctx, room);
  const id = await inRoomTransaction(ctx, room.id, async (tx) => {
    const author = await actingParticipant(ctx, tx);
    // A phone that lost the answer retries with the same key: one idea, not two.
    return idempotent(tx, author.id, input.idempotencyKey, `createIdea:${tx.room.id}`, async () => {
      tx.room.requirePhase(facilitator ? [Phase.NEEDS, Phase.DIVERGE, Phase.CLUSTER, Phase.VOTE, Phase.CONVERGE] : ideaPhases(tx.room), 'Adding an idea');
      const [last] = await tx.em.find(Idea, { room: tx.room.id }, { orderBy: { position: 'desc' }, limit: 1, fields: ['position'] });
      const idea = new Idea(tx.room, author, input.title.trim(), (last?.position ?? 0) + 1);
      Object.assign(idea, textsOf(input));
      tx.em.persist(idea);
      if (input.needIds?.length) await setNeeds(tx, idea, input.needIds);
      await tx.em.flush();
      await emitIdeaChange(tx, 'IdeaAdded', idea);
      return idea.id;
    });
  });
  return ctx.em.findOneOrFail(Idea, id);
}

/** Authors edit their ideas while ideas are being written or grouped; facilitators until the room closes. */
function mayEdit(ctx: Context, tx: RoomTx, idea: Idea, me: Participant | null): void {
  if (isFacilitator(ctx, tx.room)) return tx.room.requirePhase([Phase.NEEDS, Phase.DIVERGE, Phase.CLUSTER, Phase.VOTE, Phase.CONVERGE], 'Changing an idea');
  if (!me || idea.author.id !== me.id) throw forbidden('Only its author or a facilitator can change this idea.');
  tx.room.requirePhase([...new Set([...ideaPhases(tx.room), Phase.CLUSTER])], 'Changing an idea');
}

export async function updateIdea(ctx: Context, ideaId: string, input: IdeaInput): Promise<Idea> {
  const room = await roomOfIdea(ctx, ideaId);
  let publishDoc: (() => Promise<void>) | undefined;
  const updated = await inRoomTransaction(ctx, room.id, async (tx) => {
    const idea = await ideaIn(tx, ideaId);
    mayEdit(ctx, tx, idea, await actingParticipant(ctx, tx));
    const values = textsOf(input);
    if (Object.keys(values).length > 0) {
      // Through the card's co-edited document, as a minimal diff per field: it merges with people typing in it
      // (collaboration/); every column is then written from the document.
      const edit = await applyPlainEdit(ctx, tx.em, idea.id, values);
      Object.assign(idea, edit.texts);
      publishDoc = edit.publish;
    }
    if (input.needIds != null) await setNeeds(tx, idea, input.needIds);
    await tx.em.flush();
    await emitIdeaChange(tx, 'IdeaUpdated', idea);
    return idea;
  });
  await publishDoc?.();
  return updated;
}

/**
 * Tells the room that ideas' text changed through their co-edited documents (collaboration/): one
 * IdeaUpdated per idea, as committed now, so that boards and external tools follow without Yjs. Ideas
 * deleted or merged meanwhile are left out. The room is locked late (ideas read first), and FOR NO KEY
 * UPDATE: co-editing pushes, which key-share the room, do not wait for it.
 */
export async function announceIdeasUpdated(ctx: Context, roomId: string, ideaIds: string[]): Promise<void> {
  await inRoomTransaction(
    ctx,
    roomId,
    async (tx) => {
      const ideas = await tx.em.find(Idea, { id: { $in: ideaIds }, room: roomId, deletedAt: null, mergedInto: null }, { populate: ['author', 'needs'] });
      for (const idea of ideas) await emitIdeaChange(tx, 'IdeaUpdated', idea);
    },
    { lock: 'late', strength: 'noKeyUpdate' },
  );
}

/** Deletes an idea; dots on it go back to their owners. */
export async function deleteIdea(ctx: Context, ideaId: string): Promise<boolean> {
  const room = await roomOfIdea(ctx, ideaId);
  return inRoomTransaction(ctx, room.id, async (tx) => {
    const idea = await ideaIn(tx, ideaId);
    mayEdit(ctx, tx, idea, await actingParticipant(ctx, tx));
    idea.deletedAt = new Date();
    const votes = await tx.em.find(Vote, { idea: idea.id }, { populate: ['participant'] });
    for (const v of votes) tx.em.remove(v);
    await tx.em.flush();
    tx.emit('IdeaRemoved', { ideaId: toGlobalId('Idea', idea.id) }, [AUDIENCE_ALL]);
    await emitVoteChanges(tx, votes.map((v) => ({ participant: v.participant, ideaId: idea.id })));
    return true;
  });
}

/**
 * Merges `sourceIds` into `targetId`: the sources leave the board and are recorded as the target's
 * lineage; each person's dots move to the target, capped at the per-idea limit (the excess goes back to
 * their budget).
 */
export async function mergeIdeas(ctx: Context, roomId: string, targetId: string, sourceIds: string[]): Promise<Idea> {
  let publishDoc: (() => Promise<void>) | undefined;
  const merged = await facilitate(ctx, roomId, async (tx) => {
    tx.room.requirePhase([Phase.DIVERGE, Phase.CLUSTER, Phase.VOTE, Phase.CONVERGE], 'Merging ideas');
    const unique = [...new Set(sourceIds)].filter((id) => id !== targetId);
    if (unique.length === 0) throw badUserInput('Give at least one other idea to merge.', { sourceIds: ['must name ideas other than the target'] });
    const target = await ideaIn(tx, targetId);
    const sources = await Promise.all(unique.map((id) => ideaIn(tx, id)));
    const votes = await tx.em.find(Vote, { idea: { $in: [target.id, ...unique] } }, { populate: ['participant'] });
    const byParticipant = new Map<string, { participant: Participant; total: number; targetRow: Vote | null }>();
    for (const v of votes) {
      const entry = byParticipant.get(v.participant.id) ?? { participant: v.participant, total: 0, targetRow: null };
      entry.total += v.count;
      if (v.idea.id === target.id) entry.targetRow = v;
      else tx.em.remove(v);
      byParticipant.set(v.participant.id, entry);
    }
    for (const { participant, total, targetRow } of byParticipant.values()) {
      const count = Math.min(total, tx.room.settings.maxVotesPerIdea);
      if (targetRow) targetRow.count = count;
      else tx.em.persist(new Vote(tx.room, target, participant, count));
    }
    for (const s of sources) s.mergedInto = target;
    // The target's empty text fields (but its title) take the sources' texts.
    const filled = Object.fromEntries(
      DOC_FIELDS.filter((f) => f !== 'title' && !target[f] && sources.some((s) => s[f])).map((f) => [f, sources.map((s) => s[f]).filter(Boolean).join('\n\n')]),
    );
    if (Object.keys(filled).length > 0) {
      // Through the card's document, like any text change (collaboration/), so co-editors get it too.
      const edit = await applyPlainEdit(ctx, tx.em, target.id, filled);
      Object.assign(target, edit.texts);
      publishDoc = edit.publish;
    }
    await tx.em.flush();
    await tx.em.populate(target, ['author', 'needs']);
    const tally = (await talliesOf(tx.em, tx.room.id, [target.id])).get(target.id) ?? { total: 0, voters: 0 };
    const lineage = (await sourcesOf(tx, [target.id])).get(target.id) ?? [];
    for (const [view, audience] of ideaAudiences(tx.room, target, tally, lineage)) {
      tx.emit('IdeasMerged', { idea: view, sourceIds: unique.map((id) => toGlobalId('Idea', id)) }, audience);
    }
    await emitVoteChanges(tx, [...byParticipant.values()].map(({ participant }) => ({ participant, ideaId: target.id })));
    return target;
  });
  await publishDoc?.();
  return merged;
}

/** Moves an idea into a cluster (or out of any) and/or to a new position on the board. */
export async function moveIdea(ctx: Context, roomId: string, ideaId: string, clusterId: string | null | undefined, position: number | null | undefined): Promise<Idea> {
  return facilitate(ctx, roomId, async (tx) => {
    tx.room.requirePhase([Phase.DIVERGE, Phase.CLUSTER, Phase.VOTE, Phase.CONVERGE], 'Moving an idea');
    const idea = await ideaIn(tx, ideaId);
    if (clusterId !== undefined) {
      if (clusterId === null) idea.cluster = null;
      else {
        const cluster = await tx.em.findOne(Cluster, { id: clusterId, room: tx.room.id });
        if (!cluster) throw notFound('Cluster');
        idea.cluster = cluster;
      }
    }
    if (position != null) idea.position = position;
    await tx.em.flush();
    await emitIdeaChange(tx, 'IdeaUpdated', idea);
    return idea;
  });
}

/**
 * Places an idea on the impact/feasibility matrix, or takes it off (both values null). Facilitators, in
 * CONVERGE: the matrix is part of the results, drawn once the votes are in; a CLOSED room is a record
 * and stays as it was (reopening it to CONVERGE allows changes again).
 */
export async function placeIdea(ctx: Context, ideaId: string, impact: number | null, feasibility: number | null): Promise<Idea> {
  if ((impact === null) !== (feasibility === null)) {
    const missing = impact === null ? 'impact' : 'feasibility';
    throw badUserInput('Give both impact and feasibility, or neither to take the idea off the matrix.', { [missing]: ['must be given with the other axis'] });
  }
  return facilitate(ctx, await roomIdOfIdea(ctx, ideaId), async (tx) => {
    tx.room.requirePhase([Phase.CONVERGE], 'Placing an idea on the matrix');
    const idea = await ideaIn(tx, ideaId);
    if (idea.impact === impact && idea.feasibility === feasibility) return idea;
    idea.impact = impact;
    idea.feasibility = feasibility;
    await tx.em.flush();
    await emitIdeaChange(tx, 'IdeaUpdated', idea);
    return idea;
  });
}

export function clusterView(c: Cluster): ClusterView {
  return { id: toGlobalId('Cluster', c.id), label: c.label, position: c.position };
}

export async function saveCluster(ctx: Context, roomId: string, clusterId: string | null, label: string, position: number | null | undefined): Promise<Cluster> {
  return facilitate(ctx, roomId, async (tx) => {
    tx.room.requirePhase([Phase.DIVERGE, Phase.CLUSTER, Phase.VOTE, Phase.CONVERGE], 'Grouping ideas');
    let cluster: Cluster | null;
    if (clusterId) {
      cluster = await tx.em.findOne(Cluster, { id: clusterId, room: tx.room.id });
      if (!cluster) throw notFound('Cluster');
      cluster.label = label.trim();
      if (position != null) cluster.position = position;
    } else {
      const [last] = await tx.em.find(Cluster, { room: tx.room.id }, { orderBy: { position: 'desc' }, limit: 1 });
      cluster = new Cluster(tx.room, label.trim(), position ?? (last?.position ?? 0) + 1);
      tx.em.persist(cluster);
    }
    await tx.em.flush();
    tx.emit('ClusterChanged', { cluster: clusterView(cluster) }, [AUDIENCE_ALL]);
    return cluster;
  });
}

export async function deleteCluster(ctx: Context, roomId: string, clusterId: string): Promise<boolean> {
  return facilitate(ctx, roomId, async (tx) => {
    tx.room.requirePhase([Phase.DIVERGE, Phase.CLUSTER, Phase.VOTE, Phase.CONVERGE], 'Grouping ideas');
    const cluster = await tx.em.findOne(Cluster, { id: clusterId, room: tx.room.id });
    if (!cluster) throw notFound('Cluster');
    await tx.em.nativeUpdate(Idea, { cluster: cluster.id }, { cluster: null });
    tx.em.remove(cluster);
    await tx.em.flush();
    tx.emit('ClusterRemoved', { clusterId: toGlobalId('Cluster', clusterId) }, [AUDIENCE_ALL]);
    return true;
  });
}

/** Reveals private ideas to everyone (private writing). */
export async function revealIdeas(ctx: Context, roomId: string): Promise<Room> {
  return facilitate(ctx, roomId, async (tx) => {
    if (tx.room.ideasRevealed) return tx.room;
    tx.room.ideasRevealed = true;
    const ideas = await tx.em.find(Idea, { room: tx.room.id, deletedAt: null, mergedInto: null }, { populate: ['author', 'needs'], orderBy: { position: 'asc' } });
    const tallies = await talliesOf(tx.em, tx.room.id);
    const lineage = await sourcesOf(tx, ideas.map((i) => i.id));
    const versions = ideas.map((idea) => ideaAudiences(tx.room, idea, tallies.get(idea.id) ?? null, lineage.get(idea.id) ?? []));
    // With ideas revealed, an idea has one version per audience (all, or facilitators + participants).
    const audiences = new Map<string, { audience: string[]; ideas: IdeaView[] }>();
    for (const pairs of versions) {
      for (const [view, audience] of pairs) {
        const key = audience.join(',');
        const entry = audiences.get(key) ?? { audience, ideas: [] };
        entry.ideas.push(view);
        audiences.set(key, entry);
      }
    }
    for (const { audience, ideas: views } of audiences.values()) tx.emit('IdeasRevealed', { ideas: views }, audience);
    emitRoomState(tx);
    return tx.room;
  });
}

/** Reveals hidden tallies to everyone. */
export async function revealTallies(ctx: Context, roomId: string): Promise<Room> {
  return facilitate(ctx, roomId, async (tx) => {
    if (tx.room.talliesRevealed) return tx.room;
    tx.room.talliesRevealed = true;
    const tallies = await talliesOf(tx.em, tx.room.id);
    tx.emit('TalliesRevealed', { tallies: [...tallies.values()].map((t) => ({ ...t, ideaId: toGlobalId('Idea', t.ideaId) })) }, [AUDIENCE_ALL]);
    emitRoomState(tx);
    return tx.room;
  });
}

/** The board as the viewer may see it: ideas in order, private ones of others hidden. */
export async function boardOf(ctx: Context, room: Room): Promise<IdeaView[]> {
  const lens = await lensOf(ctx, room);
  const ideas = await ctx.em.find(Idea, { room: room.id, deletedAt: null, mergedInto: null }, { populate: ['author', 'needs'], orderBy: { position: 'asc' } });
  const visible = lens.ideasHidden && !lens.facilitator ? ideas.filter((i) => i.author.id === lens.participantId) : ideas;
  const tallies = lens.talliesVisible ? await talliesOf(ctx.em, room.id) : new Map();
  const mine = lens.participantId ? await ctx.em.find(Vote, { room: room.id, participant: lens.participantId }) : [];
  const lineage = await sourcesOf(ctx, visible.map((i) => i.id));
  return visible.map((idea) =>
    toIdeaView(
      idea,
      lens,
      { total: tallies.get(idea.id)?.total ?? 0, voters: tallies.get(idea.id)?.voters ?? 0, mine: lens.participantId ? (mine.find((v) => v.idea.id === idea.id)?.count ?? 0) : null },
      lineage.get(idea.id) ?? [],
    ),
  );
}

export async function clustersOf(ctx: Context, room: Room): Promise<ClusterView[]> {
  return (await ctx.em.find(Cluster, { room: room.id }, { orderBy: { position: 'asc' } })).map(clusterView);
}

export { roomOfIdea };

/**
 * Ideas as the viewer sees them, batched per request (lists of links ask for many): a fixed number of
 * queries per room whatever the number of ideas. Null for an idea that is deleted, in a room the viewer
 * may not read, or private to someone else.
 */
export function ideaView(ctx: Context, ideaId: string): Promise<IdeaView | null> {
  return ctx.loaders
    .loadMany(
      'ideaViews',
      async (ids) => {
        const ideas = await ctx.em.find(Idea, { id: { $in: ids }, deletedAt: null }, { populate: ['author', 'needs', 'room'] });
        const lineage = await sourcesOf(ctx, ideas.map((i) => i.id));
        const byRoom = new Map<string, Idea[]>();
        for (const idea of ideas) byRoom.set(idea.room.id, [...(byRoom.get(idea.room.id) ?? []), idea]);
        const views: { id: string; view: IdeaView }[] = [];
        for (const [roomId, list] of byRoom) {
          const room = list[0]!.room;
          if (!can(ctx.viewer, 'room:read', { factoryId: room.factory.id, roomId })) continue;
          const lens = await lensOf(ctx, room);
          const listIds = list.map((i) => i.id);
          const tallies = lens.talliesVisible ? await talliesOf(ctx.em, roomId, listIds) : new Map<string, { total: number; voters: number }>();
          const mine = lens.participantId ? await ctx.em.find(Vote, { idea: { $in: listIds }, participant: lens.participantId }) : [];
          for (const idea of list) {
            if (lens.ideasHidden && !lens.facilitator && idea.author.id !== lens.participantId) continue;
            const counts = {
              total: tallies.get(idea.id)?.total ?? 0,
              voters: tallies.get(idea.id)?.voters ?? 0,
              mine: lens.participantId ? (mine.find((v) => v.idea.id === idea.id)?.count ?? 0) : null,
            };
            views.push({ id: idea.id, view: toIdeaView(idea, lens, counts, lineage.get(idea.id) ?? []) });
          }
        }
        return views;
      },
      (row) => row.id,
      ideaId,
    )
    .then((rows) => rows[0]?.view ?? null);
}

/** One idea as the viewer sees it (for mutation results: the viewer may always see what they just changed). */
export async function ideaViewFor(ctx: Context, idea: Idea): Promise<IdeaView> {
  const view = await ideaView(ctx, idea.id);
  if (!view) throw notFound('Idea');
  return view;
}

/** `node(id)` for ideas: null when it does not exist, or is a private idea of someone else. */
export async function ideaNode(ctx: Context, ideaId: string): Promise<IdeaView | null> {
  const idea = await ctx.em.findOne(Idea, { id: ideaId, deletedAt: null }, { fields: ['id', 'room'] });
  if (!idea) return null;
  await getRoom(ctx, idea.room.id, 'room:read'); // FORBIDDEN for a room the viewer may not read
  return ideaView(ctx, ideaId);
}
