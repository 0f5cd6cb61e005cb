// Shared by the end-to-end tests written after room.test.mjs: Chromium (Debian's, headless), pages sized
// as a phone or a desktop, screenshots in the git-ignored screenshots folder, facilitator login.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { after, test } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';

export const screenshots = path.join(import.meta.dirname, 'screenshots');
export const PHONE = { width: 375, height: 740 };
export const DESKTOP = { width: 1280, height: 800 };
export const FACILITATOR = { email: 'demo@germoir.local', password: 'germoir-demo' };

export async function launchBrowser() {
  await mkdir(screenshots, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * A page in a new browser context (its own cookies and storage), French, phone or desktop; uncaught page
 * errors go to `errors`, console errors to the test log.
 */
export async function openPage(browser, viewport, { mobile = false, errors = [] } = {}) {
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor: mobile ? 2 : 1,
    isMobile: mobile,
    hasTouch: mobile,
    locale: 'fr-FR',
    permissions: ['clipboard-read', 'clipboard-write'],
    acceptDownloads: true,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') console.log(`# browser console error: ${message.text()}`);
  });
  return page;
}

export const screenshot = (page, name) => page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });

/** Signs a facilitator in (the demo factory's owner by default) and waits for the dashboard. */
export async function logIn(page, baseUrl, account = FACILITATOR) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Adresse e-mail').fill(account.email);
  await page.getByLabel('Mot de passe').fill(account.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('heading', { level: 1, name: 'Mes fabriques à projets' }).waitFor();
}

/** A GraphQL request from the page, with its session cookie; fails the test on a GraphQL error. */
export async function gql(page, query, variables = {}) {
  const result = await page.evaluate(
    async ({ query, variables }) => (await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) })).json(),
    { query, variables },
  );
  assert.equal(result.errors, undefined, JSON.stringify(result.errors));
  return result.data;
}

/** Runs a test step, remembering failures so that the server log is printed at the end. */
export function stepper() {
  const state = { failed: false };
  state.step = (fn) => async (t) => {
    try {
      await fn(t);
    } catch (error) {
      state.failed = true;
      throw error;
    }
  };
  return state;
}

/**
 * Inside a describe(): a first test that starts the built server and Chromium, and their teardown (printing
 * the end of the server log when a step failed). The returned object holds `server` and `browser`.
 */
export function withServerAndBrowser(run) {
  const env = { server: undefined, browser: undefined };
  test('the built server gets ready and Chromium starts', run.step(async () => {
    env.server = await startServer();
    env.browser = await launchBrowser();
  }));
  after(async () => {
    await env.browser?.close();
    if (run.failed && env.server) console.log(`# server log (last lines):\n${env.server.logTail().replace(/^/gm, '# ')}`);
    await env.server?.stop();
  });
  return env;
}
