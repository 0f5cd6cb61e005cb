import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestApp, type TestApp } from '../../test/harness.js';
import * as fx from '../../test/fixtures.js';
import { convergeRoom, decide, DECIDE, must, shortlist } from '../pipeline/flow.fixtures.js';
import { aggregate } from './scoring.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

async function setup() {
  const live = await fx.liveRoom(app, {}, 2);
  const room = await convergeRoom(app, live, await fx.themeId(app, 'mobilites-douces'));
  return { live, ...room };
}

const GRID = `query ($id: ID!) { opportunityStudy(id: $id) { grid { overall criteria { criterion { id key label } count average min max spread scores { assessorName score comment } } } } }`;
const SCORE = `mutation ($input: ScoreStudyInput!) { scoreStudy(input: $input) { id } }`;

describe('shortlist: an idea in CONVERGE becomes an opportunity study with its lineage', () => {
  it('copies the room, the idea, the merged ideas, their needs and their references', async () => {
    const s = await setup();
    const study = await shortlist(app, s.ideaId, s.live.facilitator);
    expect(study).toMatchObject({
      title: 'Atelier vélo solidaire',
      ideaTitle: 'Atelier vélo solidaire',
      roomTitle: 'Atelier test',
      outcome: null,
      factoryId: s.live.factory.gid,
      room: { id: s.live.room.id, title: 'Atelier test' },
      idea: { id: s.ideaId },
      references: [{ note: 'Le modèle d’atelier participatif', initiative: { id: s.initiativeId, name: 'Recyclerie du Vélo' } }],
    });
    expect([...study.sourceIdeaIds].sort()).toEqual([...s.sourceIds].sort());
    // The target's need and the need of a merged idea, with their territories (one is a QPV).
    expect(study.needs.map((n: { id: string }) => n.id).sort()).toEqual([...s.needIds].sort());
    expect(study.needs.map((n: { territory: { kind: string } }) => n.territory.kind).sort()).toEqual(['INTERCOMMUNALITE', 'QPV']);
    // Shortlisted: its needs are being worked on.
    const statuses = await app.sql<{ status: string }>(`select status from need where factory_id = $1`, [s.live.factory.id]);
    expect(statuses.map((r) => r.status)).toEqual(['IN_PROGRESS', 'IN_PROGRESS']);
    // Shortlisting again gives the same study; the list holds one.
    expect((await shortlist(app, s.ideaId, s.live.facilitator)).id).toBe(study.id);
    const list = await must(app.gql(`query ($f: ID!) { opportunityStudies(factoryId: $f, undecided: true) { totalCount edges { node { id } } } }`, { f: s.live.factory.gid }, s.live.facilitator));
    expect(list.opportunityStudies.totalCount).toBe(1);
    // node(id) finds it again.
    const node = await must(app.gql(`query ($id: ID!) { node(id: $id) { id ... on OpportunityStudy { title } } }`, { id: study.id }, s.live.facilitator));
    expect(node.node).toEqual({ id: study.id, title: 'Atelier vélo solidaire' });
  });

  it('only in CONVERGE (PHASE_CLOSED), only ideas on the board, only facilitators', async () => {
    const s = await setup();
    await fx.setPhase(app, s.live.room.id, 'VOTE', s.live.facilitator);
    expect(codes(await app.gql(`mutation ($id: ID!) { shortlistIdea(ideaId: $id) { id } }`, { id: s.ideaId }, s.live.facilitator))).toEqual(['PHASE_CLOSED']);
    await fx.setPhase(app, s.live.room.id, 'CONVERGE', s.live.facilitator);
    expect(codes(await app.gql(`mutation ($id: ID!) { shortlistIdea(ideaId: $id) { id } }`, { id: s.sourceIds[0] }, s.live.facilitator))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await app.gql(`mutation ($id: ID!) { shortlistIdea(ideaId: $id) { id } }`, { id: s.ideaId }, s.live.people[0]!.token))).toEqual(['FORBIDDEN']);
    expect(codes(await app.gql(`mutation ($id: ID!) { shortlistIdea(ideaId: $id) { id } }`, { id: s.ideaId }))).toEqual(['UNAUTHENTICATED']);
    expect(await app.sql(`select count(*)::int as n from opportunity_study where factory_id = $1`, [s.live.factory.id])).toEqual([{ n: 0 }]);
  });
});

describe('documents and summary', () => {
  it('attaches links, edits the summary, and finds every part again with node()', async () => {
    const s = await setup();
    const study = await shortlist(app, s.ideaId, s.live.facilitator);
    const doc = await must(app.gql(`mutation ($input: StudyDocumentInput!) { addStudyDocument(input: $input) { id title url } }`, { input: { studyId: study.id, title: 'Étude de marché', url: 'https://example.org/etude' } }, s.live.facilitator));
    expect(codes(await app.gql(`mutation ($input: StudyDocumentInput!) { addStudyDocument(input: $input) { id } }`, { input: { studyId: study.id, title: 'x', url: 'ftp://example.org' } }, s.live.facilitator))).toEqual(['BAD_USER_INPUT']);
    await must(app.gql(`mutation ($input: UpdateStudyInput!) { updateStudy(input: $input) { id } }`, { input: { id: study.id, summary: 'Un besoin fort, deux partenaires prêts.' } }, s.live.facilitator));
    const read = await must(app.gql(`query ($id: ID!) { opportunityStudy(id: $id) { summary documents { id title url } grid { criteria { criterion { id } } } } }`, { id: study.id }, s.live.facilitator));
    expect(read.opportunityStudy.summary).toBe('Un besoin fort, deux partenaires prêts.');
    expect(read.opportunityStudy.documents).toEqual([{ id: doc.addStudyDocument.id, title: 'Étude de marché', url: 'https://example.org/etude' }]);
    const criterionId = read.opportunityStudy.grid.criteria[0].criterion.id;
    const NODE = `query ($id: ID!) { node(id: $id) { __typename id } }`;
    for (const id of [doc.addStudyDocument.id, criterionId]) expect((await must(app.gql(NODE, { id }, s.live.facilitator))).node.id).toBe(id);
    expect(codes(await app.gql(NODE, { id: doc.addStudyDocument.id }, s.live.people[0]!.token))).toEqual(['FORBIDDEN']);
    await must(app.gql(`mutation ($id: ID!) { removeStudyDocument(id: $id) }`, { id: doc.addStudyDocument.id }, s.live.facilitator));
    expect((await must(app.gql(NODE, { id: doc.addStudyDocument.id }, s.live.facilitator))).node).toBeNull();

    // Several mutations in one request: each reads what the ones before it changed, not what they loaded.
    const many = await must(
      app.gql(
        `mutation ($id: ID!, $doc: StudyDocumentInput!) {
          before: updateStudy(input: { id: $id }) { documents { title } }
          added: addStudyDocument(input: $doc) { id }
          after: updateStudy(input: { id: $id }) { documents { title } }
        }`,
        { id: study.id, doc: { studyId: study.id, title: 'Plan de financement', url: 'https://example.org/plan' } },
        s.live.facilitator,
      ),
    );
    expect(many.before.documents).toEqual([]);
    expect(many.after.documents).toEqual([{ title: 'Plan de financement' }]);
  });
});

describe('scoring grid', () => {
  it('aggregates 0–5 scores: count, average, min, max and spread (population standard deviation)', () => {
    expect(aggregate([])).toEqual({ count: 0, average: null, min: null, max: null, spread: null });
    expect(aggregate([4])).toEqual({ count: 1, average: 4, min: 4, max: 4, spread: 0 });
    expect(aggregate([0, 5])).toEqual({ count: 2, average: 2.5, min: 0, max: 5, spread: 2.5 });
    expect(aggregate([2, 3, 4])).toEqual({ count: 3, average: 3, min: 2, max: 4, spread: 0.82 });
  });

  it('has the five default criteria on first use; assessors score with comments; rescoring replaces', async () => {
    const s = await setup();
    const study = await shortlist(app, s.ideaId, s.live.facilitator);
    const other = await fx.facilitatorToken(app, s.live.factory.id);
    const grid = (await must(app.gql(GRID, { id: study.id }, s.live.facilitator))).opportunityStudy.grid;
    expect(grid.criteria.map((c: { criterion: { key: string } }) => c.criterion.key)).toEqual(['need_strength', 'economic_viability', 'local_partners', 'reference_transferability', 'lead_availability']);
    expect(grid.overall).toBeNull();
    const [need, viability] = grid.criteria.map((c: { criterion: { id: string } }) => c.criterion.id);
    await must(app.gql(SCORE, { input: { studyId: study.id, criterionId: need, score: 1, comment: 'Peu documenté' } }, s.live.facilitator));
    await must(app.gql(SCORE, { input: { studyId: study.id, criterionId: need, score: 5, comment: 'Enquête solide' } }, s.live.facilitator)); // replaces
    await must(app.gql(SCORE, { input: { studyId: study.id, criterionId: need, score: 2, comment: 'À confirmer' } }, other));
    await must(app.gql(SCORE, { input: { studyId: study.id, criterionId: viability, score: 3 } }, other));
    const after = (await must(app.gql(GRID, { id: study.id }, s.live.facilitator))).opportunityStudy.grid;
    expect(after.criteria[0]).toMatchObject({ count: 2, average: 3.5, min: 2, max: 5, spread: 1.5 });
    expect(after.criteria[0].scores.map((x: { score: number; comment: string }) => [x.score, x.comment]).sort()).toEqual([[2, 'À confirmer'], [5, 'Enquête solide']]);
    expect(after.criteria[1]).toMatchObject({ count: 1, average: 3, spread: 0 });
    expect(after.criteria[2]).toMatchObject({ count: 0, average: null });
    expect(after.overall).toBe(3.25);
    // Out of range: BAD_USER_INPUT naming the field.
    const bad = await app.gql(SCORE, { input: { studyId: study.id, criterionId: need, score: 6 } }, s.live.facilitator);
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
  });

  it('a criterion added to the grid appears for every study; an archived one stays where it was scored', async () => {
    const s = await setup();
    const study = await shortlist(app, s.ideaId, s.live.facilitator);
    const added = await must(app.gql(`mutation ($input: StudyCriterionInput!) { saveStudyCriterion(input: $input) { id label position } }`, { input: { factoryId: s.live.factory.gid, label: 'Impact écologique' } }, s.live.facilitator));
    expect(added.saveStudyCriterion).toMatchObject({ label: 'Impact écologique', position: 6 });
    await must(app.gql(SCORE, { input: { studyId: study.id, criterionId: added.saveStudyCriterion.id, score: 4 } }, s.live.facilitator));
    await must(app.gql(`mutation ($id: ID!) { archiveStudyCriterion(id: $id) { archivedAt } }`, { id: added.saveStudyCriterion.id }, s.live.facilitator));
    const criteria = await must(app.gql(`query ($f: ID!) { studyCriteria(factoryId: $f) { label } }`, { f: s.live.factory.gid }, s.live.facilitator));
    expect(criteria.studyCriteria).toHaveLength(5);
    const grid = (await must(app.gql(GRID, { id: study.id }, s.live.facilitator))).opportunityStudy.grid;
    expect(grid.criteria.at(-1)).toMatchObject({ criterion: { label: 'Impact écologique' }, average: 4 });
    expect(codes(await app.gql(SCORE, { input: { studyId: study.id, criterionId: added.saveStudyCriterion.id, score: 4 } }, s.live.facilitator))).toEqual(['NOT_FOUND']);
  });
});

describe('steering decisions', () => {
  it('are immutable: a later decision supersedes, the log keeps both; no update path exists', async () => {
    const s = await setup();
    const study = await shortlist(app, s.ideaId, s.live.facilitator);
    const first = await decide(app, study.id, 'REWORK', s.live.facilitator, '2026-10-01');
    expect(first).toMatchObject({ outcome: 'REWORK', decidedOn: '2026-10-01', members: ['Région Grand Est', 'France Active'], supersedes: null, studyId: study.id });
    const second = await decide(app, study.id, 'GO', s.live.facilitator, '2026-11-05');
    expect(second.supersedes).toEqual({ id: first.id, outcome: 'REWORK' });
    const log = await must(app.gql(`query ($id: ID!) { opportunityStudy(id: $id) { outcome decisions { id outcome rationale supersededBy { id } } } }`, { id: study.id }, s.live.facilitator));
    expect(log.opportunityStudy.outcome).toBe('GO');
    expect(log.opportunityStudy.decisions).toEqual([
      { id: second.id, outcome: 'GO', rationale: 'Décision GO', supersededBy: null },
      { id: first.id, outcome: 'REWORK', rationale: 'Décision REWORK', supersededBy: { id: second.id } },
    ]);
    // The API has no mutation that changes or deletes a decision.
    const mutations = await must(app.gql(`{ __schema { mutationType { fields { name } } } }`));
    const names = mutations.__schema.mutationType.fields.map((f: { name: string }) => f.name);
    expect(names.filter((n: string) => /decision/i.test(n))).toEqual(['recordDecision']);
    // The database refuses any update or direct delete (trigger), whatever the client.
    await expect(app.sql(`update steering_decision set outcome = 'NO_GO' where outcome = 'REWORK'`)).rejects.toThrow(/immutable/);
    await expect(app.sql(`delete from steering_decision`)).rejects.toThrow(/immutable/);
    // The chain stays linear: a second "first" decision is refused by the database too.
    await expect(app.sql(`insert into steering_decision (id, created_at, updated_at, study_id, outcome, decided_on, members, rationale, recorded_by_name)
      select gen_random_uuid(), now(), now(), study_id, 'NO_GO', decided_on, members, rationale, recorded_by_name from steering_decision where supersedes_id is null`)).rejects.toThrow(/steering_decision_first_idx/);
    // Deleting the study itself (or its factory) still takes its decisions along (a cascade, not a direct delete).
    const studyUuid = Buffer.from(study.id, 'base64url').toString().split(':')[1];
    await app.sql(`delete from opportunity_study where id = $1`, [studyUuid]);
    expect(await app.sql(`select count(*)::int as n from steering_decision where study_id = $1`, [studyUuid])).toEqual([{ n: 0 }]);
  });

  it('need a rationale and members; only facilitators record them', async () => {
    const s = await setup();
    const study = await shortlist(app, s.ideaId, s.live.facilitator);
    const input = { studyId: study.id, outcome: 'GO', decidedOn: '2026-11-20', members: [], rationale: '' };
    const bad = await app.gql(DECIDE, { input }, s.live.facilitator);
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(Object.keys((bad.errors![0]!.extensions!.fields ?? {}) as object).sort()).toEqual(['members', 'rationale']);
    const ok = { ...input, members: ['Métropole'], rationale: 'Oui' };
    const writeToken = await fx.apiToken(app, s.live.factory.id, ['read', 'write']);
    expect(codes(await app.gql(DECIDE, { input: ok }, writeToken))).toEqual(['FORBIDDEN']);
    expect(codes(await app.gql(DECIDE, { input: ok }, s.live.people[0]!.token))).toEqual(['FORBIDDEN']);
  });
});
