import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../core/context.js';
import { badUserInput, forbidden, notFound, voteBudgetExhausted, voteCapReached } from '../core/errors.js';
import { toGlobalId } from '../core/graphql/node.js';
import { AUDIENCE_ALL, AUDIENCE_FACILITATORS, audienceOf } from '../events/room-event.js';
import { inRoomTransaction, type RoomTx } from '../events/room-tx.js';
import { idempotent } from '../events/idempotency.js';
import { Idea } from '../ideas/idea.entity.js';
import { actingParticipant, getRoom, lensOf } from '../rooms/room.service.js';
import { authorize } from '../identity/policy.js';
import { Phase, type Room } from '../rooms/room.entity.js';
import { Participant } from '../rooms/participant.entity.js';
import { participantView, type IdeaView } from '../rooms/room.views.js';
import { Vote } from './vote.entity.js';

/** The viewer's votes on one idea after a change, and what they have left. */
export interface MyVotes {
  ideaId: string;
  mine: number;
  used: number;
  remaining: number;
}

export interface Tally {
  ideaId: string;
  total: number;
  voters: number;
}

/** Dots per idea (on-board ideas of the room, or the given ones), in one query. */
export async function talliesOf(em: EntityManager, roomId: string, ideaIds?: string[]): Promise<Map<string, Tally>> {
  const rows = await em.getConnection().execute<{ idea_id: string; total: string; voters: string }[]>(
    `select idea_id, sum(count) as total, count(*) filter (where count > 0) as voters from vote where room_id = ?${ideaIds ? ' and idea_id = any(?::uuid[])' : ''} group by idea_id`,
    ideaIds ? [roomId, `{${ideaIds.join(',')}}`] : [roomId],
    'all',
    em.getTransactionContext(),
  );
  return new Map(rows.map((r) => [r.idea_id, { ideaId: r.idea_id, total: Number(r.total), voters: Number(r.voters) }]));
}

/** Dots each participant has spent in the room (only the given participants when listed). */
export async function usedBy(em: EntityManager, roomId: string, participantIds?: string[]): Promise<Map<string, number>> {
  const rows = await em.getConnection().execute<{ participant_id: string; used: string }[]>(
    `select participant_id, sum(count) as used from vote where room_id = ?${participantIds ? ' and participant_id = any(?::uuid[])' : ''} group by participant_id`,
    participantIds ? [roomId, `{${participantIds.join(',')}}`] : [roomId],
    'all',
    em.getTransactionContext(),
  );
  return new Map(rows.map((r) => [r.participant_id, Number(r.used)]));
}

/**
 * Tells the room what changed after votes moved: each voter their own count and budget, the tally to
 * everyone when tallies are public (to facilitators only while hidden), and facilitators each voter's
 * progress. Nothing about the ranking reaches a participant while tallies are hidden.
 */
export async function emitVoteChanges(tx: RoomTx, changes: { participant: Participant; ideaId: string }[], known?: { mine: number; used: number }): Promise<void> {
  if (changes.length === 0) return;
  const room = tx.room;
  const ideaIds = [...new Set(changes.map((c) => c.ideaId))];
  const participants = new Map(changes.map((c) => [c.participant.id, c.participant]));
  const tallies = await talliesOf(tx.em, room.id, ideaIds);
  // A single vote knows its own numbers; merges and deletions read them.
  const used = known && changes.length === 1 ? new Map([[changes[0]!.participant.id, known.used]]) : await usedBy(tx.em, room.id, [...participants.keys()]);
  const mine = known && changes.length === 1 ? [] : await tx.em.find(Vote, { room: room.id, idea: { $in: ideaIds }, participant: { $in: [...participants.keys()] } });
  const mineOf = (p: string, i: string) => (known && changes.length === 1 ? known.mine : (mine.find((v) => v.participant.id === p && v.idea.id === i)?.count ?? 0));
  for (const { participant, ideaId } of changes) {
    const spent = used.get(participant.id) ?? 0;
    tx.emit(
      'MyVotesChanged',
      { ideaId: toGlobalId('Idea', ideaId), mine: mineOf(participant.id, ideaId), used: spent, remaining: Math.max(0, room.settings.votesPerParticipant - spent) },
      [audienceOf(participant.id)],
    );
  }
  const talliesPublic = !room.settings.hiddenTallies || room.talliesRevealed;
  for (const ideaId of ideaIds) {
    const t = tallies.get(ideaId) ?? { ideaId, total: 0, voters: 0 };
    tx.emit('VoteTallyChanged', { tally: { ...t, ideaId: toGlobalId('Idea', ideaId) } }, [talliesPublic ? AUDIENCE_ALL : AUDIENCE_FACILITATORS]);
  }
  for (const participant of participants.values()) {
    tx.emit('VoteProgressChanged', { progress: { participant: participantView(participant), used: used.get(participant.id) ?? 0 } }, [AUDIENCE_FACILITATORS]);
  }
}

/**
 * Adds (+1) or retracts (−1) one dot of the viewer on an idea. Runs with the room locked, so the budget
 * and the per-idea cap hold whatever the concurrency, and tallies stay exact. See votes/SPEC.md.
 */
export async function vote(ctx: Context, ideaId: string, delta: 1 | -1, idempotencyKey?: string | null): Promise<MyVotes> {
  const idea = await ctx.em.findOne(Idea, ideaId, { fields: ['id', 'room'], populate: ['room'] });
  if (!idea) throw notFound('Idea');
  const room = idea.room;
  authorize(ctx.viewer, 'room:participate', { factoryId: room.factory.id, roomId: room.id });
  return inRoomTransaction(
    ctx,
    room.id,
    async (tx) => {
      const participant = await actingParticipant(ctx, tx);
      const operation = `${delta > 0 ? 'cast' : 'retract'}:${ideaId}`;
      return idempotent(tx, participant.id, idempotencyKey, operation, async () => {
        // From here the room is locked: phase, settings, the idea and the counts read below are current,
        // and no other change of the room can interleave until commit.
        await tx.lock();
        const { settings } = tx.room;
        if (participant.user && !settings.facilitatorsVote) throw forbidden('Facilitators do not vote in this room.');
        tx.room.requirePhase([Phase.VOTE], 'Voting');
        const conn = tx.em.getConnection();
        const trx = tx.em.getTransactionContext();
        // The hot path of a live vote: one query for everything the rules need.
        const [state] = await conn.execute<{ author_id: string | null; used: number; mine: number }[]>(
          `select (select author_id from idea where id = ? and room_id = ? and deleted_at is null and merged_into_id is null) as author_id,
                  (select coalesce(sum(count), 0)::int from vote where room_id = ? and participant_id = ?) as used,
                  (select coalesce(max(count), 0)::int from vote where idea_id = ? and participant_id = ?) as mine`,
          [ideaId, tx.room.id, tx.room.id, participant.id, ideaId, participant.id],
          'all',
          trx,
        );
        const { author_id: authorId, used, mine } = state!;
        const hiddenFromVoter = settings.privateWriting && !tx.room.ideasRevealed && authorId !== participant.id;
        if (!authorId || hiddenFromVoter) throw notFound('Idea');
        if (delta > 0) {
          if (used >= settings.votesPerParticipant) throw voteBudgetExhausted(`You have used all ${settings.votesPerParticipant} of your votes.`);
          if (mine >= settings.maxVotesPerIdea) throw voteCapReached(`At most ${settings.maxVotesPerIdea} votes per idea.`);
        } else if (mine === 0) {
          throw badUserInput('You have no vote on this idea to retract.', { ideaId: ['no vote to retract'] });
        }
        await conn.execute(
          `insert into vote (id, created_at, updated_at, room_id, idea_id, participant_id, count) values (gen_random_uuid(), now(), now(), ?, ?, ?, ?)
           on conflict (idea_id, participant_id) do update set count = excluded.count, updated_at = now()`,
          [tx.room.id, ideaId, participant.id, mine + delta],
          'run',
          trx,
        );
        await emitVoteChanges(tx, [{ participant, ideaId }], { mine: mine + delta, used: used + delta });
        return { ideaId: toGlobalId('Idea', ideaId), mine: mine + delta, used: used + delta, remaining: settings.votesPerParticipant - (used + delta) };
      });
    },
    { lock: 'late' },
  );
}

export interface RankedIdea {
  rank: number;
  idea: IdeaView;
  total: number;
  voters: number;
}

export interface Results {
  ranking: RankedIdea[];
  voters: number;
  votesCast: number;
}

/**
 * Ranking with ties (1, 2, 2, 4…), per-idea counts and number of voters; null while hidden from the
 * viewer. `board` gives the ideas as the viewer sees them (with their tallies): asked only when shown.
 */
export async function resultsOf(ctx: Context, room: Room, board: () => Promise<IdeaView[]>): Promise<Results | null> {
  const lens = await lensOf(ctx, room);
  if (!lens.talliesVisible) return null;
  const sorted = (await board())
    .map((idea) => ({ idea, total: idea.votes.total ?? 0, voters: idea.votes.voters ?? 0 }))
    .sort((a, b) => b.total - a.total || a.idea.position - b.idea.position);
  const ranking: RankedIdea[] = [];
  sorted.forEach((r, i) => ranking.push({ ...r, rank: i > 0 && sorted[i - 1]!.total === r.total ? ranking[i - 1]!.rank : i + 1 }));
  const used = await usedBy(ctx.em, room.id);
  return { ranking, voters: [...used.values()].filter((n) => n > 0).length, votesCast: [...used.values()].reduce((a, b) => a + b, 0) };
}

/** Facilitators: how many dots each participant has spent. */
export async function progressOf(ctx: Context, room: Room): Promise<{ participant: Participant; used: number }[]> {
  await getRoom(ctx, room.id, 'room:facilitate');
  const used = await usedBy(ctx.em, room.id);
  const people = await ctx.em.find(Participant, { room: room.id, removedAt: null }, { populate: ['user'], orderBy: { displayName: 'asc' } });
  return people.map((participant) => ({ participant, used: used.get(participant.id) ?? 0 }));
}

/** The viewer's spent and remaining dots in the room. */
export async function myBudget(ctx: Context, room: Room, participantId: string | null): Promise<{ used: number; remaining: number } | null> {
  if (!participantId) return null;
  const used = (await usedBy(ctx.em, room.id, [participantId])).get(participantId) ?? 0;
  return { used, remaining: Math.max(0, room.settings.votesPerParticipant - used) };
}
