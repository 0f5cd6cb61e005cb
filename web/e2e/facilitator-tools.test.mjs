// End-to-end test of two facilitator screens: API tokens (create with a scope, secret shown once and
// copied, the token works, revoke with confirmation, it stops working) and the needs board (record a need
// with a source, filter, edit, archive, reopen). axe-core on both; screenshots on a phone and a desktop.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { seriousViolations } from './axe.mjs';
import { DESKTOP, PHONE, logIn, openPage, screenshot, stepper, withServerAndBrowser } from './browser.mjs';

const NEED = "Pas de garde d'enfants le soir à Haussonville";
let env;
let page;
const errors = [];
const pageState = { secret: '' };
const run = stepper();
const { step } = run;
const h1 = (name) => page.getByRole('heading', { level: 1, name });

async function askWithToken(token) {
  const response = await fetch(`${env.server.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ myFactories { name } }' }),
  });
  return { status: response.status, body: await response.json() };
}

describe('Facilitator tools: API tokens and the needs board', { timeout: 240_000 }, () => {
  env = withServerAndBrowser(run);

  test('the demo owner signs in', step(async () => {
    page = await openPage(env.browser, DESKTOP, { errors });
    await logIn(page, env.server.baseUrl);
  }));

  test('an owner creates a read token: the secret is shown once, copied, and works', step(async () => {
    await page.getByRole('link', { name: "Jetons d'API" }).click();
    await h1("Jetons d'API").waitFor();
    await page.getByRole('button', { name: 'Créer le jeton' }).click();
    await page.getByText('Donnez un nom au jeton.').waitFor();
    await page.getByLabel("Nom de l'outil").fill('Observatoire départemental');
    await page.getByRole('button', { name: 'Créer le jeton' }).click();
    await page.getByRole('heading', { name: /Nouveau jeton «.Observatoire départemental/ }).waitFor();
    const secret = await page.getByLabel('Jeton secret').inputValue();
    assert.ok(secret.length >= 20, 'a secret is shown');
    await page.getByRole('button', { name: 'Copier le jeton' }).click();
    await page.getByRole('status').filter({ hasText: 'Jeton copié dans le presse-papiers.' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), secret);
    await page.getByRole('listitem').filter({ hasText: 'Observatoire départemental' }).getByText('Droits : Lecture').waitFor();
    await screenshot(page, 'desktop-tokens');
    assert.deepEqual(await seriousViolations(page), []);

    const answer = await askWithToken(secret);
    assert.equal(answer.status, 200);
    assert.ok(answer.body.data.myFactories.length > 0, JSON.stringify(answer.body));

    // Shown once: hiding it leaves no trace of the secret on the page.
    await page.getByRole('button', { name: "C'est noté, masquer le jeton" }).click();
    assert.equal(await page.getByLabel('Jeton secret').count(), 0);
    assert.equal(await page.getByText(secret).count(), 0);
    pageState.secret = secret;
  }));

  test('revoking asks for confirmation, then the token stops working', step(async () => {
    const item = page.getByRole('listitem').filter({ hasText: 'Observatoire départemental' });
    await item.getByRole('button', { name: /^Révoquer le jeton/ }).click();
    await item.getByRole('button', { name: 'Annuler' }).click();
    assert.equal(await item.getByText('Actif').count(), 1, 'cancelling keeps the token');
    await item.getByRole('button', { name: /^Révoquer le jeton/ }).click();
    await item.getByRole('button', { name: /^Confirmer la révocation/ }).click();
    await item.getByText(/^Révoqué le/).waitFor();
    const answer = await askWithToken(pageState.secret);
    assert.equal(answer.status, 401);
    assert.equal(answer.body.errors[0].extensions.code, 'UNAUTHENTICATED');
  }));

  test('the needs board records a need with a source, filters, edits, archives and reopens it', step(async () => {
    await page.getByRole('link', { name: 'Besoins', exact: true }).click();
    await h1('Besoins du territoire').waitFor();
    await page.getByRole('heading', { name: /^Besoins \(\d+\)$/ }).waitFor();

    await page.getByRole('button', { name: 'Nouveau besoin' }).click();
    const form = page.getByRole('form', { name: 'Nouveau besoin' });
    await form.getByRole('button', { name: 'Enregistrer le besoin' }).click();
    await form.getByText("L'énoncé doit faire entre 3 et 200 caractères.").waitFor();
    await form.getByText('Choisissez un thème.').waitFor();
    await form.getByLabel('Énoncé du besoin').fill(NEED);
    await form.getByLabel('Constats').fill('Douze familles monoparentales en parlent au centre social.');
    await form.getByLabel('Remonté par').fill('Centre social Jolibois');
    await form.getByLabel('Thème').selectOption({ index: 1 });
    await form.getByLabel('Territoire').selectOption({ index: 1 });
    await form.getByRole('button', { name: 'Ajouter une source' }).click();
    await form.getByLabel('Titre de la source 1').fill('Diagnostic social 2025');
    await form.getByLabel('Adresse de la source 1').fill('pas une adresse');
    await form.getByRole('button', { name: 'Enregistrer le besoin' }).click();
    await form.getByText('Une adresse commençant par http:// ou https://.').waitFor();
    await form.getByLabel('Adresse de la source 1').fill('https://example.org/diagnostic-2025');
    await screenshot(page, 'desktop-needs-form');
    assert.deepEqual(await seriousViolations(page), []);
    await form.getByRole('button', { name: 'Enregistrer le besoin' }).click();
    await page.getByRole('status').filter({ hasText: /Besoin «.Pas de garde d'enfants le soir à Haussonville.» enregistré/ }).waitFor();

    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: NEED }) });
    await card.getByRole('link', { name: 'Diagnostic social 2025' }).waitFor();
    await card.getByText('Remonté par Centre social Jolibois').waitFor();

    // Words filter (accents and case do not matter), kept in the address.
    const search = page.getByRole('search', { name: 'Filtrer les besoins' });
    await search.getByLabel('Mots').fill('GARDE ENFANTS');
    await search.getByRole('button', { name: 'Rechercher' }).click();
    await page.getByRole('heading', { name: 'Besoins (1)' }).waitFor();
    assert.match(page.url(), /q=GARDE\+ENFANTS/);
    // Theme and territory filters: the need's own keep it, another theme drops it.
    const themeOfNeed = (await card.locator('.need__tags .tag').nth(1).textContent())?.trim() ?? '';
    await search.getByLabel('Thème').selectOption({ label: themeOfNeed });
    await page.getByRole('heading', { name: 'Besoins (1)' }).waitFor();
    const otherTheme = (await search.getByLabel('Thème').locator('option').allTextContents()).find((label) => label !== themeOfNeed && label !== 'Tous les thèmes');
    await search.getByLabel('Thème').selectOption({ label: otherTheme });
    await page.getByText('Aucun besoin ne correspond à ces critères.').waitFor();
    await search.getByLabel('Thème').selectOption({ label: 'Tous les thèmes' });
    const territoryOfNeed = (await card.locator('.need__tags .tag').nth(2).textContent())?.trim() ?? '';
    await search.getByLabel('Territoire').selectOption({ label: territoryOfNeed });
    await page.getByRole('heading', { name: 'Besoins (1)' }).waitFor();
    assert.match(page.url(), /territoire=/);
    await screenshot(page, 'desktop-needs');
    assert.deepEqual(await seriousViolations(page), []);

    // Edit: the status moves on.
    await card.getByRole('button', { name: /^Modifier le besoin/ }).click();
    const edit = page.getByRole('form', { name: /^Modifier «/ });
    await edit.getByLabel('État').selectOption({ label: 'En travail' });
    await edit.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await card.getByText('En travail', { exact: true }).waitFor();

    // Archive, with confirmation: it leaves the list, and is found among archived needs, then reopened.
    await card.getByRole('button', { name: /^Archiver le besoin/ }).click();
    await card.getByRole('button', { name: /^Confirmer l'archivage/ }).click();
    await page.getByText('Aucun besoin ne correspond à ces critères.').waitFor();
    await search.getByLabel('État').selectOption({ label: 'Archivé' });
    await card.getByText('Archivé', { exact: true }).waitFor();
    await card.getByRole('button', { name: /^Rouvrir le besoin/ }).click();
    await page.getByText('Aucun besoin ne correspond à ces critères.').waitFor();
    await search.getByLabel('État').selectOption({ label: 'En cours (hors archivés)' });
    await card.getByText('Ouvert', { exact: true }).waitFor();
  }));

  test('on a phone, both screens fit the width', step(async () => {
    const phone = await openPage(env.browser, PHONE, { mobile: true, errors });
    await logIn(phone, env.server.baseUrl);
    for (const [path, name, loaded] of [['/besoins', 'phone-needs', /^Besoins \(\d+\)$/], ['/jetons', 'phone-tokens', /^Jetons de la fabrique \(\d+\)$/]]) {
      await phone.goto(`${env.server.baseUrl}${path}`);
      await phone.getByRole('heading', { level: 2, name: loaded }).waitFor();
      await screenshot(phone, name);
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${path} is ${overflow}px wider than the phone`);
    }
    await phone.context().close();
  }));

  test('a facilitator who does not own the factory works on its needs but sees no token', step(async () => {
    const sami = await openPage(env.browser, DESKTOP, { errors });
    await logIn(sami, env.server.baseUrl, { email: 'animation@germoir.local', password: 'germoir-demo' });
    await sami.getByRole('link', { name: "Jetons d'API" }).click();
    await sami.getByText("Seul·es les responsables d'une fabrique gèrent ses jetons.").waitFor();
    assert.equal(await sami.getByRole('button', { name: 'Créer le jeton' }).count(), 0);
    await sami.getByRole('link', { name: 'Besoins', exact: true }).click();
    await sami.getByRole('heading', { name: /^Besoins \(\d+\)$/ }).waitFor();
    await sami.context().close();
  }));

  test('no uncaught error in the pages', () => {
    assert.deepEqual(errors, []);
  });
});
