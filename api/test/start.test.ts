import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, inject, it } from 'vitest';
import WebSocket from 'ws';
import { freePort } from '../src/core/database/embedded-postgres.js';
import { ensureDatabase } from '../src/core/database/database.js';
import { DEMO_EMAIL, DEMO_PASSWORD } from '../src/seed/demo.js';

/*
 * The process as `npm start` runs it (the built dist/main.js): first start seeds, restart keeps data,
 * SIGTERM and SIGINT stop everything (embedded PostgreSQL included) and close WebSockets with 1001.
 * Without DATABASE_URL it exercises the embedded PostgreSQL; with it, a fresh database on that server.
 */
const main = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'main.js');
const dirs: string[] = [];
const children: ChildProcess[] = [];
afterAll(async () => {
  // A failed assertion must not leave a server (and its PostgreSQL) behind.
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  }
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

interface Proc {
  child: ChildProcess;
  url: string;
  exited: Promise<number | null>;
  readyMs: number;
}

async function start(dataDir: string, env: Record<string, string>): Promise<Proc> {
  const port = await freePort();
  const began = Date.now();
  const child = spawn(process.execPath, [main], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', GERMOIR_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(child);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/readyz`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() - began > 60_000) throw new Error('server not ready within 60 s');
    await new Promise((r) => setTimeout(r, 50));
  }
  return { child, url, exited, readyMs: Date.now() - began };
}

async function gql(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: unknown[] };
}

/** PIDs of PostgreSQL servers whose command line names this data folder. */
function postgresUsing(dataDir: string): number[] {
  return readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .filter((p) => {
      try {
        const cmd = readFileSync(`/proc/${p}/cmdline`, 'utf8');
        return cmd.includes('postgres') && cmd.includes(dataDir);
      } catch {
        return false;
      }
    })
    .map(Number);
}

async function login(url: string): Promise<string> {
  const res = await gql(url, `mutation ($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { token } }`, { e: DEMO_EMAIL, p: DEMO_PASSWORD });
  return res.data.login.token;
}

describe('the server process', () => {
  it('seeds on first start, keeps data across restarts, and leaves nothing running after SIGTERM or SIGINT', async () => {
    expect(existsSync(main)).toBe(true);
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'germoir-start-'));
    dirs.push(dataDir);
    const env: Record<string, string> = {};
    if (process.env.DATABASE_URL) {
      const name = `germoir_start_${randomBytes(5).toString('hex')}`;
      await ensureDatabase(inject('adminUrl'), name);
      const u = new URL(process.env.DATABASE_URL);
      u.pathname = `/${name}`;
      env.DATABASE_URL = u.toString();
    } else {
      env.DATABASE_URL = '';
    }

    const first = await start(dataDir, env);
    const token = await login(first.url);
    const me = await gql(first.url, `{ viewer { user { memberships { factory { id slug } } } } }`, {}, token);
    const factory = me.data.viewer.user.memberships[0].factory;
    expect(factory.slug).toBe('serre-a-projets-demo');
    const themes = await gql(first.url, `{ themes { id slug } }`, {}, token);
    const territories = await gql(first.url, `query ($s: String!) { factory(slug: $s) { territories { id } } }`, { s: factory.slug }, token);
    const created = await gql(
      first.url,
      `mutation ($i: CreateNeedInput!) { createNeed(input: $i) { id } }`,
      { i: { factoryId: factory.id, territoryId: territories.data.factory.territories[0].id, themeId: themes.data.themes[0].id, title: 'Survit au redémarrage' } },
      token,
    );
    expect(created.errors).toBeUndefined();

    // A live WebSocket is closed with 1001 (going away) on SIGTERM, and the process exits cleanly.
    const socket = new WebSocket(`${first.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
    await new Promise((resolve) => socket.once('open', resolve));
    const closeCode = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    first.child.kill('SIGTERM');
    expect(await closeCode).toBe(1001);
    expect(await first.exited).toBe(0);
    expect(postgresUsing(dataDir)).toEqual([]);

    const second = await start(dataDir, env);
    console.log(`ready in ${first.readyMs} ms on first start, ${second.readyMs} ms on restart (${env.DATABASE_URL ? 'DATABASE_URL' : 'embedded'})`);
    const again = await login(second.url);
    const kept = await gql(second.url, `query ($f: ID!) { needs(factoryId: $f, filter: { search: "redémarrage" }) { totalCount } myFactories { slug } }`, { f: factory.id }, again);
    expect(kept.data).toEqual({ needs: { totalCount: 1 }, myFactories: [{ slug: 'serre-a-projets-demo' }] });
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
    expect(postgresUsing(dataDir)).toEqual([]);
  });
});
