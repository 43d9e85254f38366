// The content's later parts (English texts, each language's guidance) on
// the release build: fetched when needed; a missing or damaged part is said
// with a retry and never blanks the page; a saved English choice opens in
// English. Service workers are blocked, so every part comes over the
// network and a test can break it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { answerAll, appReady, useApp } from './harness.mjs';

const app = useApp(before, after);
const golden = JSON.parse(await readFile(new URL('./patterns.json', import.meta.url), 'utf8'));
const mixed = golden.patterns.find((p) => p.name === 'mixed');

async function freshPage() {
  const context = await app.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  return { context, page, pageErrors };
}

test('guidance that does not arrive, or arrives damaged, is said with a retry; the results stay', async () => {
  const { context, page, pageErrors } = await freshPage();
  // The first request gets a damaged file, the next ones nothing at all.
  let asked = 0;
  const broken = async (route) => {
    asked += 1;
    if (asked === 1) await route.fulfill({ status: 200, contentType: 'application/json', body: '{"content_version": 2, "kind": "guid' });
    else await route.abort('internetdisconnected');
  };
  await page.route('**/content/guidance-tr-*.json', broken);
  await page.goto(app.origin);
  await appReady(page);
  await page.getByRole('button', { name: 'Başla' }).click();
  const byQuestion = new Map(mixed.answers.map((a) => [a.question, a.labels]));
  await answerAll(page, golden.questions, (n) => byQuestion.get(n));
  // The matrix and the reading are there; where guidance goes, a message.
  assert.ok(await page.locator('table.matrix').isVisible());
  assert.ok(await page.locator('p.reading').isVisible());
  const priorities = page.locator('section.priorities');
  await priorities.getByText('Öneriler yüklenemedi. İnternet bağlantınızı kontrol edip yeniden deneyin.').first().waitFor();
  assert.equal(await priorities.locator('p.next-step').count(), 0);
  // Still nothing: the retry says so again.
  await priorities.getByRole('button', { name: 'Yeniden dene' }).first().click();
  await priorities.getByText('Öneriler yüklenemedi.', { exact: false }).first().waitFor();
  assert.ok(asked >= 2, `asked ${asked} times`);
  // The network is back: one retry brings every step's guidance.
  await page.unroute('**/content/guidance-tr-*.json', broken);
  await priorities.getByRole('button', { name: 'Yeniden dene' }).first().click();
  await priorities.locator('p.next-step').first().waitFor();
  assert.equal(await page.locator('.guidance-note').count(), 0);
  await page.getByRole('table').getByRole('link', { name: 'Karar alma' }).click();
  await page.locator('#step-decision .guidance-title').waitFor();
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('English texts that do not arrive keep the page in Turkish, said in both languages; a retry switches', async () => {
  const { context, page, pageErrors } = await freshPage();
  const offline = (route) => route.abort('internetdisconnected');
  await page.route('**/content/texts-en-*.json', offline);
  await page.goto(app.origin);
  await appReady(page);
  await page.getByRole('button', { name: 'English' }).click();
  const notice = page.locator('.notice').filter({ hasText: 'The English texts could not be loaded' });
  await notice.waitFor();
  assert.ok(await notice.getByText('İngilizce metinler yüklenemedi; sayfa Türkçe kaldı.', { exact: false }).isVisible());
  assert.equal(await page.getAttribute('html', 'lang'), 'tr');
  assert.ok(await page.getByRole('button', { name: 'Başla' }).isVisible(), 'the start screen is still usable');
  await page.unroute('**/content/texts-en-*.json', offline);
  await notice.getByRole('button', { name: 'Yeniden dene' }).click();
  await page.getByRole('button', { name: 'Start' }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await notice.count(), 0, 'the notice is gone');
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('a saved English choice opens in English, its texts fetched before the app shows', async () => {
  const { context, page, pageErrors } = await freshPage();
  await context.addInitScript(() => localStorage.setItem('katilim.lang', 'en'));
  const fetched = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  // Every button label the app's own screen ever has, from the first on.
  await page.addInitScript(() => {
    window.labels = new Set();
    new MutationObserver(() => {
      document.querySelectorAll('main#main button').forEach((button) => window.labels.add(button.textContent.trim()));
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto(app.origin);
  await appReady(page);
  await page.getByRole('button', { name: 'Start' }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.ok(fetched.some((path) => /^\/content\/texts-en-[0-9a-f]{16}\.json$/.test(path)), fetched.join(' '));
  const labels = await page.evaluate(() => [...window.labels]);
  assert.ok(labels.includes('Start') && !labels.includes('Başla'), `the app never showed its Turkish screen first: ${labels}`);
  assert.ok(!fetched.some((path) => path.includes('guidance')), 'no guidance before a question is on screen');
  // Waited for from before the click: the request may follow it at once.
  const guidance = page.waitForRequest(/\/content\/guidance-en-[0-9a-f]{16}\.json$/);
  await page.getByRole('button', { name: 'Start' }).click();
  await guidance;
  assert.deepEqual(pageErrors, []);
  await context.close();
});
