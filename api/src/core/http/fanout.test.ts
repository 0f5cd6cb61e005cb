import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, subscribeRoom, type TestApp } from '../../../test/harness.js';
import * as fx from '../../../test/fixtures.js';

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
});
