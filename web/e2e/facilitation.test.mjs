// End-to-end test of the facilitator's tools: a participant on a phone, a facilitator on a desktop.
// Grouping and merging by drag and drop (with a confirmation), changing the room's rules after creation
// (the participant's board follows), placing ideas on the impact/feasibility matrix with the keyboard and
// with the pointer (the participant's results and the printable summary show it), axe-core on the console
// with the matrix visible. Run with `node --test web/e2e/` after `npm run build`.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, describe, test } from 'node:test';
import { seriousViolations } from './axe.mjs';
import { DESKTOP, PHONE, launchBrowser, logIn, openPage, screenshot, stepper } from './browser.mjs';
import { startServer } from './server.mjs';

const ROOM_TITLE = 'Atelier matrice — Laxou';
const GARDEN = 'Jardin partagé';
const GARDEN_TWIN = 'Potager collectif';
const GROCERY = 'Épicerie solidaire';
const CLUSTER = 'Alimentation';

let server;
let browser;
const errors = [];
/** @type {Record<string, import('playwright-core').Page>} */
const pages = {};
const run = stepper();
const { step } = run;

const currentStep = (page) => page.locator('.stepper button[aria-current="step"]');
const ideaHeading = (page, title) => page.getByRole('heading', { name: title, exact: true });
const matrix = (page) => page.getByRole('region', { name: 'Matrice impact / faisabilité' });

async function nextPhase(expected) {
  await pages.facilitator.getByRole('button', { name: 'Étape suivante' }).click();
  await currentStep(pages.facilitator).filter({ hasText: expected }).waitFor();
}

/** Drags `from` (a locator) with the mouse to the centre of `to`, or to a point given by `at(box)`. */
async function drag(page, from, to, at = (box) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 })) {
  const start = await from.boundingBox();
  const end = at(await to.boundingBox());
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(start.x + start.width / 2 + 10, start.y + start.height / 2 + 10, { steps: 3 });
  await page.mouse.move(end.x, end.y, { steps: 8 });
  await page.mouse.up();
  // dnd-kit swallows clicks for 50 ms after a drop (the click the browser makes from the releasing press):
  // a person never clicks that fast, the test would (e.g. "Fusionner" in the dialog the drop opens).
  await page.waitForTimeout(100);
}

describe('Facilitation: drag and drop, room rules, impact/feasibility matrix', { timeout: 240_000 }, () => {
  test('the built server gets ready and Chromium starts', step(async () => {
    server = await startServer();
    browser = await launchBrowser();
  }));

  after(async () => {
    if (run.failed) for (const [name, page] of Object.entries(pages)) await screenshot(page, `failed-facilitation-${name}`).catch(() => undefined);
    await browser?.close();
    if (run.failed && server) console.log(`# server log (last lines):\n${server.logTail().replace(/^/gm, '# ')}`);
    await server?.stop();
  });

  test('a facilitator opens a room, a participant joins on a phone and writes three ideas', step(async () => {
    // A tall desktop window: a drag starts and ends on screen (the mouse cannot point outside it).
    const facilitator = (pages.facilitator = await openPage(browser, { ...DESKTOP, height: 1800 }, { errors }));
    await logIn(facilitator, server.baseUrl);
    await facilitator.getByText('Créer une séance').click();
    await facilitator.getByLabel('Titre de la séance').fill(ROOM_TITLE);
    await facilitator.getByLabel('Gommettes par personne').fill('3');
    await facilitator.getByRole('button', { name: 'Créer la séance' }).click();
    const code = (await facilitator.getByTestId('room-code').textContent())?.trim() ?? '';
    await nextPhase('Idées');

    const awa = (pages.awa = await openPage(browser, PHONE, { mobile: true, errors }));
    await awa.goto(`${server.baseUrl}/r/${code}`);
    await awa.getByLabel('Votre prénom ou pseudo').fill('Awa');
    await awa.getByRole('button', { name: 'Rejoindre' }).click();
    await awa.getByRole('heading', { level: 1, name: ROOM_TITLE }).waitFor();
    for (const title of [GARDEN, GARDEN_TWIN, GROCERY]) {
      await awa.getByLabel("Titre de l'idée").fill(title);
      await awa.getByRole('button', { name: "Ajouter l'idée" }).click();
      await awa.getByRole('status').filter({ hasText: new RegExp(`Idée «.${title}.» ajoutée`) }).waitFor();
      await ideaHeading(facilitator, title).waitFor();
    }
  }));

  test('the facilitator drags an idea into a group, and one idea onto another to merge them after confirming', step(async () => {
    const { facilitator, awa } = pages;
    await nextPhase('Regroupement');
    await facilitator.getByLabel('Nom du nouveau groupe').fill(CLUSTER);
    await facilitator.getByRole('button', { name: 'Créer le groupe' }).click();
    const group = facilitator.getByRole('heading', { name: new RegExp(`^${CLUSTER}`) });
    await group.waitFor();

    const handle = (title) => facilitator.locator('article', { has: ideaHeading(facilitator, title) }).locator('[data-drag-idea]');
    await drag(facilitator, handle(GROCERY), group);
    await facilitator.getByText(`«\u00a0${GROCERY}\u00a0» rangée dans «\u00a0${CLUSTER}\u00a0».`).waitFor();
    assert.equal(await facilitator.getByRole('combobox', { name: `Groupe de «\u00a0${GROCERY}\u00a0»` }).locator('option:checked').textContent(), CLUSTER);
    await awa.getByRole('heading', { name: new RegExp(`^${CLUSTER}`) }).waitFor();

    await drag(facilitator, handle(GARDEN_TWIN), ideaHeading(facilitator, GARDEN));
    const dialog = facilitator.getByRole('dialog', { name: `Fusionner «\u00a0${GARDEN_TWIN}\u00a0» dans «\u00a0${GARDEN}\u00a0»\u00a0?` });
    await dialog.waitFor();
    await screenshot(facilitator, 'desktop-console-merge-dialog');
    // Cancelling changes nothing; confirming merges.
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await ideaHeading(awa, GARDEN_TWIN).count(), 1);
    await drag(facilitator, handle(GARDEN_TWIN), ideaHeading(facilitator, GARDEN));
    await dialog.getByRole('button', { name: 'Fusionner' }).click();
    await facilitator.getByText(`Idées fusionnées dans «\u00a0${GARDEN}\u00a0».`).waitFor();
    await ideaHeading(awa, GARDEN_TWIN).waitFor({ state: 'detached' });
    await ideaHeading(facilitator, GARDEN_TWIN).waitFor({ state: 'detached' });
  }));

  test('the facilitator gives everyone more dots while voting; the participant’s budget follows', step(async () => {
    const { facilitator, awa } = pages;
    await nextPhase('Vote');
    await awa.getByText('Gommettes restantes\u00a0: 3 sur 3').waitFor();
    await facilitator.getByText('Modifier les règles de la séance').click();
    const perPerson = facilitator.getByLabel('Gommettes par personne');
    assert.equal(await perPerson.inputValue(), '3');
    await perPerson.fill('5');
    await facilitator.getByRole('button', { name: 'Enregistrer les règles' }).click();
    await facilitator.getByText('Règles enregistrées', { exact: false }).waitFor();
    await awa.getByText('Gommettes restantes\u00a0: 5 sur 5').waitFor();
    // A rule the API refuses (more per idea than per person) is shown on the field.
    await facilitator.getByLabel('Gommettes au plus par idée').fill('9');
    await facilitator.getByRole('button', { name: 'Enregistrer les règles' }).click();
    await facilitator.getByText('Entre 1 et 100, et pas plus par idée que par personne.').waitFor();
    await facilitator.getByRole('button', { name: 'Annuler les changements' }).click();
  }));

  test('in the results, the facilitator places ideas on the matrix with the keyboard and by dragging; the participant sees them', step(async () => {
    const { facilitator, awa } = pages;
    await nextPhase('Convergence');
    const board = matrix(facilitator);
    await board.waitFor();
    await board.getByRole('button', { name: `Placer «\u00a0${GARDEN}\u00a0» sur la matrice` }).focus();
    await facilitator.keyboard.press('Enter');
    const point = board.getByRole('button', { name: new RegExp(`^\\d+ · «.${GARDEN}`) });
    await point.waitFor();
    assert.equal(await point.evaluate((el) => el === document.activeElement), true, 'the placed point has the focus');
    for (const key of ['ArrowUp', 'ArrowUp', 'ArrowUp', 'ArrowUp', 'ArrowRight', 'Shift+ArrowRight']) await facilitator.keyboard.press(key);
    const where = 'impact 70/100, faisabilité 75/100 (Priorités)';
    await board.getByText(`«\u00a0${GARDEN}\u00a0»\u00a0: ${where}.`).waitFor({ state: 'attached' }); // the live announcement
    assert.match((await point.getAttribute('aria-label')) ?? '', new RegExp(where.replace(/[()/]/g, '\\$&')));

    // The grocery goes to the lower left quarter by pointer: dragged from the list onto the plot.
    const plot = board.locator('.matrix__plot');
    await drag(facilitator, board.getByRole('button', { name: `Placer «\u00a0${GROCERY}\u00a0» sur la matrice` }), plot, (box) => ({ x: box.x + box.width * 0.2, y: box.y + box.height * 0.9 }));
    await board.getByRole('button', { name: new RegExp(`^\\d+ · «.${GROCERY}.*impact 10/100, faisabilité 20/100`) }).waitFor();
    await screenshot(facilitator, 'desktop-console-matrix');
    assert.deepEqual(await seriousViolations(facilitator), [], 'axe on the console with the matrix');

    // The participant's results show both, live.
    await awa.getByText(`${GARDEN} — ${where}`).waitFor();
    await awa.getByText(`${GROCERY} — impact 10/100, faisabilité 20/100 (À mettre de côté)`).waitFor();
    await screenshot(awa, 'phone-results-matrix');

    // The CSV export carries the places.
    const [download] = await Promise.all([facilitator.waitForEvent('download'), facilitator.getByRole('button', { name: 'Exporter en CSV' }).click()]);
    const csv = await readFile(await download.path(), 'utf8');
    assert.match(csv, new RegExp(`;${GARDEN};.*;Awa;70;75\r\n`));
    assert.match(csv, new RegExp(`;${GROCERY};.*;Awa;10;20\r\n`));

    // Delete takes an idea off the matrix; the focus goes to the button that places it again.
    await board.getByRole('button', { name: new RegExp(`^\\d+ · «.${GROCERY}`) }).focus();
    await facilitator.keyboard.press('Delete');
    const placeAgain = board.getByRole('button', { name: `Placer «\u00a0${GROCERY}\u00a0» sur la matrice` });
    await placeAgain.waitFor();
    assert.equal(await placeAgain.evaluate((el) => el === document.activeElement), true, 'the focus is on “Placer”');
    await awa.getByText(`${GROCERY} — impact 10/100`).waitFor({ state: 'detached' });

    // The printable summary shows the matrix too, after a reload (from the server).
    await facilitator.getByRole('link', { name: 'Synthèse imprimable' }).click();
    await facilitator.getByText(`${GARDEN} — ${where}`).waitFor();
    assert.deepEqual(errors, []);
  }));
});
