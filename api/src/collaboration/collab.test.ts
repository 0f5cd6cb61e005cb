import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { codes, startTestApp, wsOnce, type TestApp } from '../../test/harness.js';
import * as fx from '../../test/fixtures.js';
import { idOf } from '../core/graphql/node.js';
import { readSince, storageStats } from './doc.store.js';
import { b64, SimEditor, unb64 } from './sim-editor.js';
import { COLLAB_LIMITS } from './collab.service.js';
import { FIELD_LIMITS, type DocTexts } from './idea-doc.js';

const DOCUMENT = `query ($ideaId: ID!, $stateVector: String) { ideaDocument(ideaId: $ideaId, stateVector: $stateVector) { ideaId update stateVector } }`;
const PUSH = `mutation ($ideaId: ID!, $update: String!) { pushIdeaUpdate(ideaId: $ideaId, update: $update) { stateVector stored } }`;
const UPDATE_IDEA = `mutation ($input: UpdateIdeaInput!) { updateIdea(input: $input) { id title description } }`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
});

/** The document as stored in PostgreSQL (snapshot + later updates), rebuilt from scratch. */
async function storedDoc(ideaGid: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  for (const part of await readSince(app.running.app.orm.em.fork(), idOf(ideaGid, 'Idea'), 0)) Y.applyUpdate(doc, part.bytes);
  return doc;
}

async function serverDoc(ideaGid: string, token: string): Promise<Y.Doc> {
  const res = await app.gql(DOCUMENT, { ideaId: ideaGid }, token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  const doc = new Y.Doc();
  Y.applyUpdate(doc, unb64(res.data!.ideaDocument.update));
  return doc;
}

/** An update made by a separate client document that starts from the server's state. */
async function editFrom(ideaGid: string, token: string, change: (doc: Y.Doc) => void): Promise<Uint8Array> {
  const doc = await serverDoc(ideaGid, token);
  const sv = Y.encodeStateVector(doc);
  change(doc);
  return Y.encodeStateAsUpdate(doc, sv);
}

async function setup(participants = 2) {
  const live = await fx.liveRoom(app, {}, participants);
  await fx.setPhase(app, live.room.id, 'DIVERGE', live.facilitator);
  const ideaId = await fx.idea(app, live.room.id, live.people[0]!.token, 'Recyclerie');
  return { ...live, ideaId };
}

/** The idea's plain columns, one per document field. */
async function column(ideaGid: string) {
  const [row] = await app.sql<DocTexts>('select title, description, need, beneficiaries, economic_model as "economicModel" from idea where id = $1', [idOf(ideaGid, 'Idea')]);
  return row!;
}

const EMPTY_FIELDS = { need: '', beneficiaries: '', economicModel: '' };

describe('sync over GraphQL', () => {
  it('[CO3] a new card’s document starts from its columns; [CO2] a state vector gets only what it lacks', async () => {
    const { ideaId, people } = await setup();
    const doc = await serverDoc(ideaId, people[1]!.token);
    expect(doc.getText('title').toString()).toBe('Recyclerie');
    const again = await app.gql(DOCUMENT, { ideaId, stateVector: b64(Y.encodeStateVector(doc)) }, people[1]!.token);
    // Nothing lacking: an empty update (no structs, empty delete set).
    expect(Y.decodeUpdate(unb64(again.data!.ideaDocument.update)).structs).toHaveLength(0);
    expect(again.data!.ideaDocument.ideaId).toBe(ideaId);
  });

  it('[CO2][CO3] a pushed update is stored and the plain columns follow the document', async () => {
    const { ideaId, people } = await setup();
    const token = people[1]!.token; // not the author: co-editing is open to the room’s participants
    const update = await editFrom(ideaId, token, (d) => {
      d.getText('title').insert(10, ' solidaire');
      d.getText('description').insert(0, 'Collecter et revendre.');
      d.getText('need').insert(0, 'Déchets encombrants');
    });
    const res = await app.gql(PUSH, { ideaId, update: b64(update) }, token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.pushIdeaUpdate.stored).toBe(true);
    expect(await column(ideaId)).toEqual({ title: 'Recyclerie solidaire', description: 'Collecter et revendre.', need: 'Déchets encombrants', beneficiaries: '', economicModel: '' });
    const stored = await storedDoc(ideaId);
    expect(stored.getText('title').toString()).toBe('Recyclerie solidaire');
    expect(stored.getText('need').toString()).toBe('Déchets encombrants');
    // Rewritten up to 20 times a second while typed into: the long texts are stored out of line, uncompressed.
    const storage = await app.sql<{ attname: string; attstorage: string }>(`select attname, attstorage from pg_attribute where attrelid = 'idea'::regclass and attname in ('description', 'need', 'beneficiaries', 'economic_model') order by attname`);
    expect(storage.map((c) => `${c.attname}:${c.attstorage}`)).toEqual(['beneficiaries:e', 'description:e', 'economic_model:e', 'need:e']);
  });

  it('[CO3] on a card typed into quickly (columns written at most every 50 ms), each acknowledged push is already in the columns', async () => {
    const { ideaId, people } = await setup();
    // Two editors' documents, each pushing a word at once, ten times: every round lands within 50 ms of the
    // previous write of the columns, so most pushes are stored before the columns are.
    const docs = await Promise.all([0, 1].map((n) => serverDoc(ideaId, people[n]!.token)));
    for (let i = 0; i < 10; i++) {
      const acks = await Promise.all(
        docs.map((doc, n) => {
          const sv = Y.encodeStateVector(doc);
          doc.getText('description').insert(0, `${n}:${i} `);
          return app.gql(PUSH, { ideaId, update: b64(Y.encodeStateAsUpdate(doc, sv)) }, people[n]!.token);
        }),
      );
      expect(acks.map((a) => a.data?.pushIdeaUpdate.stored)).toEqual([true, true]);
      const { description } = await column(ideaId);
      expect(description).toContain(`0:${i} `);
      expect(description).toContain(`1:${i} `);
    }
  });

  it('[CO6] a re-sent update changes and stores nothing', async () => {
    const { ideaId, people } = await setup();
    const token = people[0]!.token;
    const update = await editFrom(ideaId, token, (d) => d.getText('description').insert(0, 'Une fois.'));
    expect((await app.gql(PUSH, { ideaId, update: b64(update) }, token)).data!.pushIdeaUpdate.stored).toBe(true);
    const before = await storageStats(app.running.app.orm.em.fork(), idOf(ideaId, 'Idea'));
    const again = await app.gql(PUSH, { ideaId, update: b64(update) }, token);
    expect(again.data!.pushIdeaUpdate.stored).toBe(false);
    expect(await storageStats(app.running.app.orm.em.fork(), idOf(ideaId, 'Idea'))).toEqual(before);
    expect((await column(ideaId)).description).toBe('Une fois.');
    // A deletion too: stored once, then nothing (its delete set names only items deleted already).
    const deletion = await editFrom(ideaId, token, (d) => d.getText('description').delete(0, 4));
    expect((await app.gql(PUSH, { ideaId, update: b64(deletion) }, token)).data!.pushIdeaUpdate.stored).toBe(true);
    const afterDeletion = await storageStats(app.running.app.orm.em.fork(), idOf(ideaId, 'Idea'));
    expect((await app.gql(PUSH, { ideaId, update: b64(deletion) }, token)).data!.pushIdeaUpdate.stored).toBe(false);
    expect(await storageStats(app.running.app.orm.em.fork(), idOf(ideaId, 'Idea'))).toEqual(afterDeletion);
    expect((await column(ideaId)).description).toBe('fois.');
  });

  it('[CO2] the subscription starts with what the client lacks, then brings others’ updates but not its own; [CO11] awareness is relayed, not stored', async () => {
    const { ideaId, people } = await setup();
    const a = new SimEditor(ideaId, () => app.ws(people[0]!.token));
    const b = new SimEditor(ideaId, () => app.ws(people[1]!.token));
    await a.goOnline();
    await b.goOnline();
    // The reference client applies what it receives with no `update` listener (Yjs encodes no update for it) and pushes nothing back.
    const remoteWithListener: boolean[] = [];
    const bAcked = b.acked;
    b.doc.on('beforeTransaction', (tr: Y.Transaction) => tr.origin === 'remote' && remoteWithListener.push((b.doc as unknown as { _observers: Map<string, unknown> })._observers.has('update')));
    expect(a.text('title')).toBe('Recyclerie');
    a.doc.getText('description').insert(0, 'Bonjour');
    await a.settle();
    await expect.poll(() => b.text()).toBe('Bonjour');
    expect(remoteWithListener.length).toBeGreaterThan(0);
    expect(remoteWithListener.every((hadListener) => !hadListener)).toBe(true);
    expect(b.acked).toBe(bAcked);
    expect(a.received.filter((m) => m.kind === 'UPDATE')).toHaveLength(0); // not echoed
    const stats = await storageStats(app.running.app.orm.em.fork(), idOf(ideaId, 'Idea'));
    const aw = await app.gql(`mutation ($i: ID!, $a: String!, $c: String) { pushAwareness(ideaId: $i, awareness: $a, clientId: $c) }`, { i: ideaId, a: b64(new Uint8Array([1, 2, 3])), c: b.clientId }, people[1]!.token);
    expect(aw.data!.pushAwareness).toBe(true);
    await expect.poll(() => a.received.filter((m) => m.kind === 'AWARENESS').map((m) => m.data)).toEqual([b64(new Uint8Array([1, 2, 3]))]);
    expect(await storageStats(app.running.app.orm.em.fork(), idOf(ideaId, 'Idea'))).toEqual(stats);
    await a.close();
    await b.close();
  });
});

describe('rules', () => {
  it('[CO4] a participant of another room gets FORBIDDEN, on the query, the push and the subscription', async () => {
    const { ideaId, factory } = await setup();
    const other = await fx.participantToken(app, factory.id);
    expect(codes(await app.gql(DOCUMENT, { ideaId }, other))).toEqual(['FORBIDDEN']);
    const update = Y.encodeStateAsUpdate(new Y.Doc());
    expect(codes(await app.gql(PUSH, { ideaId, update: b64(update) }, other))).toEqual(['FORBIDDEN']);
    const res = await wsOnce(app.ws(other), `subscription ($i: ID!) { ideaDocUpdates(ideaId: $i) { kind } }`, { i: ideaId });
    expect(codes(res)).toEqual(['FORBIDDEN']);
  });

  it('[CO4] a read-only API token reads the document but cannot push', async () => {
    const { ideaId, factory } = await setup();
    const reader = await fx.apiToken(app, factory.id, ['read']);
    expect((await app.gql(DOCUMENT, { ideaId }, reader)).errors).toBeUndefined();
    expect(codes(await app.gql(PUSH, { ideaId, update: b64(Y.encodeStateAsUpdate(new Y.Doc())) }, reader))).toEqual(['FORBIDDEN']);
  });

  it('[CO5] once the room is CLOSED, pushes get PHASE_CLOSED and the document stays as it was', async () => {
    const { ideaId, people, room, facilitator } = await setup();
    const token = people[0]!.token;
    const update = await editFrom(ideaId, token, (d) => d.getText('description').insert(0, 'Trop tard'));
    await fx.setPhase(app, room.id, 'CLOSED', facilitator);
    expect(codes(await app.gql(PUSH, { ideaId, update: b64(update) }, token))).toEqual(['PHASE_CLOSED']);
    expect((await serverDoc(ideaId, token)).getText('description').toString()).toBe('');
    expect((await column(ideaId)).description).toBe('');
  });

  it('[CO7] garbage, non-base64, foreign-field and oversized updates get BAD_USER_INPUT and nothing is stored', async () => {
    const { ideaId, people } = await setup();
    const token = people[0]!.token;
    await serverDoc(ideaId, token); // seeds the document
    const stats = await storageStats(app.running.app.orm.em.fork(), idOf(ideaId, 'Idea'));
    const foreign = new Y.Doc();
    foreign.getMap('secret').set('x', 1);
    const big = await editFrom(ideaId, token, (d) => d.getText('description').insert(0, 'x'.repeat(COLLAB_LIMITS.maxUpdateBytes + 10)));
    for (const update of [b64(new Uint8Array([255, 255, 255, 255, 1, 2, 3])), b64(new Uint8Array([7, 1, 200, 3])), 'pas du base64 !', b64(Y.encodeStateAsUpdate(foreign)), b64(big)]) {
      const res = await app.gql(PUSH, { ideaId, update }, token);
      expect(codes(res), update.slice(0, 20)).toEqual(['BAD_USER_INPUT']);
    }
    expect(await storageStats(app.running.app.orm.em.fork(), idOf(ideaId, 'Idea'))).toEqual(stats);
    expect((await serverDoc(ideaId, token)).getText('title').toString()).toBe('Recyclerie');
  });

  it('[CO8] more than the per-session rate gets RATE_LIMITED', async () => {
    const { ideaId, people } = await setup();
    const token = people[1]!.token;
    const empty = b64(Y.encodeStateAsUpdate(new Y.Doc()));
    const results = await Promise.all(Array.from({ length: COLLAB_LIMITS.messagesPerSecond + 10 }, () => app.gql(PUSH, { ideaId, update: empty }, token)));
    expect(results.flatMap(codes)).toContain('RATE_LIMITED');
  });
});

describe('plain updateIdea', () => {
  it('[CO6] an external tool’s updateIdea during live typing keeps both sides', async () => {
    const { ideaId, people, facilitator } = await setup();
    const typist = new SimEditor(ideaId, () => app.ws(people[0]!.token));
    await typist.goOnline();
    const text = typist.doc.getText('description');
    text.insert(0, 'Atelier vélo');
    await typist.settle();
    // The tool read "Atelier vélo" and rewrites the start; meanwhile the typist adds at the end, not yet pushed.
    await typist.goOffline();
    text.insert(text.length, ' au centre social');
    const res = await app.gql(UPDATE_IDEA, { input: { ideaId, description: 'Atelier de réparation vélo' } }, facilitator);
    expect(res.errors).toBeUndefined();
    await typist.goOnline();
    await typist.settle();
    const expected = 'Atelier de réparation vélo au centre social';
    await expect.poll(() => typist.text()).toBe(expected);
    expect((await column(ideaId)).description).toBe(expected);
    expect((await storedDoc(ideaId)).getText('description').toString()).toBe(expected);
    await typist.close();
  });

  it('[CO6] updateIdea of a structured field (beneficiaries) during live typing in it keeps both sides; the Idea type and the columns follow', async () => {
    const { ideaId, people, facilitator } = await setup();
    const typist = new SimEditor(ideaId, () => app.ws(people[1]!.token));
    await typist.goOnline();
    const text = typist.doc.getText('beneficiaries');
    text.insert(0, 'Familles du quartier');
    await typist.settle();
    expect(await column(ideaId)).toEqual({ title: 'Recyclerie', description: '', need: '', beneficiaries: 'Familles du quartier', economicModel: '' });
    // The tool read "Familles du quartier" and rewrites the start; meanwhile the typist adds at the end, not yet pushed.
    await typist.goOffline();
    text.insert(text.length, ' et associations');
    const res = await app.gql(
      `mutation ($input: UpdateIdeaInput!) { updateIdea(input: $input) { beneficiaries economicModel } }`,
      { input: { ideaId, beneficiaries: 'Jeunes familles du quartier', economicModel: 'Adhésions' } },
      facilitator,
    );
    expect(res.errors).toBeUndefined();
    await typist.goOnline();
    await typist.settle();
    expect(res.data!.updateIdea.economicModel).toBe('Adhésions');
    const expected = 'Jeunes familles du quartier et associations';
    await expect.poll(() => typist.text('beneficiaries')).toBe(expected);
    expect(typist.text('economicModel')).toBe('Adhésions');
    await expect.poll(async () => (await column(ideaId)).beneficiaries).toBe(expected);
    expect((await storedDoc(ideaId)).getText('beneficiaries').toString()).toBe(expected);
    const read = await app.gql(`query ($id: ID!) { node(id: $id) { ... on Idea { need beneficiaries economicModel } } }`, { id: ideaId }, people[0]!.token);
    expect(read.data!.node).toEqual({ need: '', beneficiaries: expected, economicModel: 'Adhésions' });
    await typist.close();
  });

  it(`[CO7] structured fields have at most ${FIELD_LIMITS.need} characters: createIdea, updateIdea and pushes past it get BAD_USER_INPUT naming the field, and nothing changes`, async () => {
    const { ideaId, people, room, facilitator } = await setup();
    const token = people[0]!.token;
    const tooLong = 'x'.repeat(FIELD_LIMITS.need + 1);
    const created = await app.gql(`mutation ($input: CreateIdeaInput!) { createIdea(input: $input) { id } }`, { input: { roomId: room.id, title: 'Trop', beneficiaries: tooLong } }, token);
    expect(codes(created)).toEqual(['BAD_USER_INPUT']);
    expect(Object.keys(created.errors![0]!.extensions!.fields as object).join()).toMatch(/beneficiaries/);
    await app.gql(UPDATE_IDEA, { input: { ideaId, need: 'Un besoin' } }, facilitator);
    const stats = await storageStats(app.running.app.orm.em.fork(), idOf(ideaId, 'Idea'));
    const refused = await app.gql(UPDATE_IDEA, { input: { ideaId, need: tooLong } }, facilitator);
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(Object.keys(refused.errors![0]!.extensions!.fields as object).join()).toMatch(/need/);
    const push = await editFrom(ideaId, token, (d) => d.getText('economicModel').insert(0, tooLong));
    const pushed = await app.gql(PUSH, { ideaId, update: b64(push) }, token);
    expect(codes(pushed)).toEqual(['BAD_USER_INPUT']);
    expect(pushed.errors![0]!.message).toMatch(/economicModel/);
    expect(await storageStats(app.running.app.orm.em.fork(), idOf(ideaId, 'Idea'))).toEqual(stats);
    expect(await column(ideaId)).toEqual({ title: 'Recyclerie', description: '', ...EMPTY_FIELDS, need: 'Un besoin' });
    const doc = await serverDoc(ideaId, token);
    expect([doc.getText('need').toString(), doc.getText('economicModel').toString()]).toEqual(['Un besoin', '']);
    // At the limit, accepted; a new card's document starts from all its columns [CO3].
    const atLimit = await app.gql(
      `mutation ($input: CreateIdeaInput!) { createIdea(input: $input) { id need } }`,
      { input: { roomId: room.id, title: 'Juste', need: ' Se nourrir ', economicModel: tooLong.slice(1) } },
      token,
    );
    expect(atLimit.data!.createIdea.need).toBe('Se nourrir');
    const seeded = await serverDoc(atLimit.data!.createIdea.id as string, token);
    expect([seeded.getText('need').toString(), seeded.getText('economicModel').toString().length]).toEqual(['Se nourrir', FIELD_LIMITS.economicModel]);
  });

  it('[CO3] first reads and a plain edit racing on a never-stored card seed it once, without deadlock', async () => {
    const { ideaId, facilitator, people } = await setup();
    const results = await Promise.all([
      app.gql(DOCUMENT, { ideaId }, people[1]!.token),
      app.gql(UPDATE_IDEA, { input: { ideaId, title: 'Recyclerie du quartier' } }, facilitator),
      app.gql(DOCUMENT, { ideaId }, people[0]!.token),
      app.gql(UPDATE_IDEA, { input: { ideaId, description: 'Collecte et revente' } }, facilitator),
    ]);
    expect(results.flatMap(codes)).toEqual([]);
    const doc = await storedDoc(ideaId);
    expect(doc.getText('title').toString()).toBe('Recyclerie du quartier');
    expect(doc.getText('description').toString()).toBe('Collecte et revente');
    expect(await column(ideaId)).toEqual({ title: 'Recyclerie du quartier', description: 'Collecte et revente', ...EMPTY_FIELDS });
  });

  it('[CO6] updateIdea keeps its own rules: a participant cannot change someone else’s idea', async () => {
    const { ideaId, people } = await setup();
    const res = await app.gql(UPDATE_IDEA, { input: { ideaId, title: 'Autre' } }, people[1]!.token);
    expect(codes(res)).toEqual(['FORBIDDEN']);
    expect((await column(ideaId)).title).toBe('Recyclerie');
  });
});

describe('durability and memory', () => {
  it('[CO9] compaction under concurrent writes folds the log into one snapshot and loses nothing', async () => {
    const { ideaId, people } = await setup(4);
    const editors = people.map((p) => new SimEditor(ideaId, () => app.ws(p.token)));
    for (const e of editors) await e.goOnline();
    const registry = app.running.app.collab;
    const internalId = idOf(ideaId, 'Idea');
    let compactions = 0;
    const writing = (async () => {
      for (let i = 0; i < 30; i++) {
        editors.forEach((e, n) => e.doc.getText('description').insert(0, `${n}:${i} `));
        await Promise.all(editors.map((e) => e.settle()));
      }
    })();
    let done = false;
    void writing.finally(() => (done = true));
    while (!done) {
      await registry.compact(internalId);
      compactions++;
    }
    await writing;
    expect(compactions).toBeGreaterThan(1);
    await registry.compact(internalId);
    const stats = await storageStats(app.running.app.orm.em.fork(), internalId);
    expect(stats.updates).toBe(0);
    expect(stats.snapshotBytes).toBeGreaterThan(0);
    const stored = (await storedDoc(ideaId)).getText('description').toString();
    for (const n of [0, 1, 2, 3]) for (let i = 0; i < 30; i++) expect(stored).toContain(`${n}:${i} `);
    await expect.poll(() => editors.map((e) => e.text())).toEqual(editors.map(() => stored));
    for (const e of editors) await e.close();
  });

  it('[CO10] an idle document leaves memory and reloads from snapshot + later updates', async () => {
    const { ideaId, people } = await setup();
    const token = people[0]!.token;
    const registry = app.running.app.collab;
    const internalId = idOf(ideaId, 'Idea');
    const first = await editFrom(ideaId, token, (d) => d.getText('description').insert(0, 'avant '));
    await app.gql(PUSH, { ideaId, update: b64(first) }, token);
    await registry.compact(internalId);
    const second = await editFrom(ideaId, token, (d) => d.getText('description').insert(6, 'après'));
    await app.gql(PUSH, { ideaId, update: b64(second) }, token);
    expect(registry.isLoaded(internalId)).toBe(true);
    registry.evictIdle(0);
    expect(registry.isLoaded(internalId)).toBe(false);
    expect((await serverDoc(ideaId, token)).getText('description').toString()).toBe('avant après');
    expect(registry.isLoaded(internalId)).toBe(true);
  });

  it('[CO9][CO10] the background sweep compacts long logs and evicts idle documents', async () => {
    const { ideaId, people } = await setup();
    const token = people[0]!.token;
    const registry = app.running.app.collab;
    const internalId = idOf(ideaId, 'Idea');
    for (const word of ['un ', 'deux ', 'trois ']) {
      const update = await editFrom(ideaId, token, (d) => d.getText('description').insert(0, word));
      expect((await app.gql(PUSH, { ideaId, update: b64(update) }, token)).errors).toBeUndefined();
    }
    const saved = { ...registry.options };
    Object.assign(registry.options, { compactMinUpdates: 3, idleMs: 0 });
    try {
      await registry.sweep();
    } finally {
      Object.assign(registry.options, saved);
    }
    expect((await storageStats(app.running.app.orm.em.fork(), internalId)).updates).toBe(0);
    expect(registry.isLoaded(internalId)).toBe(false);
    expect((await serverDoc(ideaId, token)).getText('description').toString()).toBe('trois deux un ');
  });
});
