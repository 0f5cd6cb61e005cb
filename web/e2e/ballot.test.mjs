// End-to-end test of the room's multi-criteria vote: a participant on a phone, in CONVERGE, scores two
// criteria of the idea the facilitator shortlisted; the scores are saved as chosen, come back after a
// reload, and the facilitator's study page counts them in the room's column. axe-core on the ballot;
// a phone screenshot. Run with `node --test web/e2e/ballot.test.mjs` after `npm run build`.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { seriousViolations } from './axe.mjs';
import { DESKTOP, PHONE, gql, logIn, openPage, screenshot, stepper, withServerAndBrowser } from './browser.mjs';

const ROOM_TITLE = 'Atelier mobilité — Vandœuvre';
const IDEA = 'Garage solidaire de quartier';

const loose = (text) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s'));

describe('Germoir room ballot: participants score the shortlisted ideas', { timeout: 180_000 }, () => {
  const run = stepper();
  const { step } = run;
  const env = withServerAndBrowser(run);
  const pageErrors = [];
  const pages = {};
  const room = { id: '', code: '', studyId: '', criteria: [] };

  test('a participant joins on a phone; the facilitator shortlists an idea in CONVERGE', step(async () => {
    const facilitator = (pages.facilitator = await openPage(env.browser, DESKTOP, { errors: pageErrors }));
    await logIn(facilitator, env.server.baseUrl);
    const { myFactories } = await gql(facilitator, 'query { myFactories { id } }');
    const { createRoom } = await gql(facilitator, 'mutation ($input: CreateRoomInput!) { createRoom(input: $input) { id code } }', { input: { factoryId: myFactories[0].id, title: ROOM_TITLE } });
    Object.assign(room, createRoom);
    const phase = (p) => gql(facilitator, 'mutation ($roomId: ID!, $phase: Phase!) { setPhase(roomId: $roomId, phase: $phase) { id } }', { roomId: room.id, phase: p });
    await phase('DIVERGE');

    const phone = (pages.phone = await openPage(env.browser, PHONE, { mobile: true, errors: pageErrors }));
    await phone.goto(`${env.server.baseUrl}/r/${room.code}`);
    await phone.getByLabel('Votre prénom ou pseudo').fill('Inès');
    await phone.getByRole('button', { name: 'Rejoindre' }).click();
    await phone.getByRole('heading', { level: 1, name: ROOM_TITLE }).waitFor();

    const { createIdea } = await gql(facilitator, 'mutation ($input: CreateIdeaInput!) { createIdea(input: $input) { id } }', { input: { roomId: room.id, title: IDEA } });
    for (const p of ['CLUSTER', 'VOTE', 'CONVERGE']) await phase(p);
    const { shortlistIdea } = await gql(facilitator, 'mutation ($id: ID!) { shortlistIdea(ideaId: $id) { id } }', { id: createIdea.id });
    room.studyId = shortlistIdea.id;
    const { roomBallots } = await gql(facilitator, 'query ($roomId: ID!) { roomBallots(roomId: $roomId) { criteria { id label } } }', { roomId: room.id });
    room.criteria = roomBallots[0].criteria;
    assert.ok(room.criteria.length >= 2, 'the default grid has several criteria');
  }));

  test('the phone shows the ballot; two criteria are scored and saved as chosen', step(async () => {
    const phone = pages.phone;
    // The shortlist has no room event: the ballot loads when CONVERGE starts, then polls; a reload is immediate.
    await phone.reload();
    const ballot = phone.getByRole('region', { name: 'Évaluer les idées retenues' });
    const study = ballot.getByRole('article', { name: IDEA });
    await study.waitFor();
    const [first, second] = room.criteria;
    const group = (criterion) => study.getByRole('group', { name: criterion.label });
    assert.equal(await group(first).getByRole('radio').count(), 6, 'a choice from 0 to 5');
    assert.equal(await group(first).getByRole('radio', { checked: true }).count(), 0, 'nothing chosen yet');
    await group(first).getByText('Pas encore notée').waitFor();

    await group(first).getByRole('radio', { name: '4', exact: true }).check();
    await group(first).getByRole('status').filter({ hasText: loose('Note enregistrée : 4/5') }).waitFor();
    await group(second).getByRole('radio', { name: '2', exact: true }).check();
    await group(second).getByRole('status').filter({ hasText: loose('Note enregistrée : 2/5') }).waitFor();
    await screenshot(phone, 'phone-ballot');

    // Down to a 320 px wide phone: the six choices on one line, nothing wider than the screen.
    await phone.setViewportSize({ width: 320, height: PHONE.height });
    const rows = await group(first).locator('label').evaluateAll((labels) => new Set(labels.map((label) => Math.round(label.getBoundingClientRect().top))).size);
    assert.equal(rows, 1, 'the choices 0–5 on one line');
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the ballot is ${overflow}px wider than the phone`);
    await phone.setViewportSize(PHONE);
    assert.deepEqual(await seriousViolations(phone), [], 'axe on the ballot');
  }));

  test('after a reload the phone shows its scores; the facilitator’s study page counts them', step(async () => {
    const phone = pages.phone;
    await phone.reload();
    const study = phone.getByRole('region', { name: 'Évaluer les idées retenues' }).getByRole('article', { name: IDEA });
    const [first, second, third] = room.criteria;
    await study.getByRole('group', { name: first.label }).getByRole('radio', { name: '4', exact: true, checked: true }).waitFor();
    await study.getByRole('group', { name: second.label }).getByRole('radio', { name: '2', exact: true, checked: true }).waitFor();

    const facilitator = pages.facilitator;
    await facilitator.goto(`${env.server.baseUrl}/pipeline/etude/${encodeURIComponent(room.studyId)}`);
    await facilitator.getByRole('heading', { level: 1, name: IDEA }).waitFor();
    const roomCell = async (criterion) => (await facilitator.getByRole('row', { name: new RegExp(`^${criterion.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).getByRole('cell').nth(1).innerText()).replace(/\s/g, ' ');
    assert.match(await roomCell(first), /^1 note · moyenne 4 · écart 0/);
    assert.match(await roomCell(second), /^1 note · moyenne 2 · écart 0/);
    if (third) assert.equal(await roomCell(third), 'aucune note');
    assert.deepEqual(pageErrors, []);
  }));
});
