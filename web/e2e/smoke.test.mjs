// End-to-end smoke test: the built server, a real Chromium, a phone and a desktop.
// Run with `node --test web/e2e/` (or `node web/e2e/run.mjs`) after `npm run build`.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DESKTOP, FACILITATOR, PHONE, launchBrowser, openPage, screenshot as shot } from './browser.mjs';
import { startServer } from './server.mjs';

const FACTORY_NAME = 'Serre à projets';

/** @type {Awaited<ReturnType<typeof startServer>>} */
let server;
/** @type {import('playwright-core').Browser} */
let browser;
let failed = false;
const pageErrors = [];

function newPage(viewport, mobile) {
  if (!server || !browser) throw new Error('no server or browser: see the first test');
  return openPage(browser, viewport, { mobile, errors: pageErrors });
}

const heading = (page, name) => page.getByRole('heading', { level: 1, name });

async function login(page, password = FACILITATOR.password) {
  await page.getByLabel('Adresse e-mail').fill(FACILITATOR.email);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

/** Wraps a test body so that a failure also prints the end of the server log. */
const step = (fn) => async (t) => {
  try {
    await fn(t);
  } catch (error) {
    failed = true;
    throw error;
  }
};

describe('Germoir web smoke test', { timeout: 300_000 }, () => {
  // Starting is a test of its own, so that a missing build or a server that never
  // gets ready is counted as a failure (a failing hook only cancels the tests).
  test('the built server gets ready and Chromium starts', step(async () => {
    server = await startServer();
    browser = await launchBrowser();
  }));

  after(async () => {
    await browser?.close();
    if (failed && server) console.log(`# server log (last lines):\n${server.logTail().replace(/^/gm, '# ')}`);
    await server?.stop();
  });

  describe('on a phone (375×740)', () => {
    /** @type {import('playwright-core').Page} */
    let page;
    before(async () => {
      page = await newPage(PHONE, true);
    });
    after(async () => {
      await page?.context().close();
    });

    test('the welcome page renders in French, fits the screen and starts with a skip link', step(async () => {
      await page.goto(server.baseUrl);
      await heading(page, 'Bienvenue dans Germoir').waitFor();
      assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
      await page.getByRole('heading', { name: 'Rejoindre une séance' }).waitFor();
      await page.getByLabel('Code de la séance').waitFor();
      await page.getByRole('link', { name: 'Connexion animateur·rice' }).waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `page is ${overflow}px wider than the phone`);

      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.textContent);
      assert.equal(focused, 'Aller au contenu');
      await shot(page, 'phone-welcome-fr');
    }));

    test('the room code field explains what is missing', step(async () => {
      await page.getByRole('button', { name: 'Rejoindre' }).click();
      await page.getByText('Saisissez le code de la séance.').waitFor();
      const focusedLabel = await page.evaluate(() => document.activeElement?.getAttribute('name'));
      assert.equal(focusedLabel, 'code');
    }));

    test('switching to English translates the page and persists', step(async () => {
      const english = page.getByRole('button', { name: 'English' });
      assert.equal(await english.getAttribute('aria-pressed'), 'false');
      await english.click();
      await heading(page, 'Welcome to Germoir').waitFor();
      assert.equal(await english.getAttribute('aria-pressed'), 'true');
      assert.equal(await page.locator('html').getAttribute('lang'), 'en');
      await page.reload();
      await heading(page, 'Welcome to Germoir').waitFor();
      await shot(page, 'phone-welcome-en');

      await page.getByRole('button', { name: 'Français' }).click();
      await heading(page, 'Bienvenue dans Germoir').waitFor();
    }));

    test('a wrong password shows a French message', step(async () => {
      await page.getByRole('link', { name: 'Connexion animateur·rice' }).click();
      await heading(page, 'Connexion animateur·rice').waitFor();
      await login(page, 'not-the-password');
      await page.getByRole('alert').filter({ hasText: 'Adresse e-mail ou mot de passe incorrect.' }).waitFor();
      await shot(page, 'phone-login-error');
    }));

    test('the facilitator logs in and sees the factory on the dashboard', step(async () => {
      await login(page);
      await heading(page, 'Mes fabriques à projets').waitFor();
      await page.getByRole('main').getByText(FACTORY_NAME).first().waitFor();
      assert.equal(new URL(page.url()).pathname, '/');
      await shot(page, 'phone-dashboard');
    }));

    test('logging out returns to the welcome page', step(async () => {
      await page.getByRole('button', { name: 'Se déconnecter' }).click();
      await heading(page, 'Bienvenue dans Germoir').waitFor();
      await page.reload();
      await heading(page, 'Bienvenue dans Germoir').waitFor();
      assert.equal(await page.getByRole('button', { name: 'Se déconnecter' }).count(), 0);
    }));

    test('an unknown address shows the not-found page', step(async () => {
      await page.goto(`${server.baseUrl}/nulle-part`);
      await heading(page, 'Page introuvable').waitFor();
    }));
  });

  describe('on a desktop (1280×800)', () => {
    /** @type {import('playwright-core').Page} */
    let page;
    before(async () => {
      page = await newPage(DESKTOP, false);
    });
    after(async () => {
      await page?.context().close();
    });

    test('welcome, login, dashboard and logout', step(async () => {
      await page.goto(server.baseUrl);
      await heading(page, 'Bienvenue dans Germoir').waitFor();
      await shot(page, 'desktop-welcome');
      await page.getByRole('link', { name: 'Connexion animateur·rice' }).click();
      await heading(page, 'Connexion animateur·rice').waitFor();
      await shot(page, 'desktop-login');
      await login(page);
      await page.getByRole('main').getByText(FACTORY_NAME).first().waitFor();
      await shot(page, 'desktop-dashboard');
      await page.getByRole('button', { name: 'Se déconnecter' }).click();
      await heading(page, 'Bienvenue dans Germoir').waitFor();
    }));
  });

  test('no uncaught error in the pages', () => {
    assert.deepEqual(pageErrors, []);
  });
});
