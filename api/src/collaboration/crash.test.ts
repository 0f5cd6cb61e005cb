import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import * as Y from 'yjs';
import { freePort } from '../core/database/embedded-postgres.js';
import { ensureDatabase } from '../core/database/database.js';
import { DEMO_EMAIL, DEMO_PASSWORD } from '../seed/demo.js';
import { b64, unb64 } from './sim-editor.js';

/*
 * [CO2] Durability: the built server (dist/main.js) is killed with SIGKILL in the middle of a burst of
 * pushes; after a restart on the same database, every acknowledged update is in the document.
 */
const main = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'main.js');
const children: ChildProcess[] = [];
const databases: string[] = [];
afterAll(async () => {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  }
  const admin = new pg.Client({ connectionString: inject('adminUrl') });
  await admin.connect();
  for (const name of databases) await admin.query(`drop database if exists "${name}" with (force)`);
  await admin.end();
});

async function start(databaseUrl: string): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [main], { env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' }, stdio: ['ignore', 'ignore', 'inherit'] });
  children.push(child);
  const url = `http://127.0.0.1:${port}`;
  const began = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    if (await fetch(`${url}/readyz`).then((r) => r.ok, () => false)) return { child, url };
    if (Date.now() - began > 60_000) throw new Error('server not ready within 60 s');
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function gql(url: string, query: string, variables: Record<string, unknown>, token?: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
}

describe('a killed server', () => {
  it('[CO2] keeps every acknowledged update after SIGKILL during a burst', { timeout: 120_000 }, async () => {
    expect(existsSync(main)).toBe(true);
    const name = `germoir_crash_${randomBytes(5).toString('hex')}`;
    const adminUrl = inject('adminUrl');
    await ensureDatabase(adminUrl, name);
    databases.push(name);
    const u = new URL(adminUrl);
    u.pathname = `/${name}`;
    const databaseUrl = u.toString();

    const first = await start(databaseUrl);
    const tokens: string[] = [];
    for (let i = 0; i < 3; i++) {
      const login = await gql(first.url, `mutation ($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { token } }`, { e: DEMO_EMAIL, p: DEMO_PASSWORD });
      tokens.push(login.data.login.token as string);
    }
    const me = await gql(first.url, `{ viewer { user { memberships { factory { id } } } } }`, {}, tokens[0]);
    const factoryId = me.data.viewer.user.memberships[0].factory.id as string;
    const room = await gql(first.url, `mutation ($i: CreateRoomInput!) { createRoom(input: $i) { id } }`, { i: { factoryId, title: 'Crash' } }, tokens[0]);
    const roomId = room.data.createRoom.id as string;
    await gql(first.url, `mutation ($r: ID!) { setPhase(roomId: $r, phase: DIVERGE) { phase } }`, { r: roomId }, tokens[0]);
    const idea = await gql(first.url, `mutation ($i: CreateIdeaInput!) { createIdea(input: $i) { id } }`, { i: { roomId, title: 'Crash' } }, tokens[0]);
    const ideaId = idea.data.createIdea.id as string;

    const acked: string[] = [];
    let killed = false;
    // Three writers, each with its own document; each push carries everything the server lacks from it.
    const writer = async (w: number) => {
      const doc = new Y.Doc();
      const state = await gql(first.url, `query ($i: ID!) { ideaDocument(ideaId: $i) { update stateVector } }`, { i: ideaId }, tokens[w]);
      Y.applyUpdate(doc, unb64(state.data.ideaDocument.update));
      let serverSV = unb64(state.data.ideaDocument.stateVector);
      for (let n = 0; !killed; n++) {
        const marker = `<${w}.${n}>`;
        const text = doc.getText('description');
        text.insert(text.length, marker);
        let res;
        try {
          res = await gql(first.url, `mutation ($i: ID!, $u: String!) { pushIdeaUpdate(ideaId: $i, update: $u) { stateVector } }`, { i: ideaId, u: b64(Y.encodeStateAsUpdate(doc, serverSV)) }, tokens[w]);
        } catch {
          return; // the server is gone: this one was never acknowledged
        }
        if (res.errors) {
          await new Promise((r) => setTimeout(r, 100)); // rate limited: sent again with the next one
          continue;
        }
        acked.push(marker);
        serverSV = unb64(res.data.pushIdeaUpdate.stateVector);
      }
    };
    const writers = [0, 1, 2].map(writer);
    while (acked.length < 60) await new Promise((r) => setTimeout(r, 5));
    killed = true;
    first.child.kill('SIGKILL');
    await Promise.all(writers);
    await new Promise((resolve) => (first.child.exitCode !== null || first.child.signalCode !== null ? resolve(null) : first.child.once('exit', resolve)));

    const second = await start(databaseUrl);
    const state = await gql(second.url, `query ($i: ID!) { ideaDocument(ideaId: $i) { update } }`, { i: ideaId }, tokens[0]);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, unb64(state.data.ideaDocument.update));
    const text = doc.getText('description').toString();
    const missing = acked.filter((m) => !text.includes(m));
    expect(missing).toEqual([]);
    expect(acked.length).toBeGreaterThanOrEqual(60);
    second.child.kill('SIGTERM');
    await new Promise((resolve) => second.child.once('exit', resolve));
  });
});
