// End-to-end test of the console's drag and drop without a mouse (dnd-kit): with the keyboard (Space or
// Enter picks an idea up, arrow keys go from target to target, Space drops, Escape cancels; every step is
// announced in French), also while room events re-render the console mid-drag, and with a finger on a
// phone (a short press, then a move). The mouse is tested by facilitation.test.mjs. Run with
// `node --test web/e2e/` after `npm run build`.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DESKTOP, PHONE, gql, logIn, openPage, stepper, withServerAndBrowser } from './browser.mjs';

const IDEAS = ['Alpha', 'Beta', 'Gamma'];
const GROUP = 'Groupe X';
const run = stepper();
const { step } = run;
/** @type {Record<string, import('playwright-core').Page>} */
const pages = {};

const currentStep = (page) => page.locator('.stepper button[aria-current="step"]');
const handle = (page, title) => page.getByRole('button', { name: new RegExp(`^Glisser «.${title}.» sur une autre idée`) });
/** dnd-kit's live region saying `text`. */
const announced = (page, text) => page.locator('[aria-live]').filter({ hasText: text }).waitFor({ state: 'attached' });
/**
 * Presses `key` until `text` is announced (at most `max` times): a key pressed while the page is still
 * settling may move nowhere; the order of the targets itself is unit-tested (boardTargets.test.ts).
 */
async function pressUntilAnnounced(page, key, text, max = 6) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const heard = await page.locator('[aria-live]').filter({ hasText: text }).waitFor({ state: 'attached', timeout: 3000 }).then(() => true, () => false);
    if (heard) return;
  }
  assert.fail(`"${text}" was not announced after ${max} × ${key}`);
}

describe('Drag and drop with the keyboard and by touch', { timeout: 180_000 }, () => {
  const env = withServerAndBrowser(run);

  test('a facilitator opens a room in the grouping phase with three ideas and a group', step(async () => {
    const facilitator = (pages.facilitator = await openPage(env.browser, { ...DESKTOP, height: 1400 }));
    await logIn(facilitator, env.server.baseUrl);
    await facilitator.getByText('Créer une séance').click();
    await facilitator.getByLabel('Titre de la séance').fill('Glisser sans souris');
    await facilitator.getByRole('button', { name: 'Créer la séance' }).click();
    const code = (await facilitator.getByTestId('room-code').textContent())?.trim() ?? '';
    await facilitator.getByRole('button', { name: 'Étape suivante' }).click();
    await currentStep(facilitator).filter({ hasText: 'Idées' }).waitFor();
    const awa = await openPage(env.browser, PHONE, { mobile: true });
    await awa.goto(`${env.server.baseUrl}/r/${code}`);
    await awa.getByLabel('Votre prénom ou pseudo').fill('Awa');
    await awa.getByRole('button', { name: 'Rejoindre' }).click();
    for (const title of IDEAS) {
      await awa.getByLabel("Titre de l'idée").fill(title);
      await awa.getByRole('button', { name: "Ajouter l'idée" }).click();
      await awa.getByRole('status').filter({ hasText: new RegExp(`Idée «.${title}.» ajoutée`) }).waitFor();
      await facilitator.getByRole('heading', { name: title, exact: true }).waitFor();
    }
    await awa.close();
    await facilitator.getByRole('button', { name: 'Étape suivante' }).click();
    await currentStep(facilitator).filter({ hasText: 'Regroupement' }).waitFor();
    await facilitator.getByLabel('Nom du nouveau groupe').fill(GROUP);
    await facilitator.getByRole('button', { name: 'Créer le groupe' }).click();
    await facilitator.getByRole('heading', { name: new RegExp(`^${GROUP}`) }).waitFor();
    // The participant's departure has reached the console (a presence update re-renders it): the drags
    // below start on a settled page.
    await facilitator.getByText('absent·e').waitFor();
  }));

  test('with the keyboard, an idea goes from target to target, into a group, and onto another idea', step(async () => {
    const { facilitator } = pages;
    const gamma = handle(facilitator, 'Gamma');
    assert.equal(await gamma.getAttribute('aria-roledescription'), 'élément déplaçable');
    const instructions = await gamma.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent);
    assert.match(instructions ?? '', /^Pour déplacer cette idée au clavier/);

    // Escape puts it back.
    await gamma.focus();
    await facilitator.keyboard.press('Space');
    await announced(facilitator, '«\u00a0Gamma\u00a0» saisie.');
    await facilitator.keyboard.press('Escape');
    await announced(facilitator, 'Déplacement de «\u00a0Gamma\u00a0» annulé');
    // A key pressed at once after the pick-up (here in the same task, before any timer) is not lost.
    await gamma.evaluate((el) => {
      for (const [code, key] of [['Space', ' '], ['ArrowUp', 'ArrowUp']]) el.dispatchEvent(new KeyboardEvent('keydown', { code, key, bubbles: true, cancelable: true }));
    });
    await announced(facilitator, '«\u00a0Gamma\u00a0» au-dessus de l’idée «\u00a0Beta\u00a0»');
    await facilitator.keyboard.press('Escape');
    await announced(facilitator, 'Déplacement de «\u00a0Gamma\u00a0» annulé');

    // Upwards from Gamma, in reading order: Beta, Alpha, the ungrouped ideas, the group.
    await gamma.focus();
    await facilitator.keyboard.press('Space');
    await announced(facilitator, '«\u00a0Gamma\u00a0» saisie.');
    for (const over of ['l’idée «\u00a0Beta\u00a0»', 'l’idée «\u00a0Alpha\u00a0»', 'groupe «\u00a0Sans groupe\u00a0»', `groupe «\u00a0${GROUP}\u00a0»`]) {
      await pressUntilAnnounced(facilitator, 'ArrowUp', `«\u00a0Gamma\u00a0» au-dessus d${over.startsWith('l’') ? 'e ' : 'u '}${over}`, 2);
    }
    await facilitator.keyboard.press('Space');
    await announced(facilitator, `«\u00a0Gamma\u00a0» déposée dans le groupe «\u00a0${GROUP}\u00a0».`);
    await facilitator.getByText(`«\u00a0Gamma\u00a0» rangée dans «\u00a0${GROUP}\u00a0».`).waitFor();
    assert.equal(await facilitator.getByRole('combobox', { name: 'Groupe de «\u00a0Gamma\u00a0»' }).locator('option:checked').textContent(), GROUP);
    // The idea is drawn anew in its group: the focus is back on its handle.
    await facilitator.waitForFunction(() => document.activeElement?.getAttribute('aria-label')?.startsWith('Glisser «\u00a0Gamma'));

    // Enter works too; dropping on an idea asks before merging.
    await handle(facilitator, 'Beta').focus();
    await facilitator.keyboard.press('Enter');
    await announced(facilitator, '«\u00a0Beta\u00a0» saisie.');
    await pressUntilAnnounced(facilitator, 'ArrowUp', '«\u00a0Beta\u00a0» au-dessus de l’idée «\u00a0Alpha\u00a0»', 2);
    await facilitator.keyboard.press('Enter');
    const dialog = facilitator.getByRole('dialog', { name: 'Fusionner «\u00a0Beta\u00a0» dans «\u00a0Alpha\u00a0»\u00a0?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }));

  test('a keyboard drag goes on while room events re-render the console, and its drop applies', step(async () => {
    const { facilitator } = pages;
    const roomId = decodeURIComponent(new URL(facilitator.url()).pathname.split('/')[2] ?? '');
    const gamma = handle(facilitator, 'Gamma');
    await gamma.focus();
    await facilitator.keyboard.press('Space');
    await announced(facilitator, '«\u00a0Gamma\u00a0» saisie.');
    // Meanwhile, someone else takes the held idea itself out of its group, then adds an idea. The requests
    // do not go through the console's own client: it learns of both from the room's live feed only.
    await gql(facilitator, 'mutation Move($input: MoveIdeaInput!) { moveIdea(input: $input) { id } }', { input: { roomId, ideaId: await gamma.getAttribute('data-drag-idea'), clusterId: null } });
    await gql(facilitator, 'mutation Add($input: CreateIdeaInput!) { createIdea(input: $input) { id } }', { input: { roomId, title: 'Delta' } });
    // Both events have re-rendered the console (the count is live; the board waits for the drop), and the
    // drag is still on.
    await facilitator.getByRole('heading', { name: 'Idées (4)' }).waitFor();
    assert.equal(await gamma.getAttribute('aria-pressed'), 'true');
    assert.equal(await facilitator.getByRole('heading', { name: 'Delta', exact: true }).count(), 0);
    // The arrow keys still go from target to target on the board as it was when the idea was picked up.
    await pressUntilAnnounced(facilitator, 'ArrowDown', '«\u00a0Gamma\u00a0» au-dessus du groupe «\u00a0Sans groupe\u00a0»', 2);
    await pressUntilAnnounced(facilitator, 'ArrowDown', '«\u00a0Gamma\u00a0» au-dessus de l’idée «\u00a0Alpha\u00a0»', 1);
    await pressUntilAnnounced(facilitator, 'ArrowUp', '«\u00a0Gamma\u00a0» au-dessus du groupe «\u00a0Sans groupe\u00a0»', 1);
    await pressUntilAnnounced(facilitator, 'ArrowUp', `«\u00a0Gamma\u00a0» au-dessus du groupe «\u00a0${GROUP}\u00a0»`, 1);
    await facilitator.keyboard.press('Space');
    await announced(facilitator, `«\u00a0Gamma\u00a0» déposée dans le groupe «\u00a0${GROUP}\u00a0».`);
    // The drop applies to the room as it is now: Gamma, taken out of the group meanwhile, goes back in.
    await facilitator.getByText(`«\u00a0Gamma\u00a0» rangée dans «\u00a0${GROUP}\u00a0».`).waitFor();
    await facilitator.getByRole('heading', { name: 'Delta', exact: true }).waitFor();
    assert.equal(await facilitator.getByRole('combobox', { name: 'Groupe de «\u00a0Gamma\u00a0»' }).locator('option:checked').textContent(), GROUP);
    const { room } = await gql(facilitator, 'query Room($id: ID!) { room(id: $id) { ideas { title clusterId } clusters { id label } } }', { id: roomId });
    const clusterOf = (title) => room.clusters.find((c) => c.id === room.ideas.find((idea) => idea.title === title)?.clusterId)?.label ?? null;
    assert.deepEqual([clusterOf('Gamma'), clusterOf('Delta')], [GROUP, null]);
  }));

  test('on a phone, a short press then a move drags an idea onto another', step(async () => {
    const phone = (pages.phone = await openPage(env.browser, PHONE, { mobile: true }));
    await logIn(phone, env.server.baseUrl);
    await phone.goto(pages.facilitator.url());
    const alpha = phone.getByRole('heading', { name: 'Alpha', exact: true });
    await alpha.evaluate((el) => {
      el.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -160); // away from the edges, where dnd-kit scrolls the page during a drag
    });
    const from = await handle(phone, 'Beta').boundingBox();
    const to = await alpha.boundingBox();
    assert.ok(from && to && from.y + from.height < PHONE.height && to.y >= 0, `both on screen: ${JSON.stringify([from, to])}`);
    const cdp = await phone.context().newCDPSession(phone);
    const touch = (type, x, y) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
    const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
    const end = { x: to.x + 20, y: to.y + to.height / 2 };
    await touch('touchStart', start.x, start.y);
    await phone.waitForTimeout(300); // the press that starts a drag (a swipe scrolls instead)
    for (let i = 1; i <= 10; i++) {
      await touch('touchMove', start.x + ((end.x - start.x) * i) / 10, start.y + ((end.y - start.y) * i) / 10);
      await phone.waitForTimeout(20);
    }
    await touch('touchEnd', end.x, end.y);
    await phone.getByRole('dialog', { name: 'Fusionner «\u00a0Beta\u00a0» dans «\u00a0Alpha\u00a0»\u00a0?' }).waitFor();
  }));
});
