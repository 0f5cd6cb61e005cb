import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { must } from '../pipeline/flow.fixtures.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ SEED_DEMO: 'true' });
});
afterAll(() => app.stop());

describe('demo pipeline', () => {
  it('has a cohort with projects at several stages, so the funnel shows something after npm start', async () => {
    const login = await must(app.gql(`mutation { login(input: { email: "demo@germoir.local", password: "germoir-demo" }) { token user { memberships { factory { id } } } } }`));
    const token = login.login.token as string;
    const f = login.login.user.memberships[0].factory.id as string;
    const cohorts = await must(app.gql(`query ($f: ID!) { cohorts(factoryId: $f) { name projects { stage title study { needs { title } room { title } } } } }`, { f }, token));
    expect(cohorts.cohorts).toHaveLength(1);
    const stages = cohorts.cohorts[0].projects.map((p: { stage: string }) => p.stage).sort();
    expect(stages).toEqual(['LAUNCHED', 'LAUNCHED', 'STOPPED', 'SUPPORT']);
    for (const p of cohorts.cohorts[0].projects) {
      expect(p.study.needs.length, p.title).toBe(1);
      expect(p.study.room.title).toBe('Atelier mobilités et réemploi (démo)');
    }
    const report = await must(app.gql(`query ($f: ID!) { pipelineFunnelReport(factoryId: $f) { rows { scope label needs ideas shortlisted studied go launched jobsCreated } } }`, { f }, token));
    expect(report.pipelineFunnelReport.rows[0]).toMatchObject({ scope: 'FACTORY', needs: 14, ideas: 8, shortlisted: 8, studied: 7, go: 5, launched: 2, jobsCreated: 7 });
    const qpv = report.pipelineFunnelReport.rows.filter((r: { launched: number; scope: string }) => r.scope === 'TERRITORY' && r.launched > 0);
    expect(qpv.map((r: { label: string }) => r.label)).toContain('Haussonville - Les Nations');
    const grid = await must(app.gql(`query ($f: ID!) { opportunityStudies(factoryId: $f, first: 1, undecided: true) { edges { node { title grid { overall criteria { count } } } } } }`, { f }, token));
    expect(grid.opportunityStudies.edges[0].node.title).toBe('Épicerie mobile de produits frais');
    expect(grid.opportunityStudies.edges[0].node.grid.criteria.map((c: { count: number }) => c.count)).toEqual([2, 2, 2, 2, 2]);
  });
});
