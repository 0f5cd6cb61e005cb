import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestApp, type TestApp } from '../../test/harness.js';
import * as fx from '../../test/fixtures.js';
import { convergeRoom, decide, must, projectWithLead, shortlist } from '../pipeline/flow.fixtures.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const FUNNEL = `query ($input: FunnelInput!) { pipelineFunnel(input: $input) { label scope scopeId needs ideas shortlisted studied go launched jobsCreated } }`;
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);

/**
 * Two needs (one in a QPV of the factory's territory), two ideas on the board (one answering the QPV
 * need, with two merged into it), both shortlisted; A gets a GO and launches with 3 jobs in a cohort,
 * B a NO_GO. Decisions met ten days ago.
 */
async function fixture() {
  const live = await fx.liveRoom(app, {}, 2);
  const s = await convergeRoom(app, live, await fx.themeId(app, 'mobilites-douces'));
  const token = live.facilitator;
  const a = await shortlist(app, s.ideaId, token);
  const b = await shortlist(app, s.otherIdeaId, token);
  const tenDaysAgo = daysAgo(10).toISOString().slice(0, 10);
  await decide(app, a.id, 'REWORK', token, tenDaysAgo);
  await decide(app, b.id, 'NO_GO', token, tenDaysAgo);
  // projectWithLead records the GO (dated 2026-11-20); the first decision of A stays ten days ago.
  const { projectId, cohortId } = await projectWithLead(app, live.factory.gid, a.id, token, 'Promotion A');
  await must(app.gql(`mutation ($input: UpdateProjectInput!) { updateProject(input: $input) { id } }`, { input: { id: projectId, jobs: 3 } }, token));
  await must(app.gql(`mutation ($id: ID!) { launchProject(projectId: $id) { id } }`, { id: projectId }, token));
  return { live, token, cohortId, projectId };
}

describe('funnel', () => {
  it('counts needs → ideas → shortlisted → studied → go → launched and jobs, per factory, territory (QPV) and cohort', async () => {
    const { live, token, cohortId } = await fixture();
    const f = live.factory;
    const funnel = async (extra: Record<string, unknown> = {}) => (await must(app.gql(FUNNEL, { input: { factoryId: f.gid, ...extra } }, token))).pipelineFunnel;
    expect(await funnel()).toMatchObject({ scope: 'FACTORY', needs: 2, ideas: 2, shortlisted: 2, studied: 2, go: 1, launched: 1, jobsCreated: 3 });
    // The QPV: its need, the idea answering it, the study carrying it.
    expect(await funnel({ territoryId: f.qpv.gid })).toEqual({ label: 'QPV test', scope: 'TERRITORY', scopeId: f.qpv.gid, needs: 1, ideas: 1, shortlisted: 1, studied: 1, go: 1, launched: 1, jobsCreated: 3 });
    // The factory's territory includes the QPV inside it.
    expect(await funnel({ territoryId: f.territory.gid })).toMatchObject({ needs: 2, ideas: 1, shortlisted: 1, studied: 1, go: 1, launched: 1, jobsCreated: 3 });
    expect(await funnel({ cohortId })).toMatchObject({ label: 'Promotion A', scope: 'COHORT', needs: 2, ideas: 1, shortlisted: 1, studied: 1, go: 1, launched: 1, jobsCreated: 3 });
    // Over a period: each stage counts what reached it then (the first decisions met ten days ago).
    expect(await funnel({ from: daysAgo(5).toISOString() })).toMatchObject({ needs: 2, ideas: 2, shortlisted: 2, studied: 0, launched: 1, jobsCreated: 3 });
    expect(await funnel({ to: daysAgo(5).toISOString() })).toMatchObject({ needs: 0, ideas: 0, shortlisted: 0, studied: 2, launched: 0, jobsCreated: 0 });
    expect(await funnel({ from: new Date(Date.now() + 86_400_000).toISOString() })).toMatchObject({ needs: 0, ideas: 0, shortlisted: 0, studied: 0, go: 0, launched: 0, jobsCreated: 0 });
  });

  it('exports every row as CSV: the factory, its territories, its cohorts', async () => {
    const { live, token } = await fixture();
    app.queries.length = 0;
    const report = (await must(app.gql(`query ($f: ID!) { pipelineFunnelReport(factoryId: $f) { rows { scope label needs launched } csv } }`, { f: live.factory.gid }, token))).pipelineFunnelReport;
    expect(report.rows.map((r: { scope: string }) => r.scope)).toEqual(['FACTORY', 'TERRITORY', 'TERRITORY', 'COHORT']);
    // Every row is counted by one statement, whatever the number of territories and cohorts.
    expect(app.queries.filter((q) => q.includes('from opportunity_study'))).toHaveLength(1);
    const lines = report.csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('scope,label,from,to,needs,ideas,shortlisted,studied,go,launched,jobs_created');
    expect(lines).toHaveLength(5);
    expect(lines).toContain('TERRITORY,QPV test,,,1,1,1,1,1,1,3');
    expect(lines).toContain('COHORT,Promotion A,,,2,1,1,1,1,1,3');
  });

  it('is for the factory’s people and tokens only', async () => {
    const { live } = await fixture();
    const input = { factoryId: live.factory.gid };
    expect(codes(await app.gql(FUNNEL, { input }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await app.gql(FUNNEL, { input }, live.people[0]!.token))).toEqual(['FORBIDDEN']);
    const other = await fx.factory(app);
    expect(codes(await app.gql(FUNNEL, { input }, await fx.facilitatorToken(app, other.id)))).toEqual(['FORBIDDEN']);
    expect((await must(app.gql(FUNNEL, { input }, await fx.apiToken(app, live.factory.id, ['read'])))).pipelineFunnel.launched).toBe(1);
  });
});

describe('open data', () => {
  it('launched projects’ public fields are readable without a token once the owner opts in', async () => {
    const { live, projectId } = await fixture();
    const OPEN = `query ($f: ID!) { openDataProjects(factoryId: $f) { id title factoryName territories cohort jobs launchedAt } }`;
    expect(codes(await app.gql(OPEN, { f: live.factory.gid }))).toEqual(['UNAUTHENTICATED']);
    const SHARE = `mutation ($f: ID!, $o: Boolean!) { setPipelineOpenData(factoryId: $f, open: $o) }`;
    expect(codes(await app.gql(SHARE, { f: live.factory.gid, o: true }, live.facilitator))).toEqual(['FORBIDDEN']);
    const owner = await fx.facilitatorToken(app, live.factory.id, 'OWNER');
    expect((await must(app.gql(SHARE, { f: live.factory.gid, o: true }, owner))).setPipelineOpenData).toBe(true);
    const open = (await must(app.gql(OPEN, { f: live.factory.gid }))).openDataProjects;
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ id: projectId, title: 'Atelier vélo solidaire', cohort: 'Promotion A', jobs: 3 });
    expect([...open[0].territories].sort()).toEqual(['QPV test', expect.stringMatching(/^Territoire /)].sort());
    // The rest of the pipeline stays private.
    expect(codes(await app.gql(`query ($id: ID!) { project(id: $id) { id } }`, { id: projectId }))).toEqual(['UNAUTHENTICATED']);
    await must(app.gql(SHARE, { f: live.factory.gid, o: false }, owner));
    expect(codes(await app.gql(OPEN, { f: live.factory.gid }))).toEqual(['UNAUTHENTICATED']);
  });
});
