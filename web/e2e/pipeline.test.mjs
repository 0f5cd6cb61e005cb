// End-to-end test of the pipeline from idea to launched activity: a facilitator shortlists an idea of a
// room in CONVERGE from the console (the pipeline board, open in another tab, shows it live), scores the
// study, records REWORK then GO (the first shown superseded), opens a call; someone applies from the
// public form on a phone without an account; the facilitator starts the project in the demo cohort,
// chooses the lead, launches it and publishes it in the library, where a search finds it. Board keys,
// funnel chart and CSV, axe-core on the board, the study page and the public form; phone and desktop
// screenshots. Run with `node --test web/e2e/` after `npm run build`.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { seriousViolations } from './axe.mjs';
import { DESKTOP, PHONE, gql, launchBrowser, logIn, openPage, screenshot, screenshots, stepper } from './browser.mjs';
import { startServer } from './server.mjs';

const ROOM_TITLE = 'Atelier alimentation — Plateau de Haye';
const IDEA = 'Cantine solidaire du plateau';
const APPLICANT = 'Awa Diallo';
const COHORT = 'Promotion 2026 (démo)';

/** @type {Awaited<ReturnType<typeof startServer>>} */
let server;
/** @type {import('playwright-core').Browser} */
let browser;
const pageErrors = [];
/** @type {Record<string, import('playwright-core').Page>} */
const pages = {};
const room = { id: '' };
const state = { studyUrl: '', callUrl: '' };
const run = stepper();
const { step } = run;

/** A full-page screenshot at phone and desktop sizes. */
async function shots(page, name) {
  const size = page.viewportSize();
  for (const [suffix, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
    await page.setViewportSize(viewport);
    await screenshot(page, `${suffix}-${name}`);
  }
  if (size) await page.setViewportSize(size);
}

const h1 = (page, name) => page.getByRole('heading', { level: 1, name });
const column = (page, stage) => page.getByRole('region', { name: new RegExp(`^${stage}\\s*:`) });
const status = (page, text) => page.getByRole('status').filter({ hasText: text });

describe('Germoir pipeline: from idea to launched activity', { timeout: 300_000 }, () => {
  test('the built server gets ready and Chromium starts', step(async () => {
    server = await startServer();
    browser = await launchBrowser();
  }));

  after(async () => {
    if (run.failed) for (const [name, page] of Object.entries(pages)) await screenshot(page, `failed-pipeline-${name}`).catch(() => undefined);
    await browser?.close();
    if (run.failed && server) console.log(`# server log (last lines):\n${server.logTail().replace(/^/gm, '# ')}`);
    await server?.stop();
  });

  test('a room in CONVERGE with an idea; the pipeline board shows the demo cohort at several stages', step(async () => {
    const page = (pages.facilitator = await openPage(browser, DESKTOP, { errors: pageErrors }));
    await logIn(page, server.baseUrl);
    const { myFactories } = await gql(page, 'query { myFactories { id } }');
    const created = await gql(page, 'mutation ($input: CreateRoomInput!) { createRoom(input: $input) { id } }', { input: { factoryId: myFactories[0].id, title: ROOM_TITLE } });
    room.id = created.createRoom.id;
    const phase = (p) => gql(page, 'mutation ($roomId: ID!, $phase: Phase!) { setPhase(roomId: $roomId, phase: $phase) { id } }', { roomId: room.id, phase: p });
    await phase('DIVERGE');
    await gql(page, 'mutation ($input: CreateIdeaInput!) { createIdea(input: $input) { id } }', { input: { roomId: room.id, title: IDEA } });
    for (const p of ['CLUSTER', 'VOTE', 'CONVERGE']) await phase(p);

    // The board, in a second tab of the same session, stays open to see the shortlist arrive live.
    const board = (pages.board = await page.context().newPage());
    board.on('pageerror', (error) => pageErrors.push(`${board.url()}: ${error.message}`));
    await board.goto(server.baseUrl);
    await board.getByRole('link', { name: 'Études et projets', exact: true }).click();
    await h1(board, 'Études et projets').waitFor();
    await column(board, 'Lancée').getByRole('link', { name: 'Recyclerie de quartier', exact: true }).waitFor();
    await column(board, 'Accompagnement').getByRole('link', { name: 'Conserverie de légumes locaux', exact: true }).waitFor();
    await column(board, 'Arrêtée').getByRole('link', { name: 'Navette vers les zones d’emploi', exact: true }).waitFor();
  }));

  test('the facilitator shortlists the idea from the console; the board shows it live', step(async () => {
    const page = pages.facilitator;
    await page.goto(`${server.baseUrl}/animer/${room.id}`);
    await page.getByRole('button', { name: `Présélectionner pour une étude : « ${IDEA} »` }).click();
    await column(pages.board, 'Présélectionnée').getByRole('link', { name: IDEA, exact: true }).waitFor();
    await page.getByRole('link', { name: `Ouvrir l’étude : « ${IDEA} »` }).click();
    await h1(page, IDEA).waitFor();
    state.studyUrl = page.url();
    const lineage = page.getByRole('region', { name: 'D’où vient cette étude' });
    await lineage.getByRole('link', { name: ROOM_TITLE }).waitFor();
  }));

  test('the board is keyboard-operable and has no serious accessibility violation', step(async () => {
    const board = pages.board;
    const first = column(board, 'Présélectionnée').getByRole('link').first();
    await first.focus();
    await board.keyboard.press('ArrowRight');
    const focused = await board.evaluate(() => document.activeElement?.closest('section')?.getAttribute('aria-labelledby'));
    assert.equal(focused, 'stage-REWORK', 'ArrowRight goes to the next non-empty column (the demo rework study)');
    await board.keyboard.press('ArrowLeft');
    assert.equal(await board.evaluate(() => document.activeElement?.closest('section')?.getAttribute('aria-labelledby')), 'stage-SHORTLISTED');
    // The columns scroll sideways inside the board; the page itself keeps the window's width.
    assert.equal(await board.evaluate(() => document.documentElement.scrollWidth), DESKTOP.width);
    assert.deepEqual(await seriousViolations(board), [], 'axe on the pipeline board');
    await shots(board, 'pipeline-board');
  }));

  test('the facilitator scores a criterion; the grid shows the count, average and spread', step(async () => {
    const page = pages.facilitator;
    const criterion = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: 'Force du besoin' }) });
    await criterion.getByLabel('Note pour « Force du besoin » (0 à 5)').selectOption('4');
    await criterion.getByLabel('Commentaire sur « Force du besoin »').fill('Besoin confirmé par le centre social.');
    await criterion.getByRole('button', { name: 'Enregistrer la note' }).click();
    await status(criterion, 'Note enregistrée pour « Force du besoin ».').waitFor();
    const row = page.getByRole('row', { name: /Force du besoin/ });
    await row.getByText(/1 note/).first().waitFor();
    await row.getByText(/moyenne 4/).first().waitFor();
    await criterion.getByRole('list', { name: /Notes détaillées/ }).getByText(/Besoin confirmé par le centre social\./).waitFor();
  }));

  test('decisions: REWORK then GO; the first is kept, shown superseded', step(async () => {
    const page = pages.facilitator;
    const panel = page.getByRole('region', { name: 'Décision du comité de pilotage' });
    await panel.getByRole('radio', { name: 'À retravailler' }).check();
    await panel.getByLabel('Membres présents (un par ligne)').fill('Métropole du Grand Nancy\nRégion Grand Est');
    await panel.getByLabel('Motivation').fill('Préciser les partenaires.');
    await panel.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await status(panel, 'Décision enregistrée.').waitFor();
    await panel.getByRole('listitem').filter({ hasText: 'Préciser les partenaires.' }).getByText('En vigueur').waitFor();

    await panel.getByRole('radio', { name: 'Go', exact: true }).check();
    await panel.getByLabel('Membres présents (un par ligne)').fill('Métropole du Grand Nancy\nFrance Active Lorraine');
    await panel.getByLabel('Motivation').fill('Partenaires trouvés : go.');
    await panel.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await panel.getByRole('listitem').filter({ hasText: 'Partenaires trouvés : go.' }).getByText('En vigueur').waitFor();
    await panel.getByRole('listitem').filter({ hasText: 'Préciser les partenaires.' }).getByText('Remplacée').waitFor();
    await page.getByText('Étape : Go').waitFor();
    await column(pages.board, 'Go').getByRole('link', { name: IDEA, exact: true }).waitFor();
  }));

  test('the study page has no serious accessibility violation', step(async () => {
    const page = pages.facilitator;
    assert.deepEqual(await seriousViolations(page), [], 'axe on the study page');
    await shots(page, 'pipeline-study');
  }));

  test('the facilitator opens a call; someone applies from the public form on a phone, without an account', step(async () => {
    const page = pages.facilitator;
    const panel = page.getByRole('region', { name: 'Appel à porteurs et porteuses de projet' });
    await panel.getByLabel('Description de l’appel').fill('Nous cherchons une structure pour ouvrir une cantine solidaire sur le plateau.');
    await panel.getByRole('button', { name: 'Ouvrir l’appel' }).click();
    await status(panel, 'Appel ouvert.').waitFor();
    state.callUrl = (await panel.getByRole('link', { name: /\/appel\// }).textContent()) ?? '';
    assert.match(state.callUrl, /\/appel\/[^/]+$/);
    await column(pages.board, 'Appel ouvert').getByRole('link', { name: IDEA, exact: true }).waitFor();

    const phone = (pages.applicant = await openPage(browser, PHONE, { mobile: true, errors: pageErrors }));
    await phone.goto(state.callUrl);
    await h1(phone, `Candidater : ${IDEA}`).waitFor();
    // Checked before sending: a contact that reaches nobody is refused in the form.
    await phone.getByLabel('Nom et prénom').fill(APPLICANT);
    await phone.getByLabel('E-mail ou téléphone').fill('awa');
    await phone.getByRole('button', { name: 'Envoyer ma candidature' }).click();
    await phone.getByText('Indiquez un e-mail ou un numéro de téléphone valide.').waitFor();
    assert.deepEqual(await seriousViolations(phone), [], 'axe on the public form');
    await phone.getByLabel('E-mail ou téléphone').fill('awa.diallo@example.org');
    await phone.getByLabel('Votre motivation (facultatif)').fill('Je cuisine pour l’association du quartier depuis cinq ans.');
    await phone.getByRole('button', { name: 'Envoyer ma candidature' }).click();
    await phone.getByText(/Merci\s!/).waitFor();
    await screenshot(phone, 'phone-pipeline-apply');

    // The facilitator's study page follows the application live.
    await panel.getByRole('heading', { level: 4, name: APPLICANT }).waitFor();
    await panel.getByText('awa.diallo@example.org · formulaire public', { exact: false }).waitFor();
  }));

  test('the project starts in the demo cohort, the lead is chosen, the activity launches', step(async () => {
    const page = pages.facilitator;
    const panel = page.getByRole('region', { name: 'Appel à porteurs et porteuses de projet' });
    await panel.getByLabel('Promotion').selectOption({ label: COHORT });
    await panel.getByRole('button', { name: 'Démarrer le projet' }).click();
    await status(panel, 'Projet démarré.').waitFor();
    await panel.getByRole('button', { name: `Choisir ${APPLICANT} comme porteur·se` }).click();
    await status(panel, `${APPLICANT} porte le projet.`).waitFor();
    await panel.getByText('Porteur·se du projet').waitFor();
    await column(pages.board, 'Accompagnement').getByRole('link', { name: IDEA, exact: true }).waitFor();

    await panel.getByRole('link', { name: `Projet : ${IDEA}` }).click();
    await h1(page, IDEA).waitFor();
    await page.getByText(`Porté par ${APPLICANT}`).waitFor();
    await page.getByText(`Promotion : ${COHORT}`).waitFor();

    // A milestone, then the key figures, then the launch.
    await page.getByRole('textbox', { name: 'Jalon', exact: true }).fill('Cuisine aménagée');
    await page.getByRole('button', { name: 'Ajouter le jalon' }).click();
    await page.getByRole('button', { name: 'Marquer « Cuisine aménagée » comme fait' }).click();
    await page.getByText(/Cuisine aménagée.*fait le/).waitFor();
    await page.getByRole('spinbutton', { name: 'Emplois' }).fill('3');
    await page.getByLabel('Chiffre d’affaires').selectOption('FROM_50K_TO_200K');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await status(page, 'Projet enregistré.').waitFor();

    await page.getByRole('button', { name: 'Déclarer l’activité lancée' }).click();
    await page.getByText(/Activité lancée le/).waitFor();
    await page.locator('[aria-current="step"]', { hasText: 'Lancée' }).waitFor();
    await column(pages.board, 'Lancée').getByRole('link', { name: IDEA, exact: true }).waitFor();
  }));

  test('the launched project is published in the library and found by its search', step(async () => {
    const page = pages.facilitator;
    const panel = page.getByRole('region', { name: 'Publier dans la bibliothèque' });
    await panel.getByLabel('Source (titre)').fill('Compte rendu du comité de pilotage');
    await panel.getByLabel('Source (adresse)').fill('https://example.org/comite-cantine');
    await panel.getByRole('button', { name: 'Publier dans la bibliothèque' }).click();
    await panel.getByRole('link', { name: `Voir la fiche « ${IDEA} » dans la bibliothèque` }).click();
    await h1(page, IDEA).waitFor();
    await page.getByText(/Lancée par .* \(fabrique à projets\)/).first().waitFor();
    await shots(page, 'pipeline-library-record');

    await page.getByRole('link', { name: 'Bibliothèque', exact: true }).click();
    await page.getByLabel('Rechercher une initiative').fill('cantine solidaire');
    await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
    await page.getByRole('region', { name: /fiches?/ }).getByRole('link', { name: IDEA, exact: true }).waitFor();
  }));

  test('the funnel shows a chart and downloads its CSV', step(async () => {
    const page = pages.facilitator;
    await page.goto(`${server.baseUrl}/pipeline/entonnoir`);
    await h1(page, 'Entonnoir pour les financeurs').waitFor();
    const chart = page.getByRole('figure');
    await chart.getByText('Besoins repérés').waitFor();
    const launched = Number((await chart.getByRole('listitem').filter({ hasText: 'Lancées' }).locator('.bar-chart__value').textContent())?.match(/\d+/)?.[0]);
    assert.ok(launched >= 3, `${launched} launched in the factory (2 in the demo data and ours)`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger en CSV' }).click()]);
    const csv = await readFile(await download.path(), 'utf8');
    assert.match(csv.split('\n')[0] ?? '', /launched/i);
    assert.match(csv, /Promotion 2026 \(démo\)/);
    await shots(page, 'pipeline-funnel');
  }));

  test('an owner shares launched projects as open data: readable without an account', step(async () => {
    const page = pages.facilitator;
    // Controlled by the server's answer: a click, then the confirmation.
    await page.getByRole('checkbox', { name: 'Publier les projets lancés en open data' }).click();
    await status(page, 'Les projets lancés sont publiés en open data.').waitFor();
    const { myFactories } = await gql(page, 'query { myFactories { id } }');
    // From the applicant's phone, which has no session.
    const { openDataProjects } = await gql(pages.applicant, 'query ($id: ID!) { openDataProjects(factoryId: $id) { title jobs } }', { id: myFactories[0].id });
    assert.deepEqual(openDataProjects.find((p) => p.title === IDEA), { title: IDEA, jobs: 3 });
  }));

  test('the factory’s grid gets a new criterion, moved up, shown on the study', step(async () => {
    const page = pages.facilitator;
    await page.getByRole('link', { name: 'Tableau', exact: true }).click();
    await page.getByText('Critères de la grille d’évaluation').click();
    await page.getByLabel('Nouveau critère').fill('Accessibilité en transports');
    await page.getByRole('button', { name: 'Ajouter le critère' }).click();
    await status(page, 'Accessibilité en transports » ajouté à la grille.').waitFor();
    await page.getByRole('button', { name: 'Monter « Accessibilité en transports »' }).click();
    await status(page, 'maintenant en position 5').waitFor();
    await page.goto(state.studyUrl);
    await page.getByRole('row', { name: /Accessibilité en transports/ }).waitFor();
    const names = await page.getByRole('table').first().locator('tbody th').allTextContents();
    assert.equal(names.length, 6);
    assert.equal(names[4], 'Accessibilité en transports');
  }));

  test('no uncaught error in any page', () => {
    assert.deepEqual(pageErrors, []);
    assert.ok(path.isAbsolute(screenshots));
  });
});
