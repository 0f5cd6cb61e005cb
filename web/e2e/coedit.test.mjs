// End-to-end test of co-editing an idea card: two participants on phones type in the same card at the
// same time, see each other there, one of them offline for a while; both texts end up on both screens
// and in the idea itself. Run with `node --test web/e2e/` after `npm run build`.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { seriousViolations } from './axe.mjs';
import { DESKTOP, PHONE, logIn, openPage, screenshot, stepper, withServerAndBrowser } from './browser.mjs';

const ROOM_TITLE = 'Atelier co-écriture — Vandœuvre';
const IDEA = 'Atelier vélo';
const START = 'Réparer les vélos';
const AWA_TYPES = ' avec les habitants';
const BASTIEN_TYPES = 'Ensemble : ';
const NEED = 'Se déplacer';
const NEED_AWA = ' sans voiture';
const NEED_BASTIEN = 'Jeunes : ';

let env;
const errors = [];
const pages = {};
let roomId = '';
const run = stepper();
const { step } = run;

/** The co-editor of the card on a page, and its two fields. */
const editor = (page) => page.getByRole('region', { name: new RegExp(`Modification à plusieurs de «.${IDEA}`) });
const description = (page) => editor(page).getByLabel('Description', { exact: true });
const title = (page) => editor(page).getByLabel('Titre', { exact: true });
const need = (page) => editor(page).getByLabel('Le besoin auquel elle répond', { exact: true });

/** Opens the card's details (need, beneficiaries, economic model) unless they are open already. */
async function openDetails(page) {
  const details = editor(page).locator('details.coedit__details');
  if (!(await details.evaluate((element) => element.open))) await details.locator('summary').click();
  await need(page).waitFor();
}

async function waitForValue(locator, predicate, what) {
  const deadline = Date.now() + 15_000;
  let value = '';
  while (Date.now() < deadline) {
    value = await locator.inputValue();
    if (predicate(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what}: last value ${JSON.stringify(value)}`);
}

async function join(name) {
  const page = await openPage(env.browser, PHONE, { mobile: true, errors });
  await page.goto(`${env.server.baseUrl}/r/${pages.code}`);
  await page.getByLabel('Votre prénom ou pseudo').fill(name);
  await page.getByRole('button', { name: 'Rejoindre' }).click();
  await page.getByRole('heading', { level: 1, name: ROOM_TITLE }).waitFor();
  return page;
}

describe('Co-editing an idea card', { timeout: 240_000 }, () => {
  env = withServerAndBrowser(run);

  test('a facilitator opens a room for ideas; two participants join and one adds an idea', step(async () => {
    const facilitator = (pages.facilitator = await openPage(env.browser, DESKTOP, { errors }));
    await logIn(facilitator, env.server.baseUrl);
    await facilitator.getByText('Créer une séance').click();
    await facilitator.getByLabel('Titre de la séance').fill(ROOM_TITLE);
    await facilitator.getByRole('group', { name: 'Besoins travaillés' }).getByRole('checkbox').first().check();
    await facilitator.getByRole('button', { name: 'Créer la séance' }).click();
    pages.code = (await facilitator.getByTestId('room-code').textContent())?.trim() ?? '';
    roomId = new URL(facilitator.url()).pathname.split('/')[2];
    await facilitator.getByRole('button', { name: 'Étape suivante' }).click();
    await facilitator.locator('.stepper button[aria-current="step"]').filter({ hasText: 'Idées' }).waitFor();

    pages.awa = await join('Awa');
    pages.bastien = await join('Bastien');
    const { awa, bastien } = pages;
    await awa.getByLabel("Titre de l'idée").fill(IDEA);
    await awa.getByLabel('Description (facultatif)').fill(START);
    await awa.getByRole('button', { name: "Ajouter l'idée" }).click();
    await bastien.getByRole('heading', { name: IDEA, exact: true }).waitFor();
  }));

  test('both open the card: each sees the other in it, by name and field; so does a facilitator', step(async () => {
    const { awa, bastien } = pages;
    for (const page of [awa, bastien]) {
      await page.getByRole('button', { name: new RegExp(`^Modifier «.${IDEA}`) }).click();
      await waitForValue(description(page), (v) => v === START, 'the document arrives');
      assert.equal(await title(page).evaluate((element) => element === document.activeElement), true, 'the title takes the focus');
    }
    await description(awa).click();
    await description(bastien).click();
    await editor(awa).getByText(/Bastien\s:\sdans la description/).waitFor();
    await editor(bastien).getByText(/Awa\s:\sdans la description/).waitFor();
    // The arrival was announced politely, once; the others' carets are drawn with their name.
    assert.match((await editor(awa).locator('[aria-live="polite"]').textContent()) ?? '', /Bastien a rejoint la fiche/);
    await bastien.locator('.remote-carets__name', { hasText: 'Awa' }).waitFor();

    // A facilitator opens it from the board too, seen by name; leaving is announced.
    const { facilitator } = pages;
    await facilitator.goto(`${env.server.baseUrl}/salle/${roomId}`);
    await facilitator.getByRole('button', { name: new RegExp(`^Modifier «.${IDEA}`) }).click();
    await editor(facilitator).getByText(/Awa\s:\sdans la description/).waitFor();
    await editor(facilitator).getByText(/Bastien\s:\sdans la description/).waitFor();
    await editor(awa).getByText(/Camille Demo\s:/).waitFor();
    await editor(facilitator).getByRole('button', { name: 'Terminer' }).click();
    await editor(awa).locator('[aria-live="polite"]').filter({ hasText: 'Camille Demo a quitté la fiche.' }).waitFor();
    assert.equal(await editor(awa).getByText(/Camille Demo\s:/).count(), 0);
  }));

  test('they type in the same field at the same time: both texts on both screens', step(async () => {
    const { awa, bastien } = pages;
    await description(awa).press('End');
    await description(bastien).press('Home');
    await Promise.all([description(awa).pressSequentially(AWA_TYPES, { delay: 35 }), description(bastien).pressSequentially(BASTIEN_TYPES, { delay: 35 })]);
    const expected = `${BASTIEN_TYPES}${START}${AWA_TYPES}`;
    for (const page of [awa, bastien]) await waitForValue(description(page), (v) => v === expected, 'converged description');
    // Carets stayed where each person was typing: the next letters land at the end of their own text.
    await description(awa).pressSequentially('.');
    await description(bastien).pressSequentially('!');
    const final = `${BASTIEN_TYPES}!${START}${AWA_TYPES}.`;
    for (const page of [awa, bastien]) await waitForValue(description(page), (v) => v === final, 'carets kept');
    await editor(bastien).getByText('Tout est enregistré.').waitFor();
    // The cards follow too, through the room's events, on every screen (the facilitator's, not in the card).
    for (const page of [awa, bastien, pages.facilitator]) await page.locator('.idea__description', { hasText: final }).waitFor();
    await screenshot(bastien, 'phone-coedit');
    await screenshot(awa, 'phone-coedit-other');
  }));

  test('they type in a structured field of the card (the need) at the same time: both texts on both screens and on the cards', step(async () => {
    const { awa, bastien, facilitator } = pages;
    await openDetails(awa);
    await need(awa).click();
    await need(awa).pressSequentially(NEED, { delay: 20 });
    // Awa typing in the details opens them on Bastien's screen; the summary counts what is filled in.
    await editor(bastien).getByText(/Awa\s:\sdans le besoin/).waitFor();
    await openDetails(bastien);
    await waitForValue(need(bastien), (v) => v === NEED, 'the need arrives');
    await editor(bastien).locator('summary').getByText(/remplis.:.1\/3/).waitFor();
    await need(awa).press('End');
    await need(bastien).click();
    await need(bastien).press('Home');
    await Promise.all([need(awa).pressSequentially(NEED_AWA, { delay: 35 }), need(bastien).pressSequentially(NEED_BASTIEN, { delay: 35 })]);
    const expected = `${NEED_BASTIEN}${NEED}${NEED_AWA}`;
    for (const page of [awa, bastien]) await waitForValue(need(page), (v) => v === expected, 'converged need');
    await editor(awa).getByText('Tout est enregistré.').waitFor();
    // The cards show it, compact, on every screen.
    for (const page of [awa, bastien, facilitator]) await page.locator('.idea__detail', { hasText: expected }).waitFor();
    assert.equal(await facilitator.locator('.idea__detail dt').first().textContent(), 'Besoin');
    await screenshot(bastien, 'phone-coedit-details');
  }));

  test('edits made offline are kept and merge when the network is back', step(async () => {
    const { awa, bastien } = pages;
    await bastien.context().setOffline(true);
    await editor(bastien).getByText(/Hors ligne/).waitFor();
    await title(bastien).press('End');
    await title(bastien).pressSequentially(' partagé');
    await title(awa).press('Home');
    await title(awa).pressSequentially('Grand ');
    await waitForValue(title(awa), (v) => v === `Grand ${IDEA}`, 'Awa’s own edit');
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(await title(awa).inputValue(), `Grand ${IDEA}`, 'nothing arrives from an offline editor');
    await screenshot(bastien, 'phone-coedit-offline');
    await bastien.context().setOffline(false);
    for (const page of [awa, bastien]) await waitForValue(title(page), (v) => v === `Grand ${IDEA} partagé`, 'merged title');
    await editor(bastien).getByText('Tout est enregistré.').waitFor({ timeout: 20_000 });
  }));

  test('the board with a card open has no serious or critical accessibility violation (axe-core)', step(async () => {
    assert.deepEqual(await seriousViolations(pages.awa), []);
  }));

  test('after closing and reloading, the idea holds both texts (board and GraphQL API)', step(async () => {
    const { awa, bastien, facilitator } = pages;
    const final = `${BASTIEN_TYPES}!${START}${AWA_TYPES}.`;
    for (const page of [awa, bastien]) await editor(page).getByRole('button', { name: 'Terminer' }).click();
    await awa.waitForFunction(() => document.activeElement?.textContent === 'Modifier');
    await awa.reload();
    await awa.getByRole('heading', { name: `Grand ${IDEA} partagé`, exact: true }).waitFor();
    await awa.getByText(final, { exact: true }).waitFor();
    const data = await facilitator.evaluate(async (id) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query ($id: ID!) { room(id: $id) { ideas { title description need beneficiaries economicModel } } }', variables: { id } }),
      });
      return response.json();
    }, roomId);
    const needText = `${NEED_BASTIEN}${NEED}${NEED_AWA}`;
    assert.deepEqual(data.data.room.ideas, [{ title: `Grand ${IDEA} partagé`, description: final, need: needText, beneficiaries: '', economicModel: '' }]);
  }));

  test('no uncaught error in the pages', () => {
    assert.deepEqual(errors, []);
  });
});
