// End-to-end test of the benchmark library: a facilitator searches the demo library (a typo, no
// accents), opens a record, links it to an idea of a room and shows it live; a participant on a
// phone sees the reference on the idea's card and the pushed banner. Run with `node --test web/e2e/`
// after `npm run build`.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'node:test';
import { seriousViolations } from './axe.mjs';
import { DESKTOP, PHONE, gql, logIn, openPage, screenshots, stepper, withServerAndBrowser } from './browser.mjs';

// From the demo library (api/src/library/demo-initiatives.ts).
const RECYCLERIE = 'Recyclerie des Deux Rives';
const ENERGIE = 'Énergie citoyenne du Pays de Nied';
const ROOM_TITLE = 'Atelier énergie — Haussonville';
const IDEA = 'Centrale solaire sur le gymnase';
const NOTE = 'Le montage en SCIC et la campagne de souscription';

const pageErrors = [];
/** @type {Record<string, import('playwright-core').Page>} */
const pages = {};
const room = { id: '', code: '' };
const run = stepper();
/** @type {ReturnType<typeof withServerAndBrowser>} */
let env;
const { step } = run;

const newPage = (viewport, mobile = false) => openPage(env.browser, viewport, { mobile, errors: pageErrors });

/** A full-page screenshot at phone and desktop sizes. */
async function shots(page, name) {
  const size = page.viewportSize();
  for (const [suffix, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: path.join(screenshots, `${suffix}-${name}.png`), fullPage: true });
  }
  if (size) await page.setViewportSize(size);
}

const h1 = (page, name) => page.getByRole('heading', { level: 1, name });
/** Names with non-breaking spaces and French quotes: match loosely. */
const loose = (text) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s'), 'i');
const resultLink = (page, name) => page.getByRole('region', { name: /fiches?/ }).getByRole('link', { name, exact: true });

async function search(page, words) {
  await page.getByLabel('Rechercher une initiative').fill(words);
  await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
  await page.getByRole('heading', { name: loose(`pour « ${words} »`) }).waitFor();
}

describe('Germoir benchmark library', { timeout: 240_000 }, () => {
  env = withServerAndBrowser(run);

  test('a facilitator logs in; a room with an idea exists and a participant is in it', step(async () => {
    const page = (pages.facilitator = await newPage(DESKTOP));
    await logIn(page, env.server.baseUrl);

    // The room and its idea are set up through the API: the room screens have their own test.
    const { myFactories } = await gql(page, 'query { myFactories { id } }');
    const created = await gql(page, 'mutation ($input: CreateRoomInput!) { createRoom(input: $input) { id code } }', { input: { factoryId: myFactories[0].id, title: ROOM_TITLE } });
    Object.assign(room, created.createRoom);
    await gql(page, 'mutation ($roomId: ID!) { setPhase(roomId: $roomId, phase: DIVERGE) { id } }', { roomId: room.id });
    await gql(page, 'mutation ($input: CreateIdeaInput!) { createIdea(input: $input) { id } }', { input: { roomId: room.id, title: IDEA } });

    const awa = (pages.awa = await newPage(PHONE, true));
    await awa.goto(`${env.server.baseUrl}/r/${room.code}`);
    await awa.getByLabel('Votre prénom ou pseudo').fill('Awa');
    await awa.getByRole('button', { name: 'Rejoindre' }).click();
    await h1(awa, ROOM_TITLE).waitFor();
    await awa.getByRole('heading', { name: IDEA, exact: true }).waitFor();
  }));

  test('search tolerates a typo and missing accents; the address bar holds the search', step(async () => {
    const page = pages.facilitator;
    await page.getByRole('link', { name: 'Bibliothèque', exact: true }).click();
    await h1(page, 'Bibliothèque de benchmark').waitFor();
    // Without words: the whole library, newest first, a page at a time.
    const total = Number((await page.getByRole('heading', { name: /^\d+\sfiches$/ }).textContent())?.match(/\d+/)?.[0]);
    assert.ok(total > 20, `${total} records in the demo library`);
    await page.getByText(`20 sur ${total}`).waitFor();
    await page.getByRole('button', { name: 'Afficher plus de fiches' }).click();
    await page.getByText(`${total} sur ${total}`).waitFor();
    assert.equal(await page.getByRole('region', { name: /fiches/ }).getByRole('article').count(), total);

    await search(page, 'recylcerie');
    await resultLink(page, RECYCLERIE).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('q'), 'recylcerie');

    await search(page, 'energie citoyenne');
    await resultLink(page, ENERGIE).waitFor();
    const url = new URL(page.url());
    assert.equal(url.pathname, '/bibliotheque');
    assert.equal(url.searchParams.get('q'), 'energie citoyenne');

    // A facet narrows the result and goes into the address: shared, it gives the same search.
    // A facet's state is the address's: it shows checked once the router has moved (not at the click itself).
    await page.getByRole('group', { name: 'Région' }).getByRole('checkbox', { name: /^Grand Est \(\d+\)$/ }).click();
    await page.waitForURL((u) => u.searchParams.get('region') === 'Grand Est');
    await resultLink(page, ENERGIE).waitFor();
    await shots(page, 'library-search');
    const shared = await newPage(DESKTOP);
    await shared.context().addCookies(await page.context().cookies());
    await shared.goto(page.url());
    assert.equal(await shared.getByLabel('Rechercher une initiative').inputValue(), 'energie citoyenne');
    assert.equal(await shared.getByRole('checkbox', { name: /^Grand Est/ }).isChecked(), true);
    await resultLink(shared, ENERGIE).waitFor();
    await shared.context().close();
  }));

  test('the record shows transferability, provenance with dated sources, and its history', step(async () => {
    const page = pages.facilitator;
    await resultLink(page, ENERGIE).click();
    await h1(page, loose(ENERGIE)).waitFor();
    for (const section of ['Transférabilité', 'Provenance', 'Idées qui s’en inspirent', 'Historique']) await page.getByRole('heading', { level: 2, name: section }).waitFor();
    await page.getByText('Adhésion à un réseau').first().waitFor();
    await page.getByText(/consultée le \d{1,2} \S+ \d{4}/).first().waitFor();
    await page.getByText('Aucune idée ne s’en inspire pour l’instant.').waitFor();

    // The English switch translates the screen, dates included.
    await page.getByRole('button', { name: /^EN/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Transferability' }).waitFor();
    await page.getByText(/consulted on [A-Z][a-z]+ \d{1,2}, \d{4}/).first().waitFor();
    await page.getByRole('button', { name: /^FR/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Transférabilité' }).waitFor();
  }));

  test('library search and record pages have no serious or critical accessibility violation (axe-core)', step(async () => {
    const page = pages.facilitator;
    const record = await seriousViolations(page);
    await page.goBack();
    await resultLink(page, ENERGIE).waitFor();
    const searchPage = await seriousViolations(page);
    await resultLink(page, ENERGIE).click();
    await h1(page, loose(ENERGIE)).waitFor();
    assert.deepEqual({ search: searchPage, record }, { search: [], record: [] });
  }));

  test('the facilitator links the record to the idea, with what to transfer; it appears on the board', step(async () => {
    const page = pages.facilitator;
    const form = page.getByRole('form', { name: 'Lier à une idée' });
    await form.getByLabel('Séance').selectOption({ label: ROOM_TITLE });
    await form.getByLabel('Idée', { exact: true }).selectOption({ label: IDEA });
    await form.getByLabel('Ce qu’il faut transférer').fill(NOTE);
    await form.getByRole('button', { name: 'Lier', exact: true }).click();
    await page.getByRole('status').filter({ hasText: loose(`Idée « ${IDEA} » liée.`) }).waitFor();
    const linked = page.getByRole('region', { name: 'Idées qui s’en inspirent' }).getByRole('listitem').filter({ hasText: NOTE });
    await linked.getByText(loose(`${IDEA} — séance « ${ROOM_TITLE} »`)).waitFor();
    await linked.getByText(/^liée par .+ le /).waitFor();
    await shots(page, 'library-record');

    // In the room: the facilitator's board and the participant's phone (opened anew) show the reference.
    const board = await newPage(DESKTOP);
    await board.context().addCookies(await page.context().cookies());
    await board.goto(`${env.server.baseUrl}/salle/${encodeURIComponent(room.id)}`);
    const card = board.getByRole('article', { name: IDEA });
    await card.getByText('S’inspire de 1 initiative', { exact: false }).waitFor();
    await card.getByText(ENERGIE).waitFor();
    await board.context().close();

    const { awa } = pages;
    await awa.reload();
    const phoneCard = awa.getByRole('article', { name: IDEA });
    await phoneCard.getByText(ENERGIE).waitFor();
    await phoneCard.getByText(NOTE, { exact: false }).waitFor();
  }));

  test('the facilitator shows the record in the room: the participant sees it live and dismisses it', step(async () => {
    const page = pages.facilitator;
    const { awa } = pages;
    const form = page.getByRole('form', { name: 'Montrer en séance' });
    await form.getByLabel('Séance').selectOption({ label: ROOM_TITLE });
    await form.getByLabel('Pour l’idée (facultatif)').selectOption({ label: IDEA });
    await form.getByRole('button', { name: 'Montrer à la salle' }).click();
    await page.getByRole('status').filter({ hasText: loose(`Fiche montrée dans la séance « ${ROOM_TITLE} ».`) }).waitFor();

    const banner = awa.getByRole('region', { name: ENERGIE });
    await banner.getByText('Référence partagée par', { exact: false }).waitFor();
    await banner.getByText(loose(`Pour l’idée « ${IDEA} »`)).waitFor();
    await banner.getByRole('link', { name: /./ }).first().waitFor();
    await awa.screenshot({ path: path.join(screenshots, 'phone-board-pushed-reference.png'), fullPage: true });
    const overflow = await awa.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the board is ${overflow}px wider than the phone`);
    await banner.getByRole('button', { name: 'Masquer' }).click();
    await banner.waitFor({ state: 'detached' });
  }));

  test('unlinking removes the idea from the record', step(async () => {
    const page = pages.facilitator;
    await page.getByRole('button', { name: loose(`Retirer le lien avec « ${IDEA} »`) }).click();
    await page.getByText('Aucune idée ne s’en inspire pour l’instant.').waitFor();
  }));

  test('a new record: a likely duplicate is shown while typing, before saving; then it is saved as a draft', step(async () => {
    const page = pages.facilitator;
    await page.getByRole('link', { name: 'Bibliothèque', exact: true }).click();
    await page.getByRole('link', { name: 'Nouvelle fiche' }).click();
    await h1(page, 'Nouvelle fiche').waitFor();
    await page.getByLabel('Nom', { exact: true }).fill('Recyclerie Deux Rives');
    await page.getByLabel('Commune').fill('Metz');
    const warning = page.getByText('Fiches peut-être identiques');
    await warning.waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await page.getByRole('link', { name: RECYCLERIE, exact: true }).waitFor();
    await page.getByLabel('Commune').fill('Nancy');
    await warning.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Enregistrer en brouillon' }).click();
    await h1(page, loose('Recyclerie Deux Rives Brouillon')).waitFor();

    // Without a source it cannot be published; an edit is kept in its history.
    await page.getByRole('button', { name: 'Publier' }).click();
    await page.getByRole('alert').filter({ hasText: 'certaines valeurs sont refusées' }).waitFor();
    await page.getByRole('link', { name: 'Modifier' }).click();
    await h1(page, loose('Modifier : Recyclerie Deux Rives')).waitFor();
    await page.getByLabel('En une ligne').fill('Collecte et réemploi à Nancy');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.getByText('Collecte et réemploi à Nancy').first().waitFor();
    const history = page.getByRole('region', { name: 'Historique' });
    await history.getByText(/^Modification par .+, le /).waitFor();
    await history.getByText(loose('summary : (vide) → Collecte et réemploi à Nancy')).waitFor();
  }));

  test('import: the dry run reports row by row and refuses a bad file; the real import goes once it is fixed; export downloads', step(async () => {
    const page = pages.facilitator;
    await page.getByRole('link', { name: 'Bibliothèque', exact: true }).click();
    await page.getByRole('link', { name: 'Importer ou exporter' }).click();
    await h1(page, 'Importer ou exporter').waitFor();
    const good = 'Atelier couture solidaire;Nancy;Grand Est;Retouches et upcycling;https://example.org/couture;Fiche de démonstration';
    const header = 'name;town;region;summary;sourceUrls;sourceTitles';
    await page.getByLabel('Ou collez le contenu').fill([header, good, ';Nancy;Grand Est;Sans nom;;'].join('\n'));
    await page.getByRole('button', { name: 'Vérifier (essai à blanc)' }).click();
    const report = page.getByRole('region', { name: 'Rapport de l’essai à blanc' });
    await report.getByText('1 à créer, 0 à mettre à jour, 1 refusée(s).').waitFor();
    await report.getByRole('heading', { name: 'Refusées (1)' }).waitFor();
    await report.getByText('Ligne 3').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Importer pour de bon' }).isDisabled(), true);
    await shots(page, 'library-import');
    assert.deepEqual(await seriousViolations(page), []);

    await page.getByLabel('Ou collez le contenu').fill([header, good].join('\n'));
    await page.getByRole('button', { name: 'Vérifier (essai à blanc)' }).click();
    await report.getByText('1 à créer, 0 à mettre à jour, 0 refusée(s).').waitFor();
    await page.getByRole('button', { name: 'Importer pour de bon' }).click();
    await page.getByRole('heading', { name: 'Import terminé' }).waitFor();
    await page.getByRole('link', { name: 'Atelier couture solidaire' }).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter en CSV' }).click()]);
    const csv = await readFile(await download.path(), 'utf8');
    assert.match(csv, /Atelier couture solidaire/);
    assert.match(csv, new RegExp(ENERGIE));
  }));

  test('no uncaught error in the pages', () => {
    assert.deepEqual(pageErrors, []);
  });
});
