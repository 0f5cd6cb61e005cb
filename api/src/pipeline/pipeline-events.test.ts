import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestApp, twoInstances, wsOnce, type TestApp } from '../../test/harness.js';
import * as fx from '../../test/fixtures.js';
import { convergeRoom, decide, must, shortlist } from './flow.fixtures.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const EVENTS = `subscription ($f: ID!, $after: Int) { pipelineEvents(factoryId: $f, afterSeq: $after) { seq type at studyId projectId decisionId callId applicationId stage } }`;

interface Collected {
  events: Record<string, any>[];
  waitFor(n: number, timeoutMs?: number): Promise<Record<string, any>[]>;
  stop(): void;
}

function collect(client: Client, factoryGid: string, afterSeq?: number, onEvent?: (e: Record<string, any>) => void): Collected {
  const events: Record<string, any>[] = [];
  let wake: (() => void) | undefined;
  let failure: unknown;
  const stop = client.subscribe<{ pipelineEvents: Record<string, any> }>(
    { query: EVENTS, variables: { f: factoryGid, after: afterSeq } },
    {
      next: (value) => {
        if (value.errors) failure = value.errors;
        else {
          events.push(value.data!.pipelineEvents);
          onEvent?.(value.data!.pipelineEvents);
        }
        wake?.();
      },
      error: (e) => {
        failure = e;
        wake?.();
      },
      complete: () => undefined,
    },
  );
  return {
    events,
    stop,
    async waitFor(n, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      while (events.length < n) {
        if (failure) throw new Error(JSON.stringify(failure));
        if (Date.now() > until) throw new Error(`got ${events.length} events of ${n}: ${JSON.stringify(events)}`);
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 200);
        });
      }
      return events;
    },
  };
}

describe('pipeline events over graphql-ws', () => {
  it('delivers every stage change after its commit, numbered without gaps; a refused change publishes nothing', async () => {
    const live = await fx.liveRoom(app, {}, 2);
    const s = await convergeRoom(app, live, await fx.themeId(app, 'mobilites-douces'));
    const token = live.facilitator;
    const study = await shortlist(app, s.ideaId, token);
    // What a subscriber reads from the API when an event arrives: the change is already committed.
    const outcomes: unknown[] = [];
    const sub = collect(app.ws(token), live.factory.gid, 0, (e) => {
      if (e.type === 'DECISION_RECORDED') {
        void app.gql(`query ($id: ID!) { opportunityStudy(id: $id) { outcome } }`, { id: e.studyId }, token).then((r) => outcomes.push(r.data?.opportunityStudy?.outcome));
      }
    });
    // The stored event first (afterSeq 0): the stream is live from here on.
    expect((await sub.waitFor(1))[0]).toMatchObject({ seq: 1, type: 'STUDY_CREATED', studyId: study.id });

    const call = { input: { studyId: study.id, description: 'Appel à porteurs pour l’atelier vélo', deadline: new Date(Date.now() + 86_400_000).toISOString() } };
    // Refused (no GO yet): rolled back, no event, no number used.
    expect(codes(await app.gql(`mutation ($input: OpenCallInput!) { openCall(input: $input) { id } }`, call, token))).toEqual(['NO_GO_DECISION']);
    const decision = await decide(app, study.id, 'GO', token);
    const opened = await must(app.gql(`mutation ($input: OpenCallInput!) { openCall(input: $input) { id } }`, call, token));
    const applied = await must(app.gql(`mutation ($input: ApplyToCallInput!) { applyToCall(input: $input) { id } }`, { input: { callId: opened.openCall.id, name: 'Alex', contact: 'alex@example.org' } }));
    const project = await must(app.gql(`mutation ($input: StartProjectInput!) { startProject(input: $input) { id } }`, { input: { studyId: study.id } }, token));
    await must(app.gql(`mutation ($a: ID!) { chooseLead(applicationId: $a) { id } }`, { a: applied.applyToCall.id }, token));
    await must(app.gql(`mutation ($id: ID!) { launchProject(projectId: $id) { id } }`, { id: project.startProject.id }, token));

    const events = await sub.waitFor(7);
    expect(events.map((e) => [e.seq, e.type, e.stage])).toEqual([
      [1, 'STUDY_CREATED', null],
      [2, 'DECISION_RECORDED', 'GO'],
      [3, 'CALL_OPENED', null],
      [4, 'APPLICATION_RECEIVED', null],
      [5, 'PROJECT_STARTED', 'SUPPORT'],
      [6, 'LEAD_CHOSEN', null],
      [7, 'PROJECT_LAUNCHED', 'LAUNCHED'],
    ]);
    expect(events[1]).toMatchObject({ decisionId: decision.id, studyId: study.id });
    expect(events[3]).toMatchObject({ callId: opened.openCall.id, applicationId: applied.applyToCall.id });
    expect(events[6]).toMatchObject({ projectId: project.startProject.id, studyId: study.id });
    await expect.poll(() => outcomes).toEqual(['GO']);
    sub.stop();

    // A message lost on the bus (as Redis pub/sub may): the next one reveals the gap, filled from the log.
    const gap = collect(app.ws(token), live.factory.gid, 6);
    await gap.waitFor(1); // seq 7 from the log: the stream is live
    await app.sql(`update pipeline_settings set last_seq = 8 where factory_id = $1`, [live.factory.id]);
    await app.sql(`insert into pipeline_event (factory_id, seq, type, payload) values ($1, 8, 'STUDY_SCORED', $2)`, [live.factory.id, JSON.stringify({ studyId: study.id })]);
    await must(app.gql(`mutation ($input: UpdateStudyInput!) { updateStudy(input: $input) { id } }`, { input: { id: study.id, summary: 'x' } }, token));
    const criteria = await must(app.gql(`query ($f: ID!) { studyCriteria(factoryId: $f) { id } }`, { f: live.factory.gid }, token));
    await must(app.gql(`mutation ($input: ScoreStudyInput!) { scoreStudy(input: $input) { id } }`, { input: { studyId: study.id, criterionId: criteria.studyCriteria[0].id, score: 4 } }, token));
    expect((await gap.waitFor(3)).map((e) => [e.seq, e.type])).toEqual([[7, 'PROJECT_LAUNCHED'], [8, 'STUDY_SCORED'], [9, 'STUDY_SCORED']]);
    gap.stop();

    // A client that reconnects with the last number it holds gets exactly what it missed.
    const again = collect(app.ws(token), live.factory.gid, 5);
    expect((await again.waitFor(4)).map((e) => e.seq)).toEqual([6, 7, 8, 9]);
    again.stop();
    expect(await app.sql(`select count(*)::int as n, max(seq) as max from pipeline_event where factory_id = $1`, [live.factory.id])).toEqual([{ n: 9, max: 9 }]);
  });

  it('only the factory’s people and tokens subscribe; another factory’s events never cross', async () => {
    const live = await fx.liveRoom(app, {}, 2);
    const other = await fx.factory(app);
    const readToken = await fx.apiToken(app, live.factory.id, ['read']);
    expect(codes(await wsOnce(app.ws(), EVENTS, { f: live.factory.gid }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await wsOnce(app.ws(live.people[0]!.token), EVENTS, { f: live.factory.gid }))).toEqual(['FORBIDDEN']);
    expect(codes(await wsOnce(app.ws(readToken), EVENTS, { f: other.gid }))).toEqual(['FORBIDDEN']);
    const s = await convergeRoom(app, live, await fx.themeId(app));
    const mine = await shortlist(app, s.ideaId, live.facilitator);
    const sub = collect(app.ws(readToken), live.factory.gid, 0);
    expect((await sub.waitFor(1)).map((e) => e.type)).toEqual(['STUDY_CREATED']);
    // Another factory's pipeline moves, then ours: only ours arrives.
    const elsewhere = await fx.liveRoom(app, {}, 2);
    const t = await convergeRoom(app, elsewhere, await fx.themeId(app));
    await shortlist(app, t.ideaId, elsewhere.facilitator);
    await decide(app, mine.id, 'NO_GO', live.facilitator);
    const events = await sub.waitFor(2);
    expect(events.map((e) => [e.seq, e.type, e.studyId])).toEqual([[1, 'STUDY_CREATED', mine.id], [2, 'DECISION_RECORDED', mine.id]]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(sub.events).toHaveLength(2);
    sub.stop();
  });
});

/* Two instances on one PostgreSQL, events through Redis (REDIS_URL, as in CI); skipped without it. */
const redisUrl = process.env.REDIS_URL;
describe.skipIf(!redisUrl)('pipeline events across instances', () => {
  const apps = twoInstances(redisUrl!);

  it('a decision recorded on instance A reaches a tool subscribed on instance B', async () => {
    const { a, b } = apps;
    const live = await fx.liveRoom(a, {}, 2);
    const s = await convergeRoom(a, live, await fx.themeId(a));
    const study = await shortlist(a, s.ideaId, live.facilitator);
    const onB = collect(b.ws(await fx.apiToken(b, live.factory.id, ['read'])), live.factory.gid, 0);
    await onB.waitFor(1);
    await decide(a, study.id, 'GO', live.facilitator);
    expect((await onB.waitFor(2)).map((e) => [e.seq, e.type, e.stage])).toEqual([[1, 'STUDY_CREATED', null], [2, 'DECISION_RECORDED', 'GO']]);
    onB.stop();
  });
});
