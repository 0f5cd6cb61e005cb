import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestApp, subscribeRoom, wsOnce, type TestApp } from '../../test/harness.js';
import * as fx from '../../test/fixtures.js';

/*
 * Rules (votes/SPEC.md): [V1] a participant spends at most `votesPerParticipant` dots per room;
 * [V2] at most `maxVotesPerIdea` on one idea; [V3] tallies are exact; [V4] a retried call with the same
 * idempotency key acts once; [V5] while tallies are hidden, no participant learns any tally.
 */

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const CAST = `mutation ($id: ID!, $key: String) { castVote(input: { ideaId: $id, idempotencyKey: $key }) { ideaId mine used remaining } }`;
const RETRACT = `mutation ($id: ID!, $key: String) { retractVote(input: { ideaId: $id, idempotencyKey: $key }) { ideaId mine used remaining } }`;

async function votingRoom(settings: Record<string, unknown>, participants: number, ideaCount: number) {
  const live = await fx.liveRoom(app, settings, participants);
  await fx.setPhase(app, live.room.id, 'DIVERGE', live.facilitator);
  const ideas: string[] = [];
  for (let i = 0; i < ideaCount; i++) ideas.push(await fx.idea(app, live.room.id, live.facilitator, `Idée ${i + 1}`));
  await fx.setPhase(app, live.room.id, 'VOTE', live.facilitator);
  return { ...live, ideas };
}

async function dbTallies(roomId: string) {
  const rows = await app.sql<{ idea_id: string; total: number }>(
    `select v.idea_id, sum(v.count)::int as total from vote v join room r on r.id = v.room_id where r.id = (select id from room where id::text = $1 or code = $1) group by v.idea_id`,
    [roomId],
  );
  return rows;
}

describe('dot voting under concurrency', () => {
  it('[V1][V2][V3][V4] 50 participants voting at once over graphql-ws, with racing retracts and retries: tallies and budgets exact', async () => {
    const { room, people, ideas, facilitator } = await votingRoom({ votesPerParticipant: 5, maxVotesPerIdea: 3, hiddenTallies: false }, 50, 4);
    const clients = people.map((p) => app.ws(p.token));
    const expected = new Map<string, number>();
    const expectedUsed = new Map<string, number>();
    // Each participant: 7 casts spread on ideas (2 must fail on budget or cap), 1 retract, and every cast retried with its key.
    await Promise.all(
      people.map(async (p, i) => {
        const client = clients[i]!;
        const plan = Array.from({ length: 7 }, (_, k) => ideas[(i + k) % 3 === 0 ? 0 : (i + k) % ideas.length]!);
        const results = await Promise.all(
          plan.map(async (ideaId) => {
            const key = randomUUID();
            const [first, retry] = await Promise.all([wsOnce(client, CAST, { id: ideaId, key }), wsOnce(client, CAST, { id: ideaId, key })]);
            // [V4] a success is replayed, never repeated; a refusal left no trace, so its retry is judged afresh.
            if (!first.errors) expect(retry).toEqual(first);
            else expect(retry.errors).toBeDefined();
            return { ideaId, res: first };
          }),
        );
        for (const { ideaId, res } of results) {
          if (res.errors) {
            expect(['VOTE_BUDGET_EXHAUSTED', 'VOTE_CAP_REACHED']).toContain(res.errors[0]!.extensions!.code);
          } else {
            expected.set(ideaId, (expected.get(ideaId) ?? 0) + 1);
            expectedUsed.set(p.id, (expectedUsed.get(p.id) ?? 0) + 1);
          }
        }
        // Retract one dot from the first idea that got one, racing with the others' votes.
        const voted = results.find((r) => !r.res.errors);
        if (voted) {
          const r = await wsOnce(client, RETRACT, { id: voted.ideaId, key: randomUUID() });
          expect(r.errors).toBeUndefined();
          expected.set(voted.ideaId, expected.get(voted.ideaId)! - 1);
          expectedUsed.set(p.id, expectedUsed.get(p.id)! - 1);
        }
      }),
    );
    for (const used of expectedUsed.values()) expect(used).toBeLessThanOrEqual(4); // 5 max, minus the retract

    const seen = await app.gql(`query ($id: ID!) { room(id: $id) { ideas { id votes { total } } results { votesCast voters } } }`, { id: room.id }, facilitator);
    const totals = Object.fromEntries(seen.data!.room.ideas.map((i: { id: string; votes: { total: number } }) => [i.id, i.votes.total]));
    expect(totals).toEqual(Object.fromEntries(ideas.map((id) => [id, expected.get(id) ?? 0])));
    expect(seen.data!.room.results.votesCast).toBe([...expectedUsed.values()].reduce((a, b) => a + b, 0));
    // And in the table itself: no participant over budget, no idea over cap for anyone.
    const over = await app.sql(`select participant_id from vote group by participant_id having sum(count) > 5 union all select participant_id from vote where count > 3`);
    expect(over).toEqual([]);
  });

  it('[V1] one participant firing 50 votes in parallel from two connections never exceeds the budget', async () => {
    const { people, ideas } = await votingRoom({ votesPerParticipant: 5, maxVotesPerIdea: 5 }, 1, 3);
    const p = people[0]!;
    const [a, b] = [app.ws(p.token), app.ws(p.token)];
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => wsOnce(i % 2 ? a : b, CAST, { id: ideas[i % 3] })));
    const ok = results.filter((r) => !r.errors);
    expect(ok).toHaveLength(5);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'VOTE_BUDGET_EXHAUSTED')).toHaveLength(45);
    const [row] = await app.sql<{ used: number }>(`select sum(count)::int as used from vote where participant_id = (select participant_id from session where participant_id is not null order by created_at desc limit 1)`);
    expect(row!.used).toBe(5);
    expect(ok.map((r) => r.data!.castVote.used).sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('[V2] refuses a sixth dot on one idea past the cap, and retracting what is not there', async () => {
    const { people, ideas } = await votingRoom({ votesPerParticipant: 5, maxVotesPerIdea: 2 }, 1, 1);
    const t = people[0]!.token;
    expect((await app.gql(CAST, { id: ideas[0] }, t)).data!.castVote).toMatchObject({ mine: 1, used: 1, remaining: 4 });
    expect((await app.gql(CAST, { id: ideas[0] }, t)).data!.castVote).toMatchObject({ mine: 2, used: 2, remaining: 3 });
    expect(codes(await app.gql(CAST, { id: ideas[0] }, t))).toEqual(['VOTE_CAP_REACHED']);
    expect((await app.gql(RETRACT, { id: ideas[0] }, t)).data!.retractVote).toMatchObject({ mine: 1, used: 1 });
    expect((await app.gql(RETRACT, { id: ideas[0] }, t)).data!.retractVote).toMatchObject({ mine: 0, used: 0 });
    expect(codes(await app.gql(RETRACT, { id: ideas[0] }, t))).toEqual(['BAD_USER_INPUT']);
  });

  it('rejects bad input with clear codes and writes nothing', async () => {
    const { people, ideas, room, facilitator } = await votingRoom({}, 1, 1);
    const t = people[0]!.token;
    const other = await votingRoom({}, 1, 1);
    expect(codes(await app.gql(CAST, { id: 'bogus' }, t))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await app.gql(CAST, { id: Buffer.from(`Idea:${randomUUID()}`).toString('base64url') }, t))).toEqual(['NOT_FOUND']);
    expect(codes(await app.gql(CAST, { id: other.ideas[0] }, t))).toEqual(['FORBIDDEN']);
    expect(codes(await app.gql(CAST, { id: ideas[0], key: 'k'.repeat(101) }, t))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await app.gql(CAST, { id: ideas[0] }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await app.gql(`mutation ($input: UpdateRoomInput!) { updateRoom(input: $input) { id } }`, { input: { roomId: room.id, settings: { votesPerParticipant: -1 } } }, facilitator))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await app.gql(`mutation ($input: UpdateRoomInput!) { updateRoom(input: $input) { id } }`, { input: { roomId: room.id, settings: { votesPerParticipant: 2 ** 40 } } }, facilitator))).toEqual(['BAD_USER_INPUT']);
    expect(await dbTallies(room.id)).toEqual([]);
  });
});

describe('hidden tallies', () => {
  it('[V5] while hidden, a participant sees only their own votes, through every query and every event; the facilitator sees progress; reveal shows all', async () => {
    const { room, people, ideas, facilitator } = await votingRoom({ votesPerParticipant: 3, maxVotesPerIdea: 3, hiddenTallies: true }, 3, 2);
    const [p1, p2, p3] = people as [(typeof people)[0], (typeof people)[0], (typeof people)[0]];
    const spy = await subscribeRoom(app.ws(p3.token), room.id);
    const host = await subscribeRoom(app.ws(facilitator), room.id);
    await app.gql(CAST, { id: ideas[0] }, p1.token);
    await app.gql(CAST, { id: ideas[0] }, p1.token);
    await app.gql(CAST, { id: ideas[1] }, p2.token);
    await host.waitFor((e) => e.__typename === 'VoteProgressChanged' && e.progress.participant.id === p2.id);

    // Events: p3 saw only bare sequence numbers for others' votes.
    const spied = spy.durable().filter((e) => e.seq > 0);
    expect(spied.every((e) => e.__typename === 'SeqAdvanced')).toBe(true);
    expect(JSON.stringify(spy.events)).not.toMatch(/tally|total|voters|progress/);
    // The facilitator saw tallies and progress.
    expect(host.events.find((e) => e.__typename === 'VoteTallyChanged' && e.tally.ideaId === ideas[0])!.tally.total).toBeGreaterThan(0);

    // Queries: no totals, no results, no progress for a participant; own votes visible.
    const q = `query ($id: ID!) { room(id: $id) { ideas { id votes { total voters mine } } results { votesCast } myVotes { used remaining } } }`;
    const asP1 = await app.gql(q, { id: room.id }, p1.token);
    expect(asP1.data!.room.results).toBeNull();
    expect(asP1.data!.room.myVotes).toEqual({ used: 2, remaining: 1 });
    expect(asP1.data!.room.ideas.map((i: { votes: unknown }) => i.votes)).toEqual([
      { total: null, voters: null, mine: 2 },
      { total: null, voters: null, mine: 0 },
    ]);
    expect(codes(await app.gql(`query ($id: ID!) { room(id: $id) { voteProgress { used } } }`, { id: room.id }, p1.token))).toEqual(['FORBIDDEN']);
    const progress = await app.gql(`query ($id: ID!) { room(id: $id) { voteProgress { participant { id } used } } }`, { id: room.id }, facilitator);
    expect(Object.fromEntries(progress.data!.room.voteProgress.map((r: { participant: { id: string }; used: number }) => [r.participant.id, r.used]))).toMatchObject({ [p1.id]: 2, [p2.id]: 1, [p3.id]: 0 });

    await app.gql(`mutation ($r: ID!) { revealTallies(roomId: $r) { talliesRevealed } }`, { r: room.id }, facilitator);
    const revealed = await spy.waitFor((e) => e.__typename === 'TalliesRevealed');
    expect(revealed.tallies).toEqual(expect.arrayContaining([{ ideaId: ideas[0], total: 2, voters: 1 }, { ideaId: ideas[1], total: 1, voters: 1 }]));
    const after = await app.gql(`query ($id: ID!) { room(id: $id) { results { voters votesCast ranking { rank total idea { id } } } } }`, { id: room.id }, p3.token);
    expect(after.data!.room.results).toEqual({ voters: 2, votesCast: 3, ranking: [{ rank: 1, total: 2, idea: { id: ideas[0] } }, { rank: 2, total: 1, idea: { id: ideas[1] } }] });
  });

  it('ranks ties together', async () => {
    const { room, people, ideas, facilitator } = await votingRoom({ votesPerParticipant: 3, hiddenTallies: false }, 1, 3);
    await app.gql(CAST, { id: ideas[1] }, people[0]!.token);
    await app.gql(CAST, { id: ideas[2] }, people[0]!.token);
    const res = await app.gql(`query ($id: ID!) { room(id: $id) { results { ranking { rank total } } } }`, { id: room.id }, facilitator);
    expect(res.data!.room.results.ranking).toEqual([{ rank: 1, total: 1 }, { rank: 1, total: 1 }, { rank: 3, total: 0 }]);
  });
});
