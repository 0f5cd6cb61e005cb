import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, subscribeRoom, type TestApp } from '../../../test/harness.js';
import * as fx from '../../../test/fixtures.js';
import { SimEditor } from '../../collaboration/sim-editor.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

describe('subscription fan-out', () => {
  it('executes each event once per (document, variables, visibility) group, not once per subscriber', async () => {
    const { room, people, facilitator } = await fx.liveRoom(app, { hiddenTallies: true, votesPerParticipant: 2 }, 20);
    const subs = await Promise.all(people.map((p) => subscribeRoom(app.ws(p.token), room.id)));
    const host = await subscribeRoom(app.ws(facilitator), room.id);
    await new Promise((r) => setTimeout(r, 600)); // presence updates (coalesced) have gone out
    const fanout = app.running.fanout;
    const before = { executions: fanout.executions, deliveries: fanout.deliveries };

    await fx.setPhase(app, room.id, 'DIVERGE', facilitator);
    const idea = await fx.idea(app, room.id, facilitator, 'Partagée');
    await fx.setPhase(app, room.id, 'VOTE', facilitator);
    await app.gql(`mutation ($id: ID!) { castVote(input: { ideaId: $id }) { mine } }`, { id: idea }, people[0]!.token);
    await Promise.all(subs.map((s) => s.waitFor((e) => e.seq >= 28)));
    await host.waitFor((e) => e.__typename === 'VoteProgressChanged');

    // After the 20 joins, every participant received the same 8 numbered events (2 phases, the
    // facilitator joining with their first idea, the idea in its facilitator and participant versions,
    // 3 for the vote), each as they may see it…
    for (const s of subs) expect(s.durable().map((e) => e.seq)).toEqual([21, 22, 23, 24, 25, 26, 27, 28]);
    // …and the voter saw their own count where the others saw a bare number.
    expect(subs[0]!.durable().map((e) => e.__typename)).toContain('MyVotesChanged');
    expect(subs[1]!.durable().map((e) => e.__typename)).not.toContain('MyVotesChanged');

    const executed = fanout.executions - before.executions;
    const delivered = fanout.deliveries - before.deliveries;
    expect(delivered).toBe(21 * 8);
    // Participants share one execution per (seq, visible type) — the voter's own event is one more —
    // and the facilitator's subscription is another group: at most 8 + 1 + 8, far from 21 × 8.
    expect(executed).toBeLessThanOrEqual(17);
  });

  it('executes each co-editing message once for all the editors of a card, whatever their client ids and state vectors', async () => {
    const { room, people, facilitator } = await fx.liveRoom(app, {}, 3);
    await fx.setPhase(app, room.id, 'DIVERGE', facilitator);
    const ideaId = await fx.idea(app, room.id, people[0]!.token, 'Atelier vélo');
    // Three participants and the facilitator: four subscriptions whose variables differ (clientId, stateVector).
    const editors = [...people.map((p) => p.token), facilitator].map((token) => new SimEditor(ideaId, () => app.ws(token)));
    for (const editor of editors) await editor.goOnline();
    const [typist, ...others] = editors;
    const fanout = app.running.fanout;
    const before = { executions: fanout.executions, deliveries: fanout.deliveries, kept: fanout.keptResults };

    const description = typist!.doc.getText('description');
    for (const word of ['Réparer', ' ensemble', ' le', ' samedi', ' matin']) {
      description.insert(description.length, word);
      await typist!.settle();
      // The next keystroke once everyone has this one: one commit, one message, per keystroke.
      await Promise.all(others.map((o) => waitUntil(() => o.doc.getText('description').toString() === description.toString())));
    }

    for (const other of others) expect(other.received.filter((m) => m.kind === 'UPDATE')).toHaveLength(5);
    // No echo: the typist's own updates are skipped before execution, for it alone.
    expect(typist!.received.filter((m) => m.kind === 'UPDATE')).toHaveLength(0);
    // 5 messages × 3 receivers delivered, each message executed once (not once per editor, nor per viewer kind).
    expect(fanout.deliveries - before.deliveries).toBe(15);
    expect(fanout.executions - before.executions).toBe(5);
    // Shared by the message object, nothing kept by key after it (the first test's room events may expire meanwhile).
    expect(fanout.keptResults).toBeLessThanOrEqual(before.kept);
    await Promise.all(editors.map((e) => e.close()));
  });
});

async function waitUntil(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  for (const started = Date.now(); !condition(); await new Promise((r) => setTimeout(r, 10))) if (Date.now() - started > timeoutMs) throw new Error('timed out');
}
