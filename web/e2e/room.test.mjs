// End-to-end test of a live ideation room: one facilitator on a desktop, two participants
// on phones, a real server, a real Chromium. Run with `node --test web/e2e/` after `npm run build`.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { seriousViolations } from './axe.mjs';
import { DESKTOP, FACILITATOR, PHONE, launchBrowser, openPage, screenshot as shot } from './browser.mjs';
import { startServer } from './server.mjs';

const ROOM_TITLE = 'Atelier idées — Haussonville';
const IDEA_AWA = 'Recyclerie de quartier';
const IDEA_BASTIEN = 'Conserverie bio solidaire';
const IDEA_DUPLICATE = 'Conserverie de fruits';
const CLUSTER = 'Économie circulaire';

/** @type {Awaited<ReturnType<typeof startServer>>} */
let server;
/** @type {import('playwright-core').Browser} */
let browser;
let failed = false;
const pageErrors = [];
/** @type {Record<string, import('playwright-core').Page>} */
const pages = {};
let roomCode = '';
/** `afterSeq` of every roomEvents subscription Bastien's page sends, in order. */
const bastienSubscriptions = [];
let roomPath = '';

function newPage(viewport, mobile) {
  return openPage(browser, viewport, { mobile, errors: pageErrors });
}

const h1 = (page, name) => page.getByRole('heading', { level: 1, name });
/** Names with non-breaking spaces and French quotes: match loosely. */
const loose = (text) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s'), 'i');
const ideaHeading = (page, title) => page.getByRole('heading', { name: title, exact: true });
const currentStep = (page) => page.locator('.stepper button[aria-current="step"]');
const addDot = (page, title) => page.getByRole('button', { name: new RegExp(`Ajouter une gommette à «.${title}`) });
const liveStatus = (page, text) => page.locator('.status-pill').filter({ hasText: text });

const step = (fn) => async (t) => {
  try {
    await fn(t);
  } catch (error) {
    failed = true;
    throw error;
  }
};

async function nextPhase(expected) {
  const facilitator = pages.facilitator;
  await facilitator.getByRole('button', { name: 'Étape suivante' }).click();
  await currentStep(facilitator).filter({ hasText: expected }).waitFor();
}

describe('Germoir live room', { timeout: 240_000 }, () => {
  test('the built server gets ready and Chromium starts', step(async () => {
    server = await startServer();
    browser = await launchBrowser();
  }));

  after(async () => {
    await browser?.close();
    if (failed && server) console.log(`# server log (last lines):\n${server.logTail().replace(/^/gm, '# ')}`);
    await server?.stop();
  });

  test('a facilitator logs in, creates a room with its rules and opens its console', step(async () => {
    const page = (pages.facilitator = await newPage(DESKTOP, false));
    await page.goto(`${server.baseUrl}/login`);
    await page.getByLabel('Adresse e-mail').fill(FACILITATOR.email);
    await page.getByLabel('Mot de passe').fill(FACILITATOR.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await h1(page, 'Mes fabriques à projets').waitFor();

    await page.getByText('Créer une séance').click();
    await page.getByLabel('Titre de la séance').fill(ROOM_TITLE);
    await page.getByRole('group', { name: 'Besoins travaillés' }).getByRole('checkbox').first().check();
    await page.getByLabel('Gommettes par personne').fill('3');
    await page.getByLabel('Gommettes au plus par idée').fill('2');
    await shot(page, 'desktop-create-room');
    await page.getByRole('button', { name: 'Créer la séance' }).click();

    await h1(page, loose(`Animer : ${ROOM_TITLE}`)).waitFor();
    roomCode = (await page.getByTestId('room-code').textContent())?.trim() ?? '';
    assert.match(roomCode, /^[A-Z0-9]{6}$/);
    roomPath = new URL(page.url()).pathname.replace('/animer/', '/salle/');
    await currentStep(page).filter({ hasText: 'Besoins' }).waitFor();
    await nextPhase('Idées');
  }));

  test('two participants join by code on phones; coming back keeps the same identity', step(async () => {
    const awa = (pages.awa = await newPage(PHONE, true));
    await awa.goto(`${server.baseUrl}/r/${roomCode}`);
    await h1(awa, 'Rejoindre une séance').waitFor();
    assert.equal(await awa.getByLabel('Code de la séance').inputValue(), roomCode);
    await awa.getByLabel('Votre prénom ou pseudo').fill('Awa');
    await shot(awa, 'phone-join');
    await awa.getByRole('button', { name: 'Rejoindre' }).click();
    await h1(awa, ROOM_TITLE).waitFor();
    assert.equal(new URL(awa.url()).pathname, roomPath);
    await awa.getByText(loose('Vous : Awa')).waitFor();

    const bastien = (pages.bastien = await newPage(PHONE, true));
    bastien.on('websocket', (socket) =>
      socket.on('framesent', ({ payload }) => {
        const message = typeof payload === 'string' ? JSON.parse(payload) : null;
        if (message?.type === 'subscribe' && message.payload?.operationName === 'RoomEvents') bastienSubscriptions.push(message.payload.variables.afterSeq);
      }),
    );
    await bastien.goto(server.baseUrl);
    await bastien.getByLabel('Code de la séance').fill('ZZZZ99');
    await bastien.getByLabel('Votre prénom ou pseudo').fill('Bastien');
    await bastien.getByRole('button', { name: 'Rejoindre' }).click();
    await bastien.getByText('Aucune séance ne correspond à ce code.', { exact: false }).waitFor();
    await bastien.getByLabel('Code de la séance').fill(roomCode.toLowerCase());
    await bastien.getByRole('button', { name: 'Rejoindre' }).click();
    await h1(bastien, ROOM_TITLE).waitFor();

    // Awa opens the link again: same seat, no third participant.
    await awa.goto(`${server.baseUrl}/r/${roomCode}`);
    assert.equal(await awa.getByLabel('Votre prénom ou pseudo').inputValue(), 'Awa');
    await awa.getByText('Vous avez déjà rejoint cette séance sur cet appareil', { exact: false }).waitFor();
    await awa.getByRole('button', { name: 'Rejoindre' }).click();
    await h1(awa, ROOM_TITLE).waitFor();
    await awa.evaluate(() => {
      window.__sameDocument = true;
    });

    const facilitator = pages.facilitator;
    await facilitator.getByRole('heading', { name: 'Participant·es (2)' }).waitFor();

    // A locked room refuses newcomers, with a clear message.
    await facilitator.getByRole('button', { name: 'Verrouiller' }).click();
    await facilitator.getByText(loose('Séance verrouillée : personne de nouveau ne peut entrer.')).waitFor();
    const latecomer = await newPage(PHONE, true);
    await latecomer.goto(`${server.baseUrl}/r/${roomCode}`);
    await latecomer.getByLabel('Votre prénom ou pseudo').fill('Chloé');
    await latecomer.getByRole('button', { name: 'Rejoindre' }).click();
    await latecomer.getByRole('alert').filter({ hasText: 'Cette séance est verrouillée' }).waitFor();
    await shot(latecomer, 'phone-join-locked');
    await latecomer.context().close();
    await facilitator.getByRole('button', { name: 'Déverrouiller' }).click();
    await facilitator.getByText(loose('Séance ouverte : on peut la rejoindre avec le code.')).waitFor();

    await facilitator.getByRole('region', { name: /Présent·es \(2\)/ }).waitFor();
    await awa.getByText('Idées', { exact: true }).first().waitFor();
  }));

  test('each adds an idea and both see both ideas live; the timer counts down and pauses', step(async () => {
    const { awa, bastien, facilitator } = pages;
    await facilitator.getByLabel('Durée (minutes)').fill('5');
    await facilitator.getByRole('button', { name: 'Lancer' }).click();
    for (const page of [awa, bastien]) await page.getByRole('timer').filter({ hasText: /^[45]:\d\d$/ }).waitFor();

    await awa.getByLabel("Titre de l'idée").fill(IDEA_AWA);
    await awa.getByLabel('Description (facultatif)').fill('Réparer, revendre et former au réemploi.');
    await awa.getByRole('button', { name: "Ajouter l'idée" }).click();
    await bastien.getByLabel("Titre de l'idée").fill(IDEA_BASTIEN);
    await bastien.getByRole('button', { name: "Ajouter l'idée" }).click();
    await bastien.getByRole('status').filter({ hasText: loose(`Idée « ${IDEA_BASTIEN} » ajoutée.`) }).waitFor();
    await bastien.getByLabel("Titre de l'idée").fill(IDEA_DUPLICATE);
    await bastien.getByRole('button', { name: "Ajouter l'idée" }).click();
    for (const page of [awa, bastien, facilitator]) {
      await ideaHeading(page, IDEA_AWA).waitFor();
      await ideaHeading(page, IDEA_BASTIEN).waitFor();
      await ideaHeading(page, IDEA_DUPLICATE).waitFor();
    }
    // Exactly one card each: the author's mutation result and the live event are the same idea.
    assert.equal(await ideaHeading(awa, IDEA_AWA).count(), 1);
    await awa.getByText('Votre idée').first().waitFor();

    await facilitator.getByRole('button', { name: 'Pause' }).click();
    await awa.getByText('En pause', { exact: true }).waitFor();
    await shot(awa, 'phone-board-ideas');
  }));

  test('join form, board and console have no serious or critical accessibility violation (axe-core)', step(async () => {
    const joinPage = await newPage(PHONE, true);
    await joinPage.goto(`${server.baseUrl}/r/${roomCode}`);
    await joinPage.getByLabel('Votre prénom ou pseudo').waitFor();
    const found = {
      join: await seriousViolations(joinPage),
      board: await seriousViolations(pages.awa),
      console: await seriousViolations(pages.facilitator),
    };
    await joinPage.context().close();
    assert.deepEqual(found, { join: [], board: [], console: [] });
  }));

  test('the facilitator merges two ideas and groups one; the phones follow', step(async () => {
    const { awa, facilitator } = pages;
    await nextPhase('Regroupement');
    await facilitator.getByRole('checkbox', { name: loose(`Sélectionner « ${IDEA_BASTIEN} »`) }).check();
    await facilitator.getByRole('checkbox', { name: loose(`Sélectionner « ${IDEA_DUPLICATE} »`) }).check();
    await facilitator.getByRole('group', { name: 'Fusionner 2 idées' }).getByRole('radio', { name: IDEA_BASTIEN }).check();
    await facilitator.getByRole('button', { name: 'Fusionner', exact: true }).click();
    await awa.getByRole('heading', { name: 'Les idées (2)' }).waitFor();
    assert.equal(await ideaHeading(awa, IDEA_DUPLICATE).count(), 0);
    await awa.getByText('Fusion de 1 idée').waitFor();

    await facilitator.getByLabel('Nom du nouveau groupe').fill(CLUSTER);
    await facilitator.getByRole('button', { name: 'Créer le groupe' }).click();
    await facilitator.getByLabel(loose(`Groupe de « ${IDEA_AWA} »`)).selectOption({ label: CLUSTER });
    await awa.getByRole('heading', { name: `${CLUSTER} (1)` }).waitFor();
    await awa.getByRole('heading', { name: 'Sans groupe (1)' }).waitFor();
  }));

  test('voting: the budget stays visible, the buttons refuse past the cap and the budget', step(async () => {
    const { awa, bastien, facilitator } = pages;
    await nextPhase('Vote');
    await awa.getByText(loose('Gommettes restantes : 3 sur 3')).waitFor();

    await addDot(awa, IDEA_AWA).click();
    await awa.getByText(loose('Gommettes restantes : 2 sur 3')).waitFor();
    await addDot(awa, IDEA_AWA).click();
    await awa.getByText(loose('Vos gommettes : 2 / 2')).waitFor();
    assert.equal(await addDot(awa, IDEA_AWA).isDisabled(), true, 'the per-idea cap disables the button');
    await awa.getByText('Maximum atteint pour cette idée').waitFor();

    await addDot(awa, IDEA_BASTIEN).click();
    await awa.getByText(loose('Gommettes restantes : 0 sur 3')).waitFor();
    await awa.getByText('Vous avez utilisé toutes vos gommettes.').first().waitFor();
    assert.equal(await addDot(awa, IDEA_BASTIEN).isDisabled(), true, 'an empty budget disables every button');
    await awa.getByRole('status').filter({ hasText: loose(`Gommette ajoutée à « ${IDEA_BASTIEN} »`) }).waitFor();
    await shot(awa, 'phone-board-vote');
    const overflow = await awa.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the board is ${overflow}px wider than the phone`);

    // Totals stay hidden from participants until revealed.
    assert.equal(await bastien.getByText(/^Total/).count(), 0);
    await addDot(bastien, IDEA_BASTIEN).click();
    await bastien.getByText(loose('Gommettes restantes : 2 sur 3')).waitFor();

    // The facilitator follows each person's progress live.
    await facilitator.getByRole('row', { name: /Awa/ }).getByText('3 / 3').waitFor();
    await facilitator.getByRole('row', { name: /Bastien/ }).getByText('1 / 3').waitFor();
  }));

  test('the facilitator reveals the tallies and converges; participants see the ranking with its tie', step(async () => {
    const { awa, bastien, facilitator } = pages;
    await facilitator.getByRole('button', { name: 'Dévoiler les résultats' }).click();
    await facilitator.getByText('Totaux du vote visibles par tout le monde.').waitFor();
    await nextPhase('Convergence');
    for (const page of [awa, bastien]) {
      await page.getByRole('heading', { name: 'Résultats du vote' }).waitFor();
      await page.getByText(loose('Gommettes posées : 4. Personnes ayant voté : 2.')).waitFor();
      assert.equal(await page.locator('.bar-chart__item').filter({ hasText: 'ex æquo' }).count(), 2);
    }
    await shot(bastien, 'phone-results');
    await shot(facilitator, 'desktop-console');
  }));

  test('a participant who goes offline catches up when back online, without reloading', step(async () => {
    const { bastien } = pages;
    await bastien.evaluate(() => {
      window.__sameDocument = true;
    });
    const subscribedBefore = bastienSubscriptions.length;
    await bastien.context().setOffline(true);
    await liveStatus(bastien, 'Hors ligne').waitFor();
    await nextPhase('Terminée');
    await sleep(1_500);
    assert.equal(await bastien.getByText('La séance est terminée', { exact: false }).count(), 0, 'the change must not arrive while offline');
    await shot(bastien, 'phone-offline');

    await bastien.context().setOffline(false);
    await bastien.getByText('La séance est terminée', { exact: false }).waitFor({ timeout: 20_000 });
    await liveStatus(bastien, 'En direct').waitFor();
    assert.equal(await bastien.evaluate(() => window.__sameDocument), true, 'no reload');
    // It subscribed again from the last event it had applied, not from the start.
    const resumedFrom = bastienSubscriptions.at(-1);
    assert.ok(bastienSubscriptions.length > subscribedBefore, 'a new subscription after the reconnection');
    assert.ok(Number.isInteger(resumedFrom) && resumedFrom > bastienSubscriptions[0], `resubscribed after seq ${resumedFrom} (first: ${bastienSubscriptions[0]})`);
  }));

  test('results export as CSV and as a printable summary', step(async () => {
    const { facilitator } = pages;
    const [download] = await Promise.all([facilitator.waitForEvent('download'), facilitator.getByRole('button', { name: 'Exporter en CSV' }).click()]);
    const csv = await readFile(await download.path(), 'utf8');
    assert.match(csv, /^\uFEFFRang;Idée;Description;Groupe;Gommettes;Personnes;Auteur·rice;Impact \(0–100\);Faisabilité \(0–100\)\r\n/);
    assert.match(csv, new RegExp(`1;${IDEA_AWA};.*;${CLUSTER};2;1;Awa`));
    assert.match(csv, new RegExp(`1;${IDEA_BASTIEN};;;2;2;Bastien`));

    await facilitator.getByRole('link', { name: 'Synthèse imprimable' }).click();
    await h1(facilitator, loose(`Synthèse : ${ROOM_TITLE}`)).waitFor();
    await facilitator.getByRole('heading', { name: 'Résultats du vote' }).waitFor();
    await shot(facilitator, 'desktop-summary');
    await facilitator.emulateMedia({ media: 'print' });
    assert.equal(await facilitator.getByRole('button', { name: 'Imprimer' }).isVisible(), false);
    await shot(facilitator, 'desktop-summary-print');
    await facilitator.emulateMedia({ media: 'screen' });
  }));

  test('the facilitator removes a participant, who is told so', step(async () => {
    const { awa, facilitator } = pages;
    await facilitator.getByRole('link', { name: "Retour à l'animation" }).click();
    await facilitator.getByRole('button', { name: 'Retirer Awa de la séance' }).click();
    await facilitator.getByRole('button', { name: 'Confirmer le retrait de Awa' }).click();
    await facilitator.getByRole('heading', { name: 'Participant·es (1)' }).waitFor();
    await h1(awa, 'Vous ne faites plus partie de cette séance').waitFor();
    await shot(awa, 'phone-removed');
  }));

  test('no uncaught error in the pages', () => {
    assert.deepEqual(pageErrors, []);
  });
});
