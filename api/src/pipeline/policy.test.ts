import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestApp, type TestApp } from '../../test/harness.js';
import * as fx from '../../test/fixtures.js';
import { MembershipRole } from '../identity/membership.entity.js';
import { can, type Action } from '../identity/policy.js';
import type { Viewer } from '../identity/viewer.js';
import { convergeRoom, must, shortlist } from './flow.fixtures.js';

const F = 'factory-1';
const viewers: Record<string, Viewer> = {
  owner: { kind: 'FACILITATOR', userId: 'u-owner', sessionId: 's', roles: new Map([[F, MembershipRole.OWNER]]) },
  facilitator: { kind: 'FACILITATOR', userId: 'u-fac', sessionId: 's', roles: new Map([[F, MembershipRole.FACILITATOR]]) },
  assessor: { kind: 'FACILITATOR', userId: 'u-assessor', sessionId: 's', roles: new Map() },
  otherFactory: { kind: 'FACILITATOR', userId: 'u-other', sessionId: 's', roles: new Map([['factory-2', MembershipRole.OWNER]]) },
  participant: { kind: 'PARTICIPANT', participantId: 'p', sessionId: 's', roomId: 'r', factoryId: F },
  readToken: { kind: 'API_TOKEN', tokenId: 't', factoryId: F, userId: 'u-owner', scopes: new Set(['read']) },
  writeToken: { kind: 'API_TOKEN', tokenId: 't', factoryId: F, userId: 'u-owner', scopes: new Set(['read', 'write']) },
  anonymous: { kind: 'ANONYMOUS' },
};

// Scope of one study whose assessor is u-assessor; the factory does not share open data; the call is closed.
const scope = { factoryId: F, assessorIds: ['u-assessor'], openData: false, callOpen: false };
const matrix: Partial<Record<Action, string[]>> = {
  'pipeline:read': ['owner', 'facilitator', 'assessor', 'readToken', 'writeToken'],
  'pipeline:manage': ['owner', 'facilitator', 'writeToken'],
  'pipeline:decide': ['owner', 'facilitator'],
  'study:assess': ['owner', 'facilitator', 'assessor'],
  'pipeline:openData': ['owner', 'facilitator', 'readToken', 'writeToken'],
  'pipeline:share': ['owner'],
  'call:apply': ['owner', 'facilitator', 'writeToken'],
};

describe('policy matrix of the pipeline', () => {
  for (const [action, allowed] of Object.entries(matrix)) {
    it(`${action}: ${allowed!.join(', ')}`, () => {
      const granted = Object.entries(viewers).filter(([, v]) => can(v, action as Action, scope)).map(([name]) => name);
      expect(granted).toEqual(allowed);
    });
  }

  it('opens to everyone what the factory opens: open data when shared, applications while the call is open', () => {
    expect(Object.values(viewers).every((v) => can(v, 'pipeline:openData', { ...scope, openData: true }))).toBe(true);
    expect(Object.values(viewers).every((v) => can(v, 'call:apply', { ...scope, callOpen: true }))).toBe(true);
    // An assessor reads and scores only the studies they are named on.
    expect(can(viewers.assessor!, 'pipeline:read', { factoryId: F, assessorIds: ['someone-else'] })).toBe(false);
    expect(can(viewers.assessor!, 'pipeline:read', F)).toBe(false);
  });
});

describe('the same rules through the API', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.stop());

  it('assessor, facilitator, participant, read and write tokens, anonymous: read, score, edit, decide', async () => {
    const live = await fx.liveRoom(app, {}, 2);
    const s = await convergeRoom(app, live, await fx.themeId(app));
    const study = await shortlist(app, s.ideaId, live.facilitator);
    const other = await shortlist(app, s.otherIdeaId, live.facilitator);
    const assessor = await fx.user(app, []);
    await must(app.gql(`mutation ($input: StudyAssessorInput!) { addStudyAssessor(input: $input) { assessors { displayName } } }`, { input: { studyId: study.id, email: assessor.email } }, live.facilitator));
    const tokens: Record<string, string | undefined> = {
      facilitator: live.facilitator,
      assessor: await fx.session(app, { userId: assessor.id }),
      participant: live.people[0]!.token,
      readToken: await fx.apiToken(app, live.factory.id, ['read']),
      writeToken: await fx.apiToken(app, live.factory.id, ['read', 'write']),
      anonymous: undefined,
    };
    const criteria = await must(app.gql(`query ($f: ID!) { studyCriteria(factoryId: $f) { id } }`, { f: live.factory.gid }, live.facilitator));
    const criterionId = criteria.studyCriteria[0].id;
    const ops = {
      read: (id: string) => [`query ($id: ID!) { opportunityStudy(id: $id) { id needs { id } } }`, { id }],
      score: (id: string) => [`mutation ($input: ScoreStudyInput!) { scoreStudy(input: $input) { id } }`, { input: { studyId: id, criterionId, score: 3 } }],
      edit: (id: string) => [`mutation ($input: UpdateStudyInput!) { updateStudy(input: $input) { id } }`, { input: { id, summary: 'Résumé' } }],
      decide: (id: string) => [`mutation ($input: RecordDecisionInput!) { recordDecision(input: $input) { id } }`, { input: { studyId: id, outcome: 'REWORK', decidedOn: '2026-11-20', members: ['Copil'], rationale: 'À retravailler' } }],
    } as const;
    const outcome = async (who: string, op: keyof typeof ops, id = study.id as string) => {
      const [query, variables] = ops[op](id);
      const res = await app.gql(query as string, variables as Record<string, unknown>, tokens[who]);
      return codes(res)[0] ?? 'OK';
    };
    const table: Record<string, Record<keyof typeof ops, string>> = {};
    for (const who of Object.keys(tokens)) {
      table[who] = { read: await outcome(who, 'read'), score: await outcome(who, 'score'), edit: await outcome(who, 'edit'), decide: await outcome(who, 'decide') };
    }
    expect(table).toEqual({
      facilitator: { read: 'OK', score: 'OK', edit: 'OK', decide: 'OK' },
      assessor: { read: 'OK', score: 'OK', edit: 'FORBIDDEN', decide: 'FORBIDDEN' },
      participant: { read: 'FORBIDDEN', score: 'FORBIDDEN', edit: 'FORBIDDEN', decide: 'FORBIDDEN' },
      // Tokens speak for tools: they read and edit, but scores and decisions are people's.
      readToken: { read: 'OK', score: 'FORBIDDEN', edit: 'FORBIDDEN', decide: 'FORBIDDEN' },
      writeToken: { read: 'OK', score: 'FORBIDDEN', edit: 'OK', decide: 'FORBIDDEN' },
      anonymous: { read: 'UNAUTHENTICATED', score: 'UNAUTHENTICATED', edit: 'UNAUTHENTICATED', decide: 'UNAUTHENTICATED' },
    });
    // The assessor of one study sees nothing else of the factory.
    expect(await outcome('assessor', 'read', other.id)).toBe('FORBIDDEN');
    expect(await outcome('assessor', 'score', other.id)).toBe('FORBIDDEN');
    expect(codes(await app.gql(`query ($f: ID!) { opportunityStudies(factoryId: $f) { totalCount } }`, { f: live.factory.gid }, tokens.assessor))).toEqual(['FORBIDDEN']);
  });
});
