import { describe, expect, it } from 'vitest';
import { subscribeRoom, twoInstances } from '../../test/harness.js';
import * as fx from '../../test/fixtures.js';

/*
 * Two API instances on one PostgreSQL, events crossing through Redis pub/sub. Needs a Redis server:
 * REDIS_URL (CI sets it to the machine's Redis); skipped otherwise, as `npm test` must pass with nothing
 * else running.
 */
const redisUrl = process.env.REDIS_URL;

describe.skipIf(!redisUrl)('two instances with Redis', () => {
  const apps = twoInstances(redisUrl!);

  it('an event made on instance A reaches a subscriber on instance B, and presence crosses too', async () => {
    const { a, b } = apps;
    const { room, people, facilitator } = await fx.liveRoom(a, {}, 2);
    const [p1, p2] = people as [(typeof people)[0], (typeof people)[0]];
    const onB = await subscribeRoom(b.ws(p1.token), room.id);
    await subscribeRoom(a.ws(p2.token), room.id);
    await onB.waitFor((e) => e.__typename === 'PresenceChanged' && e.present.length === 2);
    await fx.setPhase(a, room.id, 'DIVERGE', facilitator);
    const id = await fx.idea(a, room.id, p2.token, 'Venue de A');
    const seen = await onB.waitFor((e) => e.__typename === 'IdeaAdded');
    expect(seen.idea).toMatchObject({ id, title: 'Venue de A' });
  });

  it('a subscriber moved from A to B resumes without gap or duplicate', async () => {
    const { a, b } = apps;
    const { room, people, facilitator } = await fx.liveRoom(a, { hiddenTallies: false }, 1);
    const p = people[0]!;
    const onA = await subscribeRoom(a.ws(p.token), room.id);
    await fx.setPhase(a, room.id, 'DIVERGE', facilitator);
    await fx.idea(b, room.id, p.token, 'Une');
    await onA.waitFor((e) => e.__typename === 'IdeaAdded');
    const last = onA.durable().at(-1)!.seq;
    onA.stop();
    // Changes on both instances while the client moves.
    await fx.idea(a, room.id, p.token, 'Deux');
    await fx.idea(b, room.id, p.token, 'Trois');
    const onB = await subscribeRoom(b.ws(p.token), room.id, last);
    await fx.idea(a, room.id, p.token, 'Quatre');
    await onB.waitFor((e) => e.__typename === 'IdeaAdded' && e.idea.title === 'Quatre');
    const resumed = onB.durable();
    expect(resumed.map((e) => e.seq)).toEqual(resumed.map((_, i) => last + 1 + i));
    expect(resumed.filter((e) => e.__typename === 'IdeaAdded').map((e) => e.idea.title)).toEqual(['Deux', 'Trois', 'Quatre']);
  });

  it('a subscriber whose live messages were lost recovers them from the database', async () => {
    const { a, b } = apps;
    const { room, people, facilitator } = await fx.liveRoom(a, {}, 1);
    const p = people[0]!;
    const onB = await subscribeRoom(b.ws(p.token), room.id);
    await fx.setPhase(a, room.id, 'DIVERGE', facilitator);
    await onB.waitFor((e) => e.__typename === 'PhaseChanged');
    // Write an event without publishing it (as if Redis dropped the message), then a published one.
    await a.sql(`update room set last_seq = last_seq + 1 where id = (select id from room where code = $1)`, [room.code]);
    await a.sql(
      `insert into room_event (room_id, seq, type, audience, payload) select id, last_seq, 'TimerChanged', '{all}', '{"timer": null}' from room where code = $1`,
      [room.code],
    );
    await fx.idea(a, room.id, p.token, 'Après la perte');
    await onB.waitFor((e) => e.__typename === 'IdeaAdded');
    const seqs = onB.durable().map((e) => e.seq);
    expect(seqs).toEqual(seqs.map((_, i) => seqs[0]! + i));
    expect(onB.durable().map((e) => e.__typename)).toContain('TimerChanged');
  });
});
