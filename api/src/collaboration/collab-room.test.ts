import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Client } from 'graphql-ws';
import { codes, startTestApp, subscribeRoom, type GraphQLResponse, type TestApp } from '../../test/harness.js';
import * as fx from '../../test/fixtures.js';
import { idOf } from '../core/graphql/node.js';
import { awarenessClocks } from './awareness.js';
import { storageStats } from './doc.store.js';
import { FIELD_LIMITS } from './idea-doc.js';
import { b64, SimEditor, unb64 } from './sim-editor.js';

/* Co-editing and the rest of the room: the board's view of the text, awareness of editors who leave, access lost. */

const DOCUMENT = `query ($ideaId: ID!) { ideaDocument(ideaId: $ideaId) { update } }`;
const PUSH = `mutation ($ideaId: ID!, $update: String!) { pushIdeaUpdate(ideaId: $ideaId, update: $update) { stored } }`;
const AWARENESS = `mutation ($i: ID!, $a: String!, $c: String) { pushAwareness(ideaId: $i, awareness: $a, clientId: $c) }`;
const SUBSCRIBE = `subscription ($ideaId: ID!) { ideaDocUpdates(ideaId: $ideaId) { kind data origin } }`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
});

async function setup(settings: Record<string, unknown> = {}) {
  const live = await fx.liveRoom(app, settings, 2);
  await fx.setPhase(app, live.room.id, 'DIVERGE', live.facilitator);
  const ideaId = await fx.idea(app, live.room.id, live.people[0]!.token, 'Recyclerie');
  return { ...live, ideaId };
}

async function serverText(ideaId: string, token: string, field: string): Promise<string> {
  const res = await app.gql(DOCUMENT, { ideaId }, token);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, unb64(res.data!.ideaDocument.update));
  return doc.getText(field).toString();
}

/** An ideaDocUpdates subscription that records its messages and how it ended. */
function watchCard(client: Client, ideaId: string) {
  const messages: { kind: string; data: string; origin: string | null }[] = [];
  const ended = new Promise<GraphQLResponse>((resolve) => {
    client.subscribe<{ ideaDocUpdates: (typeof messages)[number] }>(
      { query: SUBSCRIBE, variables: { ideaId } },
      {
        next: (value) => (value.errors ? resolve(value as GraphQLResponse) : messages.push(value.data!.ideaDocUpdates)),
        error: (error) => resolve({ errors: Array.isArray(error) ? (error as GraphQLResponse['errors']) : [{ message: 'closed', extensions: { code: 'CLOSED' } }] }),
        complete: () => resolve({}),
      },
    );
  });
  return { messages, ended };
}

/** An awareness update (y-protocols encoding) of one client: id, clock, state. */
function awarenessUpdate(client: number, clock: number, state: unknown): Uint8Array {
  const json = Buffer.from(JSON.stringify(state));
  // Small numbers: one byte each.
  return new Uint8Array([1, client, clock, json.length, ...json]);
}

describe('co-editing and the room', () => {
  it('[CO3b] co-edited text reaches the room as IdeaUpdated, coalesced', async () => {
    const { ideaId, room, people } = await setup();
    const watch = await subscribeRoom(app.ws(people[1]!.token), room.id);
    const editor = new SimEditor(ideaId, () => app.ws(people[1]!.token));
    await editor.goOnline();
    const title = editor.doc.getText('title');
    for (const word of [' du', ' quartier', ' solidaire', ' et', ' ouverte']) {
      title.insert(title.length, word);
      await editor.settle();
    }
    const final = 'Recyclerie du quartier solidaire et ouverte';
    await watch.waitFor((e) => e.__typename === 'IdeaUpdated' && e.idea.title === final, 5_000);
    const updates = watch.durable().filter((e) => e.__typename === 'IdeaUpdated');
    expect(updates.length).toBeLessThan(5); // five pushes in well under a second: coalesced
    expect(updates.every((e) => e.idea.id === ideaId)).toBe(true);
    // A structured field too: the stored event carries it.
    editor.doc.getText('need').insert(0, 'Réemploi');
    await editor.settle();
    const needAnnounced = `select count(*)::int as n from room_event where room_id = $1 and type = 'IdeaUpdated' and payload->'idea'->>'need' = 'Réemploi'`;
    await expect.poll(async () => (await app.sql<{ n: number }>(needAnnounced, [idOf(room.id, 'Room')]))[0]!.n, { timeout: 5_000 }).toBeGreaterThan(0);
    await editor.close();
    watch.stop();
  });

  it(`[CO7] a title pushed past ${FIELD_LIMITS.title} characters gets BAD_USER_INPUT and the document is untouched`, async () => {
    const { ideaId, people } = await setup();
    const token = people[1]!.token;
    const doc = new Y.Doc();
    Y.applyUpdate(doc, unb64((await app.gql(DOCUMENT, { ideaId }, token)).data!.ideaDocument.update));
    const before = Y.encodeStateVector(doc);
    doc.getText('title').insert(10, ' '.padEnd(FIELD_LIMITS.title, 'x'));
    const stats = await storageStats(app.running.app.orm.em.fork(), idOf(ideaId, 'Idea'));
    const res = await app.gql(PUSH, { ideaId, update: b64(Y.encodeStateAsUpdate(doc, before)) }, token);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(await storageStats(app.running.app.orm.em.fork(), idOf(ideaId, 'Idea'))).toEqual(stats);
    expect(await serverText(ideaId, token, 'title')).toBe('Recyclerie');
    // Within the limit, the same kind of edit is stored.
    const ok = new Y.Doc();
    Y.applyUpdate(ok, unb64((await app.gql(DOCUMENT, { ideaId }, token)).data!.ideaDocument.update));
    const sv = Y.encodeStateVector(ok);
    ok.getText('title').insert(10, ' du quartier');
    expect((await app.gql(PUSH, { ideaId, update: b64(Y.encodeStateAsUpdate(ok, sv)) }, token)).data!.pushIdeaUpdate.stored).toBe(true);
    expect(await serverText(ideaId, token, 'title')).toBe('Recyclerie du quartier');
  });

  it('[CO11] when an editor’s connection closes, the others are told its awareness is gone', async () => {
    const { ideaId, people } = await setup();
    const stayer = new SimEditor(ideaId, () => app.ws(people[0]!.token));
    const leaver = new SimEditor(ideaId, () => app.ws(people[1]!.token));
    await stayer.goOnline();
    await leaver.goOnline();
    const sent = await app.gql(AWARENESS, { i: ideaId, a: b64(awarenessUpdate(42, 3, { name: 'Personne 2', cursor: 4 })), c: leaver.clientId }, people[1]!.token);
    expect(sent.errors).toBeUndefined();
    await expect.poll(() => stayer.received.filter((m) => m.kind === 'AWARENESS').length).toBe(1);
    await leaver.close();
    await expect.poll(() => stayer.received.filter((m) => m.kind === 'AWARENESS').length).toBe(2);
    const removal = unb64(stayer.received.filter((m) => m.kind === 'AWARENESS')[1]!.data);
    expect(awarenessClocks(removal)).toEqual(new Map([[42, 4]])); // a later clock…
    expect(Buffer.from(removal).toString()).toContain('null'); // …with no state: the client is gone
    await stayer.close();
  });

  it('[CO3a] plain edits racing with live pushes on one card neither deadlock nor lose either side', async () => {
    const { ideaId, people, facilitator } = await setup();
    const typist = new SimEditor(ideaId, () => app.ws(people[0]!.token));
    await typist.goOnline();
    const text = typist.doc.getText('need');
    const typing = (async () => {
      for (let i = 0; i < 40; i++) {
        text.insert(text.length, `${i} `);
        await new Promise((r) => setTimeout(r, 5));
      }
      await typist.settle();
    })();
    const edits = Array.from({ length: 8 }, (_, i) =>
      app.gql(`mutation ($input: UpdateIdeaInput!) { updateIdea(input: $input) { id } }`, { input: { ideaId, description: `Version ${i}` } }, facilitator),
    );
    const results = await Promise.all(edits);
    await typing;
    expect(results.flatMap(codes)).toEqual([]);
    expect(typist.errors).toEqual([]);
    const need = Array.from({ length: 40 }, (_, i) => `${i} `).join('');
    expect(await serverText(ideaId, facilitator, 'need')).toBe(need);
    expect(await serverText(ideaId, facilitator, 'description')).toMatch(/^Version \d$/);
    await expect.poll(() => typist.text('description')).toBe(await serverText(ideaId, facilitator, 'description'));
    await typist.close();
  }, 30_000);

  it('[CO13] a removed participant’s subscription ends with FORBIDDEN; a deleted card’s with NOT_FOUND', async () => {
    const { ideaId, room, people, facilitator } = await setup();
    const removed = watchCard(app.ws(people[1]!.token), ideaId);
    const staying = watchCard(app.ws(facilitator), ideaId);
    await expect.poll(() => removed.messages.length).toBe(1); // the initial state
    await expect.poll(() => staying.messages.length).toBe(1);
    const res = await app.gql(`mutation ($r: ID!, $p: ID!) { removeParticipant(roomId: $r, participantId: $p) }`, { r: room.id, p: people[1]!.id }, facilitator);
    expect(res.errors).toBeUndefined();
    expect(codes(await removed.ended)).toEqual(['FORBIDDEN']);
    const deleted = await app.gql(`mutation ($i: ID!) { deleteIdea(ideaId: $i) }`, { i: ideaId }, facilitator);
    expect(deleted.errors).toBeUndefined();
    expect(codes(await staying.ended)).toEqual(['NOT_FOUND']);
  });

  it('[CO13] private writing switched on ends the stream of those who may no longer see the card', async () => {
    const { ideaId, room, people, facilitator } = await setup();
    const other = watchCard(app.ws(people[1]!.token), ideaId);
    const author = watchCard(app.ws(people[0]!.token), ideaId);
    await expect.poll(() => other.messages.length + author.messages.length).toBe(2);
    const res = await app.gql(`mutation ($i: UpdateRoomInput!) { updateRoom(input: $i) { id } }`, { i: { roomId: room.id, settings: { privateWriting: true } } }, facilitator);
    expect(res.errors).toBeUndefined();
    expect(codes(await other.ended)).toEqual(['NOT_FOUND']);
    // The author keeps editing.
    const doc = new Y.Doc();
    doc.getText('need').insert(0, 'Déchets');
    expect(codes(await app.gql(PUSH, { ideaId, update: b64(Y.encodeStateAsUpdate(doc)) }, people[0]!.token))).toEqual([]);
    await expect.poll(() => author.messages.length).toBe(2); // the initial state, then the update (no clientId: not told apart)
    expect(await Promise.race([author.ended, new Promise((r) => setTimeout(() => r('open'), 300))])).toBe('open');
  });
});
