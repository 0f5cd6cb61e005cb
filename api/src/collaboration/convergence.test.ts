import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startTestApp, type TestApp } from '../../test/harness.js';
import * as fx from '../../test/fixtures.js';
import { idOf } from '../core/graphql/node.js';
import { readSince } from './doc.store.js';
import { DOC_FIELDS, texts } from './idea-doc.js';
import { seededRandom, SimEditor } from './sim-editor.js';

/*
 * [CO12] Convergence fuzz: simulated editors (plain Y.Docs over graphql-ws) type into one card at random,
 * some going offline and editing there, then coming back, while the server compacts and evicts the
 * document. Across two instances with REDIS_URL, on one otherwise. Replay a failure with
 * COEDIT_SEED=<seed printed in the test name>.
 */
const redisUrl = process.env.REDIS_URL;
const SEED = Number(process.env.COEDIT_SEED ?? 20261126);
const EDITORS = 8;
const OPS = 80;

let a: TestApp;
let b: TestApp | undefined;
beforeAll(async () => {
  a = await startTestApp(redisUrl ? { REDIS_URL: redisUrl, LOG_LEVEL: 'error' } : {});
  if (redisUrl) b = await startTestApp({ REDIS_URL: redisUrl, LOG_LEVEL: 'error' }, { databaseUrl: a.databaseUrl });
});
afterAll(async () => {
  await b?.stop();
  await a?.stop();
});

const ALPHABET = 'abcdefghij éà\n🌱';

describe(`convergence (${redisUrl ? 'two instances, Redis' : 'one instance'})`, () => {
  it(`[CO12] ${EDITORS} editors, random edits, disconnections, offline edits, compaction and eviction converge (seed ${SEED})`, { timeout: 120_000 }, async () => {
    const random = seededRandom(SEED);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const { room, people, facilitator } = await fx.liveRoom(a, {}, EDITORS);
    await fx.setPhase(a, room.id, 'DIVERGE', facilitator);
    const ideaId = await fx.idea(a, room.id, people[0]!.token, 'Conserverie bio');
    const apps = b ? [a, b] : [a];
    // Each (re)connection goes to an instance at random.
    const editors = people.map((p) => new SimEditor(ideaId, () => pick(apps).ws(p.token)));
    for (const e of editors) await e.goOnline();

    for (let round = 0; round < OPS; round++) {
      // Compaction [CO9] and eviction [CO10] happen while people type.
      const housekeeping = apps.map(async (app) => {
        const roll = random();
        if (roll < 0.1) await app.running.app.collab.compact(idOf(ideaId, 'Idea'));
        else if (roll < 0.15) app.running.app.collab.evictIdle(0);
      });
      await Promise.all([
        ...housekeeping,
        ...editors.map(async (e) => {
          const roll = random();
          if (roll < 0.05) return e.online ? e.goOffline() : e.goOnline();
          const text = e.doc.getText(random() < 0.8 ? 'description' : pick(DOC_FIELDS));
          if (text.length > 0 && random() < 0.35) {
            const at = Math.floor(random() * text.length);
            text.delete(at, Math.min(text.length - at, 1 + Math.floor(random() * 5)));
          } else {
            let word = '';
            for (let n = 1 + Math.floor(random() * 6); n > 0; n--) word += pick([...ALPHABET]);
            // Insert at a code-point boundary: Yjs counts UTF-16 units, a split emoji would be two halves.
            const chars = [...text.toString()];
            const at = chars.slice(0, Math.floor(random() * (chars.length + 1))).join('').length;
            text.insert(at, word);
          }
          await new Promise((r) => setTimeout(r, Math.floor(random() * 15)));
        }),
      ]);
    }
    for (const e of editors) await e.goOnline();
    await Promise.all(editors.map((e) => e.settle()));
    expect(editors.flatMap((e) => e.errors)).toEqual([]);

    // The server's document, read fresh from each instance, and the stored one.
    const serverTexts = async (app: TestApp) => {
      const res = await app.gql(`query ($i: ID!) { ideaDocument(ideaId: $i) { update } }`, { i: ideaId }, facilitator);
      const doc = new Y.Doc();
      Y.applyUpdate(doc, new Uint8Array(Buffer.from(res.data!.ideaDocument.update as string, 'base64')));
      return texts(doc);
    };
    const expected = await serverTexts(a);
    await expect.poll(() => editors.map((e) => texts(e.doc)), { timeout: 20_000 }).toEqual(editors.map(() => expected));
    for (const app of apps) expect(await serverTexts(app)).toEqual(expected);
    const stored = new Y.Doc();
    for (const part of await readSince(a.running.app.orm.em.fork(), idOf(ideaId, 'Idea'), 0)) Y.applyUpdate(stored, part.bytes);
    expect(texts(stored)).toEqual(expected);
    // Every plain column follows its field [CO3].
    const [row] = await a.sql('select title, description, need, beneficiaries, economic_model as "economicModel" from idea where id = $1', [idOf(ideaId, 'Idea')]);
    expect(row).toEqual(expected);
    expect(expected.description.length).toBeGreaterThan(0);
    for (const e of editors) await e.close();
  });
});
