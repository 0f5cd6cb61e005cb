import type { Client, Sink } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { fromBase64, toBase64 } from './awarenessCodec';
import { COEDIT_FIELDS, DETAIL_FIELDS, type CoeditField, type Peer } from './peers';
import { IdeaDocSession, type SyncStatus } from './session';

/*
 * A fake of the API's co-editing operations over a fake graphql-ws client that can lose its connection:
 * like graphql-ws, it sends operations again after a reconnection, reading their variables anew.
 */
interface Operation {
  query: string;
  variables: Record<string, unknown>;
}

class FakeServer {
  readonly doc = new Y.Doc();
  readonly listeners = new Set<{ clientId: unknown; sink: Sink }>();
  pushes = 0;
  rateLimitNext = 0;
  failNext = 0;

  run(payload: Operation, sink: Sink): (() => void) | undefined {
    const vars = payload.variables;
    if (payload.query.startsWith('subscription')) {
      const listener = { clientId: vars.clientId, sink };
      this.listeners.add(listener);
      const missing = Y.encodeStateAsUpdate(this.doc, vars.stateVector ? fromBase64(String(vars.stateVector)) : undefined);
      sink.next({ data: { ideaDocUpdates: { kind: 'UPDATE', data: toBase64(missing) } } });
      return () => this.listeners.delete(listener);
    }
    if (payload.query.includes('pushIdeaUpdate')) {
      if (this.rateLimitNext > 0) {
        this.rateLimitNext--;
        sink.next({ errors: [{ message: 'slow down', extensions: { code: 'RATE_LIMITED' } }] });
        sink.complete();
        return undefined;
      }
      if (this.failNext > 0) {
        this.failNext--;
        sink.next({ errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
        sink.complete();
        return undefined;
      }
      this.pushes++;
      Y.applyUpdate(this.doc, fromBase64(String(vars.update)));
      this.broadcast(vars.clientId, 'UPDATE', String(vars.update));
      sink.next({ data: { pushIdeaUpdate: { stateVector: toBase64(Y.encodeStateVector(this.doc)) } } });
    } else {
      this.broadcast(vars.clientId, 'AWARENESS', String(vars.awareness));
      sink.next({ data: { pushAwareness: true } });
    }
    sink.complete();
    return undefined;
  }

  private broadcast(origin: unknown, kind: string, data: string) {
    for (const { clientId, sink } of this.listeners) if (clientId !== origin) sink.next({ data: { ideaDocUpdates: { kind, data } } });
  }
}

class FakeClient {
  online = true;
  private readonly active = new Map<object, { payload: Operation; sink: Sink; stop?: (() => void) | undefined }>();
  private readonly connected = new Set<() => void>();

  constructor(private readonly server: FakeServer) {}

  subscribe(payload: Operation, sink: Sink): () => void {
    const key = {};
    const entry: { payload: Operation; sink: Sink; stop?: (() => void) | undefined } = {
      payload,
      sink: { ...sink, complete: () => (this.active.delete(key), sink.complete()) },
    };
    this.active.set(key, entry);
    if (this.online) queueMicrotask(() => this.send(entry));
    return () => {
      entry.stop?.();
      this.active.delete(key);
    };
  }

  on(event: string, listener: () => void): () => void {
    if (event === 'connected') this.connected.add(listener);
    return () => this.connected.delete(listener);
  }

  goOffline() {
    this.online = false;
    for (const entry of this.active.values()) entry.stop?.();
  }

  goOnline() {
    this.online = true;
    for (const entry of [...this.active.values()]) this.send(entry);
    for (const listener of this.connected) listener();
  }

  private send(entry: { payload: Operation; sink: Sink; stop?: (() => void) | undefined }) {
    if (this.online) entry.stop = this.server.run(entry.payload, entry.sink);
  }
}

async function until(condition: () => boolean, what: string) {
  for (let i = 0; i < 200; i++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out: ${what}`);
}

function editor(server: FakeServer, name: string) {
  const client = new FakeClient(server);
  const seen: { statuses: SyncStatus[]; peers: Peer[]; joined: string[]; left: string[] } = { statuses: [], peers: [], joined: [], left: [] };
  const session = new IdeaDocSession('idea-1', client as unknown as Client, { name }, {
    status: (status) => seen.statuses.push(status),
    peers: (peers, changes) => {
      seen.peers = peers;
      seen.joined.push(...changes.joined);
      seen.left.push(...changes.left);
    },
  });
  session.start();
  return { client, session, seen, text: (field: CoeditField = 'description') => session.text(field).toString() };
}

describe('IdeaDocSession against a fake API', () => {
  it('loads the stored document, then two editors typing at once converge with the server', async () => {
    const server = new FakeServer();
    server.doc.getText('description').insert(0, 'Réparer les vélos');
    const awa = editor(server, 'Awa');
    const bastien = editor(server, 'Bastien');
    await until(() => awa.session.isSynced && bastien.session.isSynced, 'synced');
    expect(awa.text()).toBe('Réparer les vélos');

    awa.session.text('description').insert(awa.text().length, ' ensemble');
    bastien.session.text('description').insert(0, 'Atelier : ');
    const expected = 'Atelier : Réparer les vélos ensemble';
    await until(() => awa.text() === expected && bastien.text() === expected && server.doc.getText('description').toString() === expected, 'converged');
    await until(() => awa.session.status === 'saved' && bastien.session.status === 'saved', 'saved');
  });

  it('binds the structured fields too: two editors typing in the need at once converge, and each sees where the other is', async () => {
    expect(COEDIT_FIELDS).toEqual(['title', 'description', 'need', 'beneficiaries', 'economicModel']);
    const server = new FakeServer();
    server.doc.getText('need').insert(0, 'Se loger');
    const awa = editor(server, 'Awa');
    const bastien = editor(server, 'Bastien');
    await until(() => awa.session.isSynced && bastien.session.isSynced, 'synced');
    expect(DETAIL_FIELDS.map((field) => awa.text(field))).toEqual(['Se loger', '', '']);

    awa.session.text('need').insert(0, 'Jeunes : ');
    bastien.session.text('need').insert(bastien.text('need').length, ' à bas prix');
    bastien.session.text('economicModel').insert(0, 'Loyers modérés');
    bastien.session.setCaret('economicModel', 3);
    const expected = 'Jeunes : Se loger à bas prix';
    await until(() => [awa.text('need'), bastien.text('need'), server.doc.getText('need').toString()].every((t) => t === expected), 'need converged');
    await until(() => awa.text('economicModel') === 'Loyers modérés', 'economic model arrived');
    await until(() => awa.seen.peers.some((p) => p.name === 'Bastien' && p.field === 'economicModel'), 'Bastien seen in the economic model');
    expect(awa.session.caretOf(awa.seen.peers.find((p) => p.name === 'Bastien')!)).toEqual({ start: 3, end: 3 });
    await until(() => awa.session.status === 'saved' && bastien.session.status === 'saved', 'saved');
  });

  it('keeps edits made offline and sends them, with the others’, once back online', async () => {
    const server = new FakeServer();
    const awa = editor(server, 'Awa');
    const bastien = editor(server, 'Bastien');
    await until(() => awa.session.isSynced && bastien.session.isSynced, 'synced');
    awa.client.goOffline();
    awa.session.text('title').insert(0, 'vélo');
    awa.session.text('title').insert(4, ' partagé');
    bastien.session.text('title').insert(0, 'Atelier ');
    await until(() => server.doc.getText('title').toString() === 'Atelier ', 'Bastien stored');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(awa.session.pending).toBe(true);
    expect(awa.text('title')).toBe('vélo partagé');

    awa.client.goOnline();
    await until(() => server.doc.getText('title').toString().length === 'Atelier vélo partagé'.length, 'Awa stored');
    await until(() => awa.text('title') === bastien.text('title') && awa.text('title') === server.doc.getText('title').toString(), 'converged');
    expect(awa.text('title')).toContain('vélo partagé');
    expect(awa.text('title')).toContain('Atelier');
    await until(() => !awa.session.pending, 'nothing pending');
  });

  it('waits and sends again when rate limited', async () => {
    const server = new FakeServer();
    const awa = editor(server, 'Awa');
    await until(() => awa.session.isSynced, 'synced');
    server.rateLimitNext = 2;
    awa.session.text('description').insert(0, 'Conserverie');
    await until(() => server.doc.getText('description').toString() === 'Conserverie', 'stored after the limit');
    expect(awa.seen.statuses).not.toContain('failed');
  });

  it('after a failed push, keeps the edit and sends it again once reconnected', async () => {
    const server = new FakeServer();
    const awa = editor(server, 'Awa');
    await until(() => awa.session.isSynced, 'synced');
    server.failNext = 1;
    awa.session.text('description').insert(0, 'Tiers-lieu');
    await until(() => awa.session.status === 'failed', 'failed');
    expect(awa.session.pending).toBe(true);
    awa.client.goOffline();
    awa.client.goOnline();
    await until(() => server.doc.getText('description').toString() === 'Tiers-lieu', 'stored after reconnecting');
    await until(() => awa.session.status === 'saved', 'saved');
  });

  it('tells the others who is in the card and where, and that someone left', async () => {
    const server = new FakeServer();
    server.doc.getText('title').insert(0, 'Recyclerie');
    const awa = editor(server, 'Awa');
    const bastien = editor(server, 'Bastien');
    await until(() => awa.session.isSynced && bastien.session.isSynced, 'synced');
    awa.session.setCaret('title', 2, 5);
    await until(() => bastien.seen.peers.some((p) => p.name === 'Awa' && p.field === 'title'), 'Awa seen in the title');
    const peer = bastien.seen.peers.find((p) => p.name === 'Awa')!;
    expect(bastien.session.caretOf(peer)).toEqual({ start: 2, end: 5 });
    // The caret follows the text it was in when others type before it.
    bastien.session.text('title').insert(0, 'La ');
    expect(bastien.session.caretOf(peer)).toEqual({ start: 5, end: 8 });
    // Awa learnt about Bastien too (he answered her arrival).
    await until(() => awa.seen.joined.includes('Bastien'), 'Bastien seen by Awa');

    await awa.session.close();
    await until(() => bastien.seen.left.includes('Awa'), 'Awa left');
    expect(bastien.seen.peers).toEqual([]);
  });

  it('on close, sends what is not stored yet before dropping the document', async () => {
    const server = new FakeServer();
    const awa = editor(server, 'Awa');
    await until(() => awa.session.isSynced, 'synced');
    awa.client.goOffline();
    awa.session.text('description').insert(0, 'Jamais perdu');
    const closed = awa.session.close();
    setTimeout(() => awa.client.goOnline(), 30);
    await closed;
    expect(server.doc.getText('description').toString()).toBe('Jamais perdu');
  });
});
