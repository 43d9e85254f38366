// Offline use: after one visit the service worker serves the whole app with
// no network (start, a full walkthrough, results, print, a workshop room), and
// a new deployment is found, announced and taken over without mixing files.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answerAll, appReady, assertClean, launchBrowser, matrixRows, openPage, startServer } from './harness.mjs';

const golden = JSON.parse(await readFile(new URL('./patterns.json', import.meta.url), 'utf8'));
const app = {};

// A copy of the build, so a test can deploy a "new version" over it.
before(async () => {
  app.dir = await mkdtemp(join(tmpdir(), 'katilim-dist-'));
  await cp('dist', app.dir, { recursive: true });
  app.server = await startServer(app.dir);
  app.origin = app.server.origin;
  app.browser = await launchBrowser();
});
after(async () => {
  await app.browser?.close();
  await app.server?.stop();
  await rm(app.dir, { recursive: true, force: true });
});

/** Resolves once a service worker controls the page. */
async function controlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
    }
  });
}

test('after one visit the app works with no network: walkthrough, results, print, room', async () => {
  const { context, page, problems } = await openPage(app.browser, app.origin);
  await appReady(page);
  await controlled(page);
  await context.setOffline(true);
  await page.reload();
  await appReady(page);
  assert.equal(await page.evaluate(() => navigator.onLine), false);

  const pattern = golden.patterns[0];
  await page.getByRole('button', { name: 'Başla' }).click();
  const byQuestion = new Map(pattern.answers.map((a) => [a.question, a.labels]));
  await answerAll(page, golden.questions, (n) => byQuestion.get(n));
  assert.deepEqual(await matrixRows(page), pattern.expected.steps);
  const code = (await page.locator('.big-code').textContent()).trim();

  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.getByRole('table').first().isVisible(), 'the matrix prints');
  assert.equal(await page.locator('header.bar').isVisible(), false, 'navigation is not printed');
  await page.emulateMedia({ media: 'screen' });

  // A deep link typed while offline is the app too.
  await page.goto(`${app.origin}/rooms`);
  await page.getByRole('textbox', { name: 'Oda adı' }).fill('Çevrimdışı oda');
  await page.getByRole('button', { name: 'Odayı oluştur' }).click();
  await page.getByRole('heading', { level: 1, name: 'Çevrimdışı oda' }).waitFor();
  await page.getByRole('textbox', { name: /kod/i }).fill(code);
  await page.getByRole('button', { name: 'Odaya ekle' }).click();
  await page.getByText(/^1 yeni katılımcı eklendi/).waitFor();
  // The parts fetched later are there offline too: English, its guidance.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Add to the room' }).waitFor();
  await page.goto(`${app.origin}/results`);
  await page.getByRole('heading', { level: 1, name: 'Your results' }).waitFor();
  await page.locator('section.priorities p.next-step').first().waitFor();
  assert.equal(await page.locator('.guidance-note').count(), 0);
  // The trainer's session script is in the workshop's code: offline too.
  await page.goto(`${app.origin}/rooms/session`);
  await page.getByRole('heading', { level: 1, name: 'Session script' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Welcome and the four levels' }).waitFor();
  assertClean(problems, assert);
  await context.close();
});

test('a new deployment is announced and, on the user\'s word, replaces the old one whole', async () => {
  const { context, page, problems } = await openPage(app.browser, app.origin);
  await appReady(page);
  await controlled(page);
  // An answer in progress must survive the update.
  await page.getByRole('button', { name: 'Başla' }).click();
  await page.getByRole('radio').first().check();
  const oldCaches = await page.evaluate(() => caches.keys());
  assert.equal(oldCaches.length, 1);

  // Deploy: a changed page and a service worker of a new version.
  const index = await readFile(join(app.dir, 'index.html'), 'utf8');
  await writeFile(join(app.dir, 'index.html'), index.replace('<title>', '<meta name="katilim-build" content="2">\n  <title>'));
  const worker = await readFile(join(app.dir, 'sw.js'), 'utf8');
  await writeFile(join(app.dir, 'sw.js'), worker.replace(/const VERSION = '[^']+'/, "const VERSION = 'next-build'"));

  await page.reload();
  await appReady(page);
  // Until the user agrees, the old version keeps serving.
  const update = page.getByRole('button', { name: 'Şimdi güncelle' });
  await update.waitFor();
  assert.equal(await page.locator('meta[name="katilim-build"]').count(), 0);
  await Promise.all([page.waitForEvent('load'), update.click()]);
  await appReady(page);
  await page.locator('meta[name="katilim-build"]').waitFor({ state: 'attached' });
  assert.deepEqual(await page.evaluate(() => caches.keys()), ['katilim-next-build']);
  // Still on the question, with its answer.
  await page.getByText(new RegExp(`^Soru 1 / ${golden.questions}$`)).waitFor();
  assert.ok(await page.getByRole('radio').first().isChecked());
  // A screen loaded on first use comes from the new build too, offline.
  await context.setOffline(true);
  await page.getByRole('navigation').getByRole('link', { name: 'Kaynaklar' }).click();
  await page.getByRole('heading', { level: 1, name: 'Öğrenme kaynakları' }).waitFor();
  const used = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => /\.(js|wasm)$/.test(p)));
  const hashes = new Set(used.filter((p) => !p.startsWith('/pwa/')).map((p) => p.match(/-([0-9a-f]{16})(_bg)?\.(js|wasm)$/)?.[1]));
  assert.equal(hashes.size, 1, `one build's files: ${used.join(' ')}`);
  assertClean(problems, assert);
  await context.close();
});
