import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestApp, type TestApp } from '../../test/harness.js';
import * as fx from '../../test/fixtures.js';
import { convergeRoom, decide, must, projectWithLead, shortlist } from '../pipeline/flow.fixtures.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

async function study() {
  const live = await fx.liveRoom(app, {}, 2);
  const room = await convergeRoom(app, live, await fx.themeId(app, 'mobilites-douces'));
  const s = await shortlist(app, room.ideaId, live.facilitator);
  return { live, room, studyId: s.id as string, token: live.facilitator, f: live.factory };
}

const OPEN_CALL = `mutation ($input: OpenCallInput!) { openCall(input: $input) { id open title studyId deadline } }`;
const START = `mutation ($input: StartProjectInput!) { startProject(input: $input) { id stage title hasLead } }`;
const APPLY = `mutation ($input: ApplyToCallInput!) { applyToCall(input: $input) { id name origin } }`;
const LAUNCH = `mutation ($id: ID!) { launchProject(projectId: $id) { id stage launchedAt hasLead } }`;
const STOP = `mutation ($id: ID!, $r: String!) { stopProject(projectId: $id, reason: $r) { id stage stoppedReason stoppedAt } }`;
const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString();

describe('stage rules, with stable error codes', () => {
  it('no call and no project without a GO in force (NO_GO_DECISION), even after a GO was superseded', async () => {
    const s = await study();
    const call = { input: { studyId: s.studyId, description: 'Appel à porteurs pour l’atelier vélo', deadline: tomorrow() } };
    const stage = async () => (await must(app.gql(`query ($id: ID!) { opportunityStudy(id: $id) { stage } }`, { id: s.studyId }, s.token))).opportunityStudy.stage;
    expect(await stage()).toBe('SHORTLISTED');
    expect(codes(await app.gql(OPEN_CALL, call, s.token))).toEqual(['NO_GO_DECISION']);
    expect(codes(await app.gql(START, { input: { studyId: s.studyId } }, s.token))).toEqual(['NO_GO_DECISION']);
    await decide(app, s.studyId, 'GO', s.token);
    expect(await stage()).toBe('GO');
    await decide(app, s.studyId, 'REWORK', s.token);
    expect(await stage()).toBe('REWORK');
    expect(codes(await app.gql(OPEN_CALL, call, s.token))).toEqual(['NO_GO_DECISION']);
    await decide(app, s.studyId, 'GO', s.token);
    const opened = await must(app.gql(OPEN_CALL, call, s.token));
    expect(opened.openCall).toMatchObject({ open: true, title: 'Atelier vélo solidaire', studyId: s.studyId });
    expect(await stage()).toBe('CALL_OPEN');
    await must(app.gql(START, { input: { studyId: s.studyId } }, s.token));
    expect(await stage()).toBe('SUPPORT');
    expect(codes(await app.gql(OPEN_CALL, call, s.token))).toEqual(['CONFLICT']);
    const past = await app.gql(OPEN_CALL, { input: { ...call.input, deadline: new Date(Date.now() - 1000).toISOString() } }, s.token);
    expect(codes(past)).toEqual(['BAD_USER_INPUT']);
  });

  it('no launch without a lead (NO_PROJECT_LEAD); SUPPORT → LAUNCHED or STOPPED only (INVALID_STAGE_TRANSITION)', async () => {
    const s = await study();
    await decide(app, s.studyId, 'GO', s.token);
    const started = (await must(app.gql(START, { input: { studyId: s.studyId, title: 'Atelier Vélo des Nations' } }, s.token))).startProject;
    expect(started).toMatchObject({ stage: 'SUPPORT', title: 'Atelier Vélo des Nations', hasLead: false });
    expect(codes(await app.gql(START, { input: { studyId: s.studyId } }, s.token))).toEqual(['CONFLICT']);
    expect(codes(await app.gql(LAUNCH, { id: started.id }, s.token))).toEqual(['NO_PROJECT_LEAD']);
    expect(await app.sql(`select stage from project where id = $1`, [Buffer.from(started.id, 'base64url').toString().split(':')[1]])).toEqual([{ stage: 'SUPPORT' }]);
    expect(codes(await app.gql(STOP, { id: started.id, r: '   ' }, s.token))).toEqual(['BAD_USER_INPUT']);
    const stopped = (await must(app.gql(STOP, { id: started.id, r: 'Pas de local disponible' }, s.token))).stopProject;
    expect(stopped).toMatchObject({ stage: 'STOPPED', stoppedReason: 'Pas de local disponible' });
    expect(codes(await app.gql(LAUNCH, { id: started.id }, s.token))).toEqual(['INVALID_STAGE_TRANSITION']);
    expect(codes(await app.gql(STOP, { id: started.id, r: 'encore' }, s.token))).toEqual(['INVALID_STAGE_TRANSITION']);
  });

  it('launches with a lead chosen among the applications; the lead cannot change after launch', async () => {
    const s = await study();
    const { projectId, applicationId, callId } = await projectWithLead(app, s.f.gid, s.studyId, s.token);
    const launched = (await must(app.gql(LAUNCH, { id: projectId }, s.token))).launchProject;
    expect(launched).toMatchObject({ stage: 'LAUNCHED', hasLead: true });
    expect(Date.parse(launched.launchedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(codes(await app.gql(LAUNCH, { id: projectId }, s.token))).toEqual(['INVALID_STAGE_TRANSITION']);
    const other = await must(app.gql(APPLY, { input: { callId, name: 'Sam', contact: 'sam@example.org' } }, s.token));
    expect(codes(await app.gql(`mutation ($a: ID!) { chooseLead(applicationId: $a) { id } }`, { a: other.applyToCall.id }, s.token))).toEqual(['CONFLICT']);
    const read = await must(app.gql(`query ($id: ID!) { project(id: $id) { lead { id name contact } } }`, { id: projectId }, s.token));
    expect(read.project.lead).toEqual({ id: applicationId, name: 'Alex Martin', contact: 'alex@example.org' });
  });
});

describe('calls and applications', () => {
  it('anyone applies without a token while the call is open; then CALL_CLOSED; facilitators enter applications any time', async () => {
    const s = await study();
    await decide(app, s.studyId, 'GO', s.token);
    const call = (await must(app.gql(OPEN_CALL, { input: { studyId: s.studyId, description: 'Appel à porteurs pour l’atelier vélo', deadline: tomorrow() } }, s.token))).openCall;
    // The public form reads the call without a token.
    const pub = await must(app.gql(`query ($id: ID!) { entrepreneurCall(id: $id) { id open description title } }`, { id: call.id }));
    expect(pub.entrepreneurCall).toMatchObject({ open: true, title: 'Atelier vélo solidaire' });
    const applied = await must(app.gql(APPLY, { input: { callId: call.id, name: 'Léa Dupont', contact: 'lea@example.org', motivation: 'Je répare des vélos depuis 10 ans' } }));
    expect(applied.applyToCall).toMatchObject({ name: 'Léa Dupont', origin: 'PUBLIC_FORM' });
    // Applications are personal data: not for anonymous viewers, read tokens or participants.
    const readToken = await fx.apiToken(app, s.f.id, ['read']);
    for (const token of [undefined, readToken, s.live.people[0]!.token]) {
      const r = await app.gql(`query ($id: ID!) { entrepreneurCall(id: $id) { applications { name } } }`, { id: call.id }, token);
      expect(codes(r)[0]).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    }
    await must(app.gql(`mutation ($id: ID!) { closeCall(id: $id) { open closedAt } }`, { id: call.id }, s.token));
    expect(codes(await app.gql(APPLY, { input: { callId: call.id, name: 'Trop tard', contact: 'tard@example.org' } }))).toEqual(['CALL_CLOSED']);
    // A closed call is not public any more.
    expect(codes(await app.gql(`query ($id: ID!) { entrepreneurCall(id: $id) { id } }`, { id: call.id }))).toEqual(['UNAUTHENTICATED']);
    const entered = await must(app.gql(APPLY, { input: { callId: call.id, name: 'Reçu par courrier', contact: '03 83 00 00 00' } }, s.token));
    expect(entered.applyToCall.origin).toBe('FACILITATOR');
    const list = await must(app.gql(`query ($id: ID!) { entrepreneurCall(id: $id) { applications { name origin } } }`, { id: call.id }, s.token));
    expect(list.entrepreneurCall.applications).toEqual([{ name: 'Léa Dupont', origin: 'PUBLIC_FORM' }, { name: 'Reçu par courrier', origin: 'FACILITATOR' }]);
  });
});

describe('lineage and loop back', () => {
  it('from a launched project back to the needs and the room; published in the library with its provenance', async () => {
    const s = await study();
    const { projectId, cohortId } = await projectWithLead(app, s.f.gid, s.studyId, s.token);
    await must(app.gql(`mutation ($input: UpdateProjectInput!) { updateProject(input: $input) { id } }`, { input: { id: projectId, jobs: 3, turnoverBand: 'FROM_50K_TO_200K', beneficiaries: 400, summary: 'Un atelier où l’on apprend à réparer son vélo.' } }, s.token));
    await must(app.gql(`mutation ($input: MilestoneInput!) { saveMilestone(input: $input) { id } }`, { input: { projectId, title: 'Local trouvé', plannedOn: '2027-02-01', doneOn: '2027-02-10' } }, s.token));
    expect(codes(await app.gql(`mutation ($input: PublishProjectInput!) { publishProjectToLibrary(input: $input) { id } }`, { input: { projectId } }, s.token))).toEqual(['INVALID_STAGE_TRANSITION']);
    await must(app.gql(LAUNCH, { id: projectId }, s.token));
    const lineage = await must(
      app.gql(
        `query ($id: ID!) { project(id: $id) { stage jobs turnoverBand beneficiaries cohort { id name } milestones { title plannedOn doneOn }
          study { id title room { id title } idea { id } sourceIdeaIds needs { id title status territory { kind } } references { initiative { id } } decisions { outcome } } } }`,
        { id: projectId },
        s.token,
      ),
    );
    expect(lineage.project).toMatchObject({
      stage: 'LAUNCHED', jobs: 3, turnoverBand: 'FROM_50K_TO_200K', beneficiaries: 400,
      cohort: { id: cohortId, name: 'Promotion 2027' },
      milestones: [{ title: 'Local trouvé', plannedOn: '2027-02-01', doneOn: '2027-02-10' }],
      study: { id: s.studyId, room: { id: s.live.room.id, title: 'Atelier test' }, idea: { id: s.room.ideaId }, references: [{ initiative: { id: s.room.initiativeId } }], decisions: [{ outcome: 'GO' }] },
    });
    expect(lineage.project.study.needs.map((n: { id: string }) => n.id).sort()).toEqual([...s.room.needIds].sort());
    // A launched activity now answers them.
    expect(lineage.project.study.needs.map((n: { status: string }) => n.status)).toEqual(['ADDRESSED', 'ADDRESSED']);

    const published = await must(
      app.gql(
        `mutation ($input: PublishProjectInput!) { publishProjectToLibrary(input: $input) { id name summary description status jobs { count } themes { slug } launchedProject { id } } }`,
        { input: { projectId, publish: true, sources: [{ url: 'https://example.org/atelier-velo', title: 'Site de l’atelier' }] } },
        s.token,
      ),
    );
    expect(published.publishProjectToLibrary).toMatchObject({
      name: 'Atelier vélo solidaire', status: 'PUBLISHED', summary: 'Un atelier où l’on apprend à réparer son vélo.', jobs: { count: 3 },
      themes: [{ slug: 'mobilites-douces' }], launchedProject: { id: projectId },
    });
    expect(published.publishProjectToLibrary.description).toContain('Lancée par Fabrique');
    expect(published.publishProjectToLibrary.description).toContain('Porté par Alex Martin.');
    // It is in the library (search) and the project points to it; a second publication is refused.
    const search = await must(app.gql(`query ($f: ID!) { initiatives(factoryId: $f, query: "atelier velo solidaire") { edges { node { id } } } }`, { f: s.f.gid }, s.token));
    expect(search.initiatives.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(published.publishProjectToLibrary.id);
    const again = await app.gql(`mutation ($input: PublishProjectInput!) { publishProjectToLibrary(input: $input) { id } }`, { input: { projectId } }, s.token);
    expect(codes(again)).toEqual(['CONFLICT']);
    // Milestones and applications are nodes too; applications only for the factory's people.
    const NODE = `query ($id: ID!) { node(id: $id) { __typename id } }`;
    const milestone = (await must(app.gql(`query ($id: ID!) { project(id: $id) { milestones { id } lead { id } } }`, { id: projectId }, s.token))).project;
    expect((await must(app.gql(NODE, { id: milestone.milestones[0].id }, s.token))).node.__typename).toBe('ProjectMilestone');
    expect((await must(app.gql(NODE, { id: milestone.lead.id }, s.token))).node.__typename).toBe('CallApplication');
    expect(codes(await app.gql(NODE, { id: milestone.lead.id }, await fx.apiToken(app, s.f.id, ['read'])))).toEqual(['FORBIDDEN']);
    const history = await must(app.gql(`query ($id: ID!) { initiative(id: $id) { history { action } } }`, { id: published.publishProjectToLibrary.id }, s.token));
    expect(history.initiative.history.map((h: { action: string }) => h.action)).toEqual(['CREATED']);
  });
});

// Last: it spends this process's budget of public applications for the test client's address.
describe('public form limits', () => {
  it('rate-limits the public form per address like other public paths (RATE_LIMITED)', async () => {
    const s = await study();
    await decide(app, s.studyId, 'GO', s.token);
    const call = (await must(app.gql(OPEN_CALL, { input: { studyId: s.studyId, description: 'Appel à porteurs pour l’atelier vélo', deadline: tomorrow() } }, s.token))).openCall;
    const results: (string | undefined)[] = [];
    for (let i = 0; i < 12; i++) {
      const r = await app.gql(APPLY, { input: { callId: call.id, name: `Personne ${i}`, contact: `p${i}@example.org` } }, undefined);
      results.push(codes(r)[0]);
    }
    expect(results.filter((c) => c === 'RATE_LIMITED').length).toBeGreaterThan(0);
  });
});
