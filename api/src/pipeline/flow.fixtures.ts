/* eslint-disable @typescript-eslint/no-explicit-any -- untyped GraphQL results, read by tests only */
/*
 * Shared by the pipeline tests (studies/, projects/, reporting/, pipeline/): a room in CONVERGE with
 * needs, a merge and a library reference, then each step of the pipeline through the public API. Only
 * GraphQL calls: the test harness is passed in, so this module does not depend on test/.
 */

export interface GqlResponse {
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}
export interface GqlApp {
  gql(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResponse>;
}

/** The data of a response, or an error naming what failed. */
export async function must(res: Promise<GqlResponse>): Promise<Record<string, any>> {
  const r = await res;
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!;
}

export const STUDY_FIELDS = `id title summary outcome roomTitle ideaTitle sourceIdeaIds factoryId
  room { id title } idea { id title }
  needs { id title territory { name kind } }
  references { note initiative { id name } }`;

export interface LiveRoom {
  factory: { id: string; gid: string; territory: { gid: string }; qpv: { gid: string } };
  facilitator: string;
  room: { id: string };
  people: { token: string }[];
}

export interface ConvergeSetup {
  needIds: string[];
  /** The idea that stays on the board (two others merged into it). */
  ideaId: string;
  sourceIds: string[];
  /** Another idea on the board, not merged. */
  otherIdeaId: string;
  initiativeId: string;
}

/**
 * Two needs (one in a QPV), three ideas answering them, two merged into the first, one library
 * reference linked to a merged idea, then the room moves to CONVERGE.
 */
export async function convergeRoom(app: GqlApp, live: LiveRoom, themeId: string): Promise<ConvergeSetup> {
  const { factory: f, facilitator: token, room } = live;
  const need = async (title: string, territoryId: string) =>
    (await must(app.gql(`mutation ($input: CreateNeedInput!) { createNeed(input: $input) { id } }`, { input: { factoryId: f.gid, territoryId, themeId, title } }, token))).createNeed.id as string;
  const needIds = [await need('Pas d’atelier vélo dans le quartier', f.qpv.gid), await need('Trop de vélos jetés', f.territory.gid)];
  await must(app.gql(`mutation ($r: ID!) { setPhase(roomId: $r, phase: DIVERGE) { phase } }`, { r: room.id }, token));
  const idea = async (title: string, needs: string[], who = live.people[0]!.token) =>
    (await must(app.gql(`mutation ($input: CreateIdeaInput!) { createIdea(input: $input) { id } }`, { input: { roomId: room.id, title, needIds: needs } }, who))).createIdea.id as string;
  const ideaId = await idea('Atelier vélo solidaire', [needIds[0]!]);
  const sourceIds = [await idea('Réparer les vélos au pied des immeubles', [needIds[1]!], live.people[1]!.token), await idea('Vélo-école', [])];
  const otherIdeaId = await idea('Café associatif', []);
  await must(app.gql(`mutation ($input: MergeIdeasInput!) { mergeIdeas(input: $input) { id } }`, { input: { roomId: room.id, targetId: ideaId, sourceIds } }, token));
  const initiative = await must(
    app.gql(
      `mutation ($input: CreateInitiativeInput!) { createInitiative(input: $input) { initiative { id } } }`,
      { input: { factoryId: f.gid, publish: true, fields: { name: 'Recyclerie du Vélo', sources: [{ url: 'https://example.org/velo', title: 'Site' }] } } },
      token,
    ),
  );
  const initiativeId = initiative.createInitiative.initiative.id as string;
  await must(app.gql(`mutation ($i: ID!, $r: ID!) { linkReference(ideaId: $i, initiativeId: $r, note: "Le modèle d’atelier participatif") { id } }`, { i: sourceIds[0], r: initiativeId }, token));
  await must(app.gql(`mutation ($r: ID!) { setPhase(roomId: $r, phase: CONVERGE) { phase } }`, { r: room.id }, token));
  return { needIds, ideaId, sourceIds, otherIdeaId, initiativeId };
}

export async function shortlist(app: GqlApp, ideaId: string, token: string): Promise<Record<string, any>> {
  return (await must(app.gql(`mutation ($id: ID!) { shortlistIdea(ideaId: $id) { ${STUDY_FIELDS} } }`, { id: ideaId }, token))).shortlistIdea;
}

export const DECIDE = `mutation ($input: RecordDecisionInput!) { recordDecision(input: $input) { id outcome decidedOn members rationale recordedByName studyId supersedes { id outcome } supersededBy { id } } }`;

export async function decide(app: GqlApp, studyId: string, outcome: 'GO' | 'NO_GO' | 'REWORK', token: string, decidedOn = '2026-11-20'): Promise<Record<string, any>> {
  const input = { studyId, outcome, decidedOn, members: ['Région Grand Est', 'France Active'], rationale: `Décision ${outcome}` };
  return (await must(app.gql(DECIDE, { input }, token))).recordDecision;
}

/** GO, a call, one application, the project started in a new cohort, the lead chosen. */
export async function projectWithLead(app: GqlApp, factoryGid: string, studyId: string, token: string, cohortName = 'Promotion 2027'): Promise<{ projectId: string; cohortId: string; callId: string; applicationId: string }> {
  await decide(app, studyId, 'GO', token);
  const call = await must(app.gql(`mutation ($input: OpenCallInput!) { openCall(input: $input) { id } }`, { input: { studyId, description: 'Nous cherchons une personne pour porter l’atelier.', deadline: new Date(Date.now() + 86_400_000).toISOString() } }, token));
  const callId = call.openCall.id as string;
  const applied = await must(app.gql(`mutation ($input: ApplyToCallInput!) { applyToCall(input: $input) { id } }`, { input: { callId, name: 'Alex Martin', contact: 'alex@example.org', motivation: 'Mécanicien vélo' } }));
  const cohort = await must(app.gql(`mutation ($input: CreateCohortInput!) { createCohort(input: $input) { id } }`, { input: { factoryId: factoryGid, name: cohortName, startsOn: '2027-01-01' } }, token));
  const cohortId = cohort.createCohort.id as string;
  const project = await must(app.gql(`mutation ($input: StartProjectInput!) { startProject(input: $input) { id } }`, { input: { studyId, cohortId } }, token));
  const projectId = project.startProject.id as string;
  await must(app.gql(`mutation ($a: ID!) { chooseLead(applicationId: $a) { id } }`, { a: applied.applyToCall.id }, token));
  return { projectId, cohortId, callId, applicationId: applied.applyToCall.id as string };
}
