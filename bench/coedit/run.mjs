// bench/coedit: N editors typing into one idea card, against Germoir (GraphQL co-editing API over graphql-ws,
// each update acknowledged once stored in PostgreSQL) and against Hocuspocus (@hocuspocus/server in a child
// process, storing the document into the same PostgreSQL on its default debounce) in the same run, with the
// same keystrokes. Reports, per system: p50/p99 time from one editor's keystroke to its arrival at the others,
// server CPU per update and per operation (Node process; PostgreSQL apart; the editors' own process too, as
// they share the machine), bytes stored per operation before compaction (Germoir's update log) and after (the
// snapshot), and the ratios Germoir / Hocuspocus.
// Each system runs `rounds` times, alternating, each round on a new card: latencies are the medians of the
// rounds (this machine's load varies), CPU and bytes add up over the rounds; each round's own p99 ratio is
// printed too, and their median.
// Usage: npm run build && npm install --prefix bench && node bench/coedit/run.mjs [editors=20] [ops=200] [intervalMs=50] [rounds=5]
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cpuMs, freePort, gqlClient, percentile, repoRoot, setUpRoom, startServer, treeCpuMs } from '../lib/server.mjs';

const editorsCount = Number(process.argv[2] ?? 20);
const ops = Number(process.argv[3] ?? 200);
const intervalMs = Number(process.argv[4] ?? 50);
const rounds = Number(process.argv[5] ?? 5);
const WARM_UP_OPS = 100;
const seed = 20261127;
const here = import.meta.dirname;
// Hocuspocus's defaults, passed explicitly: a store 2 s after the last change, 10 s at most after the first.
const HOCUSPOCUS_STORE = { debounce: 2_000, maxDebounce: 10_000 };
const api = (file) => import(pathToFileURL(path.join(repoRoot, 'api/dist', file)).href);
// The API's own copy of Yjs (the bench's copy serves Hocuspocus, in other processes): one copy per process.
const Y = await import(pathToFileURL(path.join(repoRoot, 'node_modules/yjs/dist/yjs.mjs')).href);
const { connectOrm } = await api('core/database/orm.js');
const { compactDoc, storageStats } = await api('collaboration/doc.store.js');

/** The share of time some runnable task waited for a CPU over the last minute (Linux PSI), e.g. "74%". */
function cpuPressure() {
  try {
    return `${/avg60=([\d.]+)/.exec(readFileSync('/proc/pressure/cpu', 'utf8'))[1]}%`;
  } catch {
    return 'unknown';
  }
}

const waitMessage = (child, pred) =>
  new Promise((resolve, reject) => {
    const on = (m) => pred(m) && (child.off('message', on), resolve(m));
    child.on('message', on);
    child.once('exit', (code) => reject(new Error(`a child process exited (${code})`)));
  });

/**
 * Runs the editors (editors.mjs) against one system; the servers' CPU is read around the typing and until
 * everything has arrived, plus the Hocuspocus store debounce (so that its final store is counted too).
 */
async function type(config, serverPid, pgPid, transactions) {
  const child = fork(path.join(here, 'editors.mjs'), [JSON.stringify({ editors: editorsCount, ops, intervalMs, seed, ...config })], {
    stdio: 'inherit',
    // BENCH_CPU_PROFILE=<folder>: the editors' processes are profiled too (one profile per round and system).
    execArgv: process.env.BENCH_CPU_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`, `--cpu-prof-name=editors-${config.system}-${Date.now()}.cpuprofile`] : [],
  });
  await waitMessage(child, (m) => m.ready);
  const cpu0 = cpuMs(serverPid);
  const clientCpu0 = cpuMs(child.pid);
  const pg0 = treeCpuMs(pgPid);
  const tx0 = await transactions();
  child.send({ go: true });
  const { done } = await waitMessage(child, (m) => m.done);
  await new Promise((r) => setTimeout(r, HOCUSPOCUS_STORE.debounce + 500));
  const cpu = cpuMs(serverPid) - cpu0;
  const clientCpu = cpuMs(child.pid) - clientCpu0;
  const pgCpu = treeCpuMs(pgPid) - pg0;
  const tx = (await transactions()) - tx0 - 1; // less the count's own
  child.send({ exit: true });
  await new Promise((r) => child.once('exit', r));
  return { ...done, cpu, clientCpu, pgCpu, tx, p50: percentile(done.latencies, 50), p99: percentile(done.latencies, 99) };
}

const server = await startServer();
let hocuspocus;
try {
  if (!server.pgDataDir) throw new Error('bench/coedit needs the embedded PostgreSQL (unset DATABASE_URL)');
  const [pgPid, , , pgPort] = readFileSync(path.join(server.pgDataDir, 'postmaster.pid'), 'utf8').split('\n');
  const databaseUrl = `postgres://postgres:germoir-embedded@127.0.0.1:${pgPort}/germoir`;
  const orm = await connectOrm(databaseUrl);
  const sql = (query, params) => orm.em.getConnection().execute(query, params);
  // Transactions of the whole database (statistics reported within a second: read after the debounce wait).
  const transactions = async () => Number((await sql(`select xact_commit + xact_rollback as n from pg_stat_database where datname = current_database()`))[0].n);

  const gql = gqlClient(server.url);
  const { room, facilitator, tokens } = await setUpRoom(gql, { participants: editorsCount, ideas: 0 });
  const port = await freePort();
  const token = randomUUID();
  hocuspocus = fork(path.join(here, 'hocuspocus-server.mjs'), [JSON.stringify({ port, databaseUrl, token, ...HOCUSPOCUS_STORE })], { stdio: 'inherit' });
  await waitMessage(hocuspocus, (m) => m.ready);

  /** One card typed into through Germoir; its log, compaction and stored text checked. */
  const germoirRound = async (warmUp = false) => {
    const { createIdea } = await gql(`mutation ($i: CreateIdeaInput!) { createIdea(input: $i) { id } }`, { i: { roomId: room.id, title: 'Banc d’essai' } }, facilitator);
    const ideaId = Buffer.from(createIdea.id, 'base64url').toString().split(':')[1];
    const g = await type({ system: 'germoir', url: `${server.url.replace('http', 'ws')}/graphql`, ideaId: createIdea.id, tokens, ...(warmUp && { ops: WARM_UP_OPS }) }, server.pid, Number(pgPid), transactions);
    // The update log grows by each stored push (counted by the editors: the background sweep, every 30 s, may
    // already have folded part of it into the snapshot); the table must hold exactly that unless it did.
    const log = await storageStats(orm.em.fork(), ideaId);
    const compactedEarly = log.snapshotBytes > 0;
    const [seedRow] = await sql('select octet_length(update) as n from idea_doc_update where idea_id = ? order by id limit 1', [ideaId]);
    const logAgrees = compactedEarly || log.updateBytes === g.storedBytes + Number(seedRow?.n ?? 0);
    await compactDoc(orm.em.fork(), ideaId); // the server's compaction, as its sweep runs it
    const snapshot = await storageStats(orm.em.fork(), ideaId);
    const [column] = await sql('select description from idea where id = ?', [ideaId]);
    const [row] = await sql('select state from idea_doc_snapshot where idea_id = ?', [ideaId]);
    const storedDoc = new Y.Doc();
    Y.applyUpdate(storedDoc, new Uint8Array(row.state));
    return { ...g, logBytes: g.storedBytes, snapshotBytes: snapshot.snapshotBytes, agrees: g.converged && logAgrees && column.description === g.text && storedDoc.getText('description').toString() === g.text };
  };

  /** The same keystrokes on a Hocuspocus document; its stored row checked. */
  const hocuspocusRound = async (warmUp = false) => {
    const documentName = `idea-${randomUUID()}`;
    const h = await type({ system: 'hocuspocus', url: `ws://127.0.0.1:${port}`, documentName, token, ...(warmUp && { ops: WARM_UP_OPS }) }, hocuspocus.pid, Number(pgPid), transactions);
    const [stored] = await sql('select data, stores, bytes_written from bench_hocuspocus_document where name = ?', [documentName]);
    const hocuspocusDoc = new Y.Doc();
    Y.applyUpdate(hocuspocusDoc, new Uint8Array(stored.data));
    return { ...h, snapshotBytes: stored.data.length, stores: stored.stores, bytesWritten: Number(stored.bytes_written), agrees: h.converged && hocuspocusDoc.getText('description').toString() === h.text };
  };

  const ms = (x) => `${x.toFixed(1)} ms`;
  console.log(`bench/coedit: ${editorsCount} editors × ${ops} insertions (one every ${intervalMs} ms each) on one card, same keystrokes for both, ${rounds} rounds alternating`);
  // A short round each first, not counted: code paths compiled, pools and caches filled, as in a running server.
  await germoirRound(true);
  await hocuspocusRound(true);
  const gs = [];
  const hs = [];
  for (let r = 1; r <= rounds; r++) {
    const pressure = cpuPressure();
    gs.push(await germoirRound());
    hs.push(await hocuspocusRound());
    const [g, h] = [gs.at(-1), hs.at(-1)];
    console.log(
      `  round ${r}: Germoir p50 ${ms(g.p50)} p99 ${ms(g.p99)}; Hocuspocus p50 ${ms(h.p50)} p99 ${ms(h.p99)}; p99 ratio ${(g.p99 / h.p99).toFixed(2)}× (machine CPU pressure before the round: ${pressure})`,
    );
  }
  await orm.close();

  // ---- report: latencies are the medians over the rounds; CPU, transactions and bytes add up ----
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const sum = (list, key) => list.reduce((n, x) => n + x[key], 0);
  const totalOps = editorsCount * ops * rounds;
  const summary = (list) => ({
    p50: median(list.map((x) => x.p50)),
    p99: median(list.map((x) => x.p99)),
    ...Object.fromEntries(['cpu', 'clientCpu', 'pgCpu', 'tx', 'sent', 'logBytes', 'snapshotBytes', 'bytesWritten', 'stores'].map((k) => [k, sum(list, k)])),
    arrivals: sum(list, 'arrivalCount'),
    expected: sum(list, 'expected'),
    agrees: list.every((x) => x.agrees),
    errors: sum(list, 'errors'),
  });
  for (const x of [...gs, ...hs]) x.arrivalCount = x.latencies.length;
  const g = summary(gs);
  const h = summary(hs);
  const perOp = (bytes) => `${(bytes / totalOps).toFixed(1)} B`;
  const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
  const line = (name, r, what) =>
    `  ${name}: converged ${r.agrees ? 'yes (editors, server and stored document)' : 'NO'}, ${r.arrivals}/${r.expected} arrivals\n` +
    `    keystroke → other editors (median of the rounds): p50 ${ms(r.p50)}, p99 ${ms(r.p99)}\n` +
    `    server CPU ${(r.cpu / r.sent).toFixed(2)} ms per update (${r.sent} ${what}), ${((r.cpu * 1000) / totalOps).toFixed(0)} µs per operation; PostgreSQL ${((r.pgCpu * 1000) / totalOps).toFixed(0)} µs per operation, ${(r.tx / r.sent).toFixed(2)} transactions per update; the ${editorsCount} editors' process ${((r.clientCpu * 1000) / totalOps).toFixed(0)} µs per operation`;
  console.log(line('Germoir   ', g, 'stored pushes'));
  console.log(`    stored: update log ${perOp(g.logBytes)} per operation before compaction, snapshot ${perOp(g.snapshotBytes)} after; every update acknowledged once committed`);
  console.log(line('Hocuspocus', h, 'update messages'));
  console.log(
    `    stored: snapshot ${perOp(h.snapshotBytes)} per operation (no update log); ${h.stores} stores writing ${perOp(h.bytesWritten)} per operation; debounce ${HOCUSPOCUS_STORE.debounce} ms, at most ${HOCUSPOCUS_STORE.maxDebounce} ms: updates acknowledged before they are stored`,
  );
  // Each Germoir round runs right before its Hocuspocus round, under nearly the same machine load: the median
  // of the rounds' own ratios is the steadier figure when the load varies between rounds.
  const paired = median(gs.map((x, i) => x.p99 / hs[i].p99));
  console.log(
    `  ratios Germoir / Hocuspocus: p50 ${ratio(g.p50, h.p50)}, p99 ${ratio(g.p99, h.p99)} (target ≤ 1.5×; median of the rounds' own p99 ratios ${paired.toFixed(2)}×); server CPU per operation ${ratio(g.cpu, h.cpu)}, with PostgreSQL ${ratio(g.cpu + g.pgCpu, h.cpu + h.pgCpu)}; bytes per operation after compaction ${ratio(g.snapshotBytes, h.snapshotBytes)}`,
  );
  if (!g.agrees || !h.agrees || g.errors > 0) process.exitCode = 1;
} finally {
  if (hocuspocus && hocuspocus.exitCode === null) {
    hocuspocus.kill('SIGTERM');
    await new Promise((r) => hocuspocus.once('exit', r));
  }
  await server.stop();
}
