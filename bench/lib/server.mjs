// Starts the built Germoir server (api/dist/main.js) for a benchmark, as deployed (NODE_ENV=production unless
// set): embedded PostgreSQL in a fresh folder unless DATABASE_URL is set, demo data seeded. Stopped by PID.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');

export async function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

export async function startServer(env = {}) {
  const port = await freePort();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'germoir-bench-'));
  // BENCH_CPU_PROFILE=<folder> writes a V8 CPU profile of the server there (node --cpu-prof).
  const profile = process.env.BENCH_CPU_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`] : [];
  const child = spawn(process.execPath, [...profile, path.join(repoRoot, 'api/dist/main.js')], {
    env: { NODE_ENV: 'production', ...process.env, PORT: String(port), HOST: '127.0.0.1', GERMOIR_DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error('server exited');
    if (await fetch(`${url}/readyz`).then((r) => r.ok, () => false)) break;
    if (i > 1200) throw new Error('server not ready');
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    pid: child.pid,
    /** The embedded PostgreSQL's data folder (unless DATABASE_URL is set). */
    pgDataDir: process.env.DATABASE_URL || env.DATABASE_URL ? null : path.join(dataDir, 'pg'),
    async stop() {
      child.kill('SIGTERM');
      await exited;
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** CPU time (user + system, ms) a process has used, from /proc (Linux). */
export function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}

/** CPU time (ms) of a process and its children, live and reaped (e.g. PostgreSQL's postmaster and its backends). */
export function treeCpuMs(pid) {
  const stat = (p) => readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1].split(' ');
  const own = stat(pid);
  let ticks = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = stat(entry);
      if (Number(fields[1]) === pid) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // exited meanwhile: its time is in the parent's reaped children's time
    }
  }
  return (ticks * 1000) / 100;
}

export function gqlClient(url) {
  return async function gql(query, variables = {}, token) {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = await res.json();
    if (body.errors) throw Object.assign(new Error(JSON.stringify(body.errors)), { errors: body.errors });
    return body.data;
  };
}

/** Logs in as the demo facilitator, creates a room in VOTE phase with `ideas` ideas, joins `n` participants. */
export async function setUpRoom(gql, { participants, ideas = 5, settings = {} }) {
  const { login } = await gql(`mutation { login(input: { email: "demo@germoir.local", password: "germoir-demo" }) { token user { memberships { factory { id } } } } }`);
  const facilitator = login.token;
  const factoryId = login.user.memberships[0].factory.id;
  const { createRoom: room } = await gql(
    `mutation ($input: CreateRoomInput!) { createRoom(input: $input) { id code } }`,
    { input: { factoryId, title: 'Banc d’essai', settings } },
    facilitator,
  );
  await gql(`mutation ($r: ID!) { setPhase(roomId: $r, phase: DIVERGE) { phase } }`, { r: room.id }, facilitator);
  const ideaIds = [];
  for (let i = 0; i < ideas; i++) {
    const { createIdea } = await gql(`mutation ($input: CreateIdeaInput!) { createIdea(input: $input) { id } }`, { input: { roomId: room.id, title: `Idée ${i + 1}` } }, facilitator);
    ideaIds.push(createIdea.id);
  }
  const tokens = [];
  const batch = 25;
  for (let i = 0; i < participants; i += batch) {
    const joined = await Promise.all(
      Array.from({ length: Math.min(batch, participants - i) }, (_, k) =>
        gql(`mutation ($input: JoinRoomInput!) { joinRoom(input: $input) { token } }`, { input: { code: room.code, displayName: `P${i + k}` } }),
      ),
    );
    tokens.push(...joined.map((j) => j.joinRoom.token));
  }
  await gql(`mutation ($r: ID!) { setPhase(roomId: $r, phase: VOTE) { phase } }`, { r: room.id }, facilitator);
  return { room, facilitator, ideaIds, tokens };
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
