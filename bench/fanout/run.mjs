// bench/fanout: one room, N subscribed graphql-ws clients (in a separate process), V votes; each vote
// is 3 room events (the voter's own count, the public tally, facilitators' progress), every subscriber
// receiving each one (visible or as SeqAdvanced). Reports delivery (all, no duplicate), server CPU per
// delivery and p50/p99 latency from the vote request to the last receiver of its tally — and the same for
// a raw `ws` broadcast of the same payloads measured in the same run, with the ratios.
// Usage: npm run build && node bench/fanout/run.mjs [subscribers=1000] [votes=300]
import { fork } from 'node:child_process';
import path from 'node:path';
import { cpuMs, gqlClient, percentile, setUpRoom, startServer } from '../lib/server.mjs';

const N = Number(process.argv[2] ?? 1000);
const V = Number(process.argv[3] ?? 300);
const here = import.meta.dirname;
const DOCUMENT = `subscription ($roomId: ID!) { roomEvents(roomId: $roomId) { __typename seq at
  ... on VoteTallyChanged { tally { ideaId total voters } }
  ... on MyVotesChanged { ideaId mine used remaining }
  ... on VoteProgressChanged { progress { participant { id } used } }
  ... on PresenceChanged { present { id } } } }`;

const waitMessage = (child, pred) => new Promise((resolve) => { const on = (m) => { if (pred(m)) { child.off('message', on); resolve(m); } }; child.on('message', on); });

const server = await startServer();
const gql = gqlClient(server.url);
const votersNeeded = Math.ceil(V / 5);
const { room, tokens, ideaIds } = await setUpRoom(gql, { participants: Math.max(N, 2 * votersNeeded), ideas: 5, settings: { votesPerParticipant: 5, maxVotesPerIdea: 5, hiddenTallies: false } });
console.log(`bench/fanout: ${N} subscribers, ${V} votes (3 events each)`);
const vote = (v, offset) => gql(`mutation ($id: ID!) { castVote(input: { ideaId: $id }) { used } }`, { id: ideaIds[v % ideaIds.length] }, tokens[offset + Math.floor(v / 5)]);

// The same votes with nobody subscribed: what the votes alone cost the server (HTTP, auth, transaction).
const cpuA = cpuMs(server.pid);
for (let v = 0; v < V; v++) await vote(v, votersNeeded);
const cpuVotesOnly = cpuMs(server.pid) - cpuA;

// ---- Germoir ----
const clients = fork(path.join(here, 'clients.mjs'), [JSON.stringify({ mode: 'graphql', url: `${server.url.replace('http', 'ws')}/graphql`, tokens: tokens.slice(0, N), roomId: room.id, document: DOCUMENT })], { stdio: 'inherit' });
await waitMessage(clients, (m) => m.ready);
await new Promise((r) => setTimeout(r, 1000)); // presence settles
const sent = [];
const cpu0 = cpuMs(server.pid);
for (let v = 0; v < V; v++) {
  sent.push(performance.timeOrigin + performance.now());
  await vote(v, 0);
}
// Wait until every subscriber has every event.
let report;
for (let i = 0; i < 600; i++) {
  clients.send({ report: true });
  report = (await waitMessage(clients, (m) => m.report)).report;
  if (report.received >= N * V * 3) break;
  await new Promise((r) => setTimeout(r, 100));
}
const cpuGermoir = cpuMs(server.pid) - cpu0;
clients.send({ exit: true });
const tallyAt = new Map(report.tallySeqs);
const tallies = report.arrivals.filter((a) => tallyAt.has(a.key)).sort((a, b) => a.key - b.key);
const latG = tallies.map((a, i) => a.last - sent[i]);
const latEvent = tallies.map((a) => a.last - tallyAt.get(a.key));
const complete = report.arrivals.every((a) => a.count === N) && report.received === N * V * 3;
const g = {
  deliveries: report.received,
  duplicates: report.duplicates,
  cpuPer: (cpuGermoir * 1000) / report.received,
  fanoutCpuPer: ((cpuGermoir - cpuVotesOnly) * 1000) / report.received,
  p50: percentile(latG, 50),
  p99: percentile(latG, 99),
  p50Event: percentile(latEvent, 50),
  p99Event: percentile(latEvent, 99),
  complete,
};
await server.stop();

// ---- raw ws broadcast of the same payloads ----
const raw = fork(path.join(here, 'raw-server.mjs'), [], { stdio: 'inherit' });
const { port } = await waitMessage(raw, (m) => m.port);
const rawClients = fork(path.join(here, 'clients.mjs'), [JSON.stringify({ mode: 'raw', url: `ws://127.0.0.1:${port}`, tokens: tokens.slice(0, N) })], { stdio: 'inherit' });
await waitMessage(rawClients, (m) => m.ready);
const payloads = [
  { data: { roomEvents: { __typename: 'SeqAdvanced', seq: 0, at: new Date().toISOString() } } },
  { data: { roomEvents: { __typename: 'VoteTallyChanged', seq: 0, at: new Date().toISOString(), tally: { ideaId: ideaIds[0], total: 12, voters: 9 } } } },
  { data: { roomEvents: { __typename: 'SeqAdvanced', seq: 0, at: new Date().toISOString() } } },
];
const rawSent = [];
const rawCpu0 = cpuMs(raw.pid);
for (let v = 0; v < V; v++) {
  rawSent.push(performance.timeOrigin + performance.now());
  for (let k = 0; k < 3; k++) {
    raw.send({ broadcast: JSON.stringify({ id: 'x', type: 'next', payload: payloads[k] }), n: v * 3 + k });
    await waitMessage(raw, (m) => m.sent === v * 3 + k);
  }
}
let rawReport;
for (let i = 0; i < 600; i++) {
  rawClients.send({ report: true });
  rawReport = (await waitMessage(rawClients, (m) => m.report)).report;
  if (rawReport.received >= N * V * 3) break;
  await new Promise((r) => setTimeout(r, 100));
}
const cpuRaw = cpuMs(raw.pid) - rawCpu0;
rawClients.send({ exit: true });
raw.send({ exit: true });
const rawTallies = rawReport.arrivals.filter((a) => a.key % 3 === 1).sort((a, b) => a.key - b.key);
const latR = rawTallies.map((a, i) => a.last - rawSent[i]);
const r = { deliveries: rawReport.received, cpuPer: (cpuRaw * 1000) / rawReport.received, p50: percentile(latR, 50), p99: percentile(latR, 99) };

const fmt = (x) => x.toFixed(1);
console.log(`  Germoir : delivered ${g.deliveries}/${N * V * 3} (${g.complete ? '100%' : 'INCOMPLETE'}), duplicates ${g.duplicates}`);
console.log(`            latency to the last receiver, from the event's commit: p50 ${fmt(g.p50Event)} ms p99 ${fmt(g.p99Event)} ms; from the vote request: p50 ${fmt(g.p50)} ms p99 ${fmt(g.p99)} ms`);
console.log(`            server CPU ${fmt(g.fanoutCpuPer)} µs/delivery for the fan-out (${fmt(g.cpuPer)} µs with the votes themselves: ${fmt((cpuVotesOnly * 1000) / V)} µs per vote with nobody listening)`);
console.log(`  raw ws  : delivered ${r.deliveries}/${N * V * 3}, server CPU ${fmt(r.cpuPer)} µs/delivery, latency to last receiver p50 ${fmt(r.p50)} ms p99 ${fmt(r.p99)} ms`);
console.log(`  ratios  : fan-out CPU/delivery ${(g.fanoutCpuPer / r.cpuPer).toFixed(2)}× raw (target ≤ 2.5×; ${(g.cpuPer / r.cpuPer).toFixed(2)}× counting the votes), p99 ${(g.p99Event / r.p99).toFixed(2)}× raw from the event (target ≤ 2×; ${(g.p99 / r.p99).toFixed(2)}× from the vote request)`);
if (!g.complete || g.duplicates) process.exitCode = 1;
