// The start screen of the release build: it starts cleanly, is accessible,
// works in both languages, and talks to no one but its own origin.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { appReady, openPage, useApp } from './harness.mjs';

const app = useApp(before, after);

test('the app starts with no page error and no console error', async () => {
  const { context, page, problems } = await openPage(app.browser, app.origin);
  await appReady(page);
  await page.getByRole('button', { name: 'Başla' }).click();
  await page.getByText(/^Soru 1 \/ \d+$/).waitFor();
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('the wasm is compiled in a worker, and the app starts without one too', async () => {
  const spoils = {
    'as built': async () => {},
    'no Worker in the browser': (page) => page.addInitScript(() => { delete window.Worker; }),
    'the worker script missing': (page) => page.route('**/pwa/compile.js', (route) => route.abort()),
  };
  for (const [name, spoil] of Object.entries(spoils)) {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    const workers = [];
    page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
    await spoil(page);
    await page.goto(app.origin);
    await appReady(page);
    await page.getByRole('button', { name: 'Başla' }).click();
    await page.getByText(/^Soru 1 \/ \d+$/).waitFor();
    if (name === 'as built') assert.deepEqual(workers, ['/pwa/compile.js'], name);
    await context.close();
  }
});

test('the start page is in Turkish first and switches to English', async () => {
  const { context, page } = await openPage(app.browser, app.origin);
  await appReady(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'tr');
  assert.equal(await page.title(), 'Katılım Pusulası');
  await page.getByRole('heading', { level: 1, name: 'Katılım Pusulası' }).waitFor();
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1, name: 'Participation Compass' }).waitFor();
  await page.getByRole('button', { name: 'Start' }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  // The choice is remembered.
  await page.reload();
  await appReady(page);
  await page.getByRole('heading', { level: 1, name: 'Participation Compass' }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.getByRole('button', { name: 'Türkçe' }).click();
  await page.getByRole('button', { name: 'Başla' }).waitFor();
  await context.close();
});

for (const [language, switchTo] of [['Turkish', null], ['English', 'English']]) {
  test(`axe finds no accessibility violation on the start page (${language})`, async () => {
    const { context, page } = await openPage(app.browser, app.origin);
    await appReady(page);
    if (switchTo) {
      await page.getByRole('button', { name: switchTo }).click();
      await page.getByRole('heading', { level: 1, name: 'Participation Compass' }).waitFor();
    }
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
    assert.deepEqual(summary, []);
    assert.ok(results.passes.length > 10, 'axe scanned the mounted app, not an empty page');
    await context.close();
  });
}

test('no request leaves 127.0.0.1', async () => {
  const { context, page, problems } = await openPage(app.browser, app.origin);
  await appReady(page);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1, name: 'Participation Compass' }).waitFor();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByText(/^Question 1 \/ \d+$/).waitFor();
  assert.deepEqual(problems.foreignRequests, []);
  await context.close();
});

for (const width of [320, 360]) {
  test(`at ${width} px nothing scrolls sideways (start, question, results)`, async () => {
    const { context, page } = await openPage(app.browser, app.origin);
    await page.setViewportSize({ width, height: 700 });
    await appReady(page);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(await overflow(), 0, 'start');
    await page.getByRole('button', { name: 'Başla' }).click();
    await page.getByText(/^Soru 1 \/ \d+$/).waitFor();
    assert.equal(await overflow(), 0, 'question');
    await page.goto(`${app.origin}/results`);
    await page.getByRole('table').first().waitFor();
    assert.equal(await overflow(), 0, 'results');
    await context.close();
  });
}

test('a deep link survives a reload on a plain static host (404.html is the app)', async () => {
  const index = await (await fetch(`${app.origin}/index.html`)).text();
  const fallback = await (await fetch(`${app.origin}/404.html`)).text();
  assert.equal(fallback, index);
  const { context, page, problems } = await openPage(app.browser, app.origin, '/q/7');
  await page.getByText(/^Soru 7 \/ \d+$/).waitFor();
  await page.reload();
  await page.getByText(/^Soru 7 \/ \d+$/).waitFor();
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test('before the wasm arrives, the start screen is already there as HTML, in the saved language', async () => {
  const context = await app.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  // Hold the wasm back, as a slow network would: the main module, named
  // katilim_bg-<build hash>.wasm since the split (the pattern here was
  // /_bg\.wasm$/, which matched nothing since: the test held nothing and
  // failed whenever the app started before it looked, two CI runs of 13).
  // On the context, so the worker that compiles it is held too.
  const WASM = /\/katilim_bg-[0-9a-f]+\.wasm$/;
  let release;
  const held = new Promise((done) => { release = done; });
  await context.route(WASM, async (route) => { await held; await route.continue(); });
  await page.goto(app.origin);
  const shell = page.locator('#shell');
  await shell.getByText('Yükleniyor…').waitFor();
  const early = await shell.locator('[lang="tr"] .lead').textContent();
  const earlyBox = await shell.locator('[lang="tr"] .lead').boundingBox();
  // Its header is the app's: the menu works before the app does.
  await page.getByRole('navigation').getByRole('link', { name: 'Atölye odaları' }).waitFor();
  release();
  await appReady(page);
  assert.equal(await shell.count(), 0, 'the loading screen is gone');
  assert.equal(await page.locator('main .lead').textContent(), early, 'it said what the app says');
  const box = await page.locator('main .lead').boundingBox();
  assert.ok(Math.abs(box.y - earlyBox.y) < 1 && Math.abs(box.height - earlyBox.height) < 2, `nothing moved when the app took over: ${JSON.stringify([earlyBox, box])}`);

  // English saved: the loading screen is English too.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1, name: 'Participation Compass' }).waitFor();
  let releaseAgain;
  const heldAgain = new Promise((done) => { releaseAgain = done; });
  await context.unroute(WASM);
  await context.route(WASM, async (route) => { await heldAgain; await route.continue(); });
  await page.reload({ waitUntil: 'domcontentloaded' });
  await shell.getByText('Loading…').waitFor();
  assert.equal(await shell.getByText('Yükleniyor…').isVisible(), false);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  // Its language button works before the app has arrived, and the app
  // starts in the language chosen there.
  await page.getByRole('button', { name: 'Türkçe' }).click();
  await shell.getByText('Yükleniyor…').waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'tr');
  releaseAgain();
  await appReady(page);
  await page.getByRole('main').getByRole('heading', { level: 1, name: 'Katılım Pusulası' }).waitFor();
  await page.getByRole('button', { name: 'Başla' }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'tr');
  await context.close();
});
