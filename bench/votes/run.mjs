// bench/votes: 500 concurrent voters in one room, each spending their whole budget at once (plus a
// few over it). Reports votes/s and checks that tallies are exact and no budget is exceeded.
// Baseline in the same run: the same number of authenticated no-op GraphQL mutations-sized requests
// (a `viewer` query per voter), to separate the vote rules' cost from HTTP + auth.
// Usage: npm run build && node bench/votes/run.mjs [voters=500] [budget=5]
import { gqlClient, percentile, setUpRoom, startServer } from '../lib/server.mjs';

const voters = Number(process.argv[2] ?? 500);
const budget = Number(process.argv[3] ?? 5);
const server = await startServer();
try {
  const gql = gqlClient(server.url);
  const { room, facilitator, ideaIds, tokens } = await setUpRoom(gql, { participants: voters, ideas: 5, settings: { votesPerParticipant: budget, maxVotesPerIdea: budget, hiddenTallies: false } });
  const attempts = budget + 1; // one more than allowed: must be refused
  const expected = new Map(ideaIds.map((id) => [id, 0]));

  // Baseline: the same number of authenticated GraphQL requests that do no voting.
  let started = performance.now();
  await Promise.all(tokens.map(async (t) => { for (let k = 0; k < attempts; k++) await gql(`{ viewer { kind } }`, {}, t); }));
  const baselineMs = performance.now() - started;

  const latencies = [];
  let accepted = 0;
  let refused = 0;
  started = performance.now();
  await Promise.all(
    tokens.map(async (token, i) => {
      for (let k = 0; k < attempts; k++) {
        const ideaId = ideaIds[(i + k) % ideaIds.length];
        const t0 = performance.now();
        try {
          await gql(`mutation ($id: ID!) { castVote(input: { ideaId: $id }) { used } }`, { id: ideaId }, token);
          expected.set(ideaId, expected.get(ideaId) + 1);
          accepted++;
        } catch (e) {
          if (e.errors?.[0]?.extensions?.code !== 'VOTE_BUDGET_EXHAUSTED') throw e;
          refused++;
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = performance.now() - started;
  const { room: after } = await gql(`query ($id: ID!) { room(id: $id) { ideas { id votes { total } } results { votesCast voters } } }`, { id: room.id }, facilitator);
  const exact = after.ideas.every((i) => i.votes.total === expected.get(i.id)) && after.results.votesCast === voters * budget && refused === voters;
  console.log(`bench/votes: ${voters} voters × ${attempts} attempts (budget ${budget}) in one room`);
  console.log(`  votes accepted ${accepted}, refused over budget ${refused}, tallies exact: ${exact ? 'yes' : 'NO'}`);
  console.log(`  votes/s ${(accepted / (elapsed / 1000)).toFixed(0)}  (all attempts/s ${((accepted + refused) / (elapsed / 1000)).toFixed(0)})`);
  console.log(`  latency p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms`);
  console.log(`  baseline (same number of authenticated viewer queries): ${(((accepted + refused) / baselineMs) * 1000).toFixed(0)} req/s → votes cost ${(elapsed / baselineMs).toFixed(1)}× a bare authenticated request`);
  if (!exact) process.exitCode = 1;
} finally {
  await server.stop();
}
