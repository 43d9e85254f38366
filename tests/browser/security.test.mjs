// Security and privacy on the release build: the Content-Security-Policy
// holds on every screen and blocks injected script; user text is only ever
// text; nothing leaves the origin, no cookie is set, nothing is stored
// outside the app's own keys.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { appReady, assertClean, openPage, useApp } from './harness.mjs';

const app = useApp(before, after);
const golden = JSON.parse(await readFile(new URL('./patterns.json', import.meta.url), 'utf8'));
const ATTACK = '<img src=x onerror="window.__xss=1">';

/** A page whose CSP violations are recorded in window.__violations. */
async function watchedPage() {
  const opened = await openPage(app.browser, app.origin, '/about');
  await opened.context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  await opened.page.reload();
  await appReady(opened.page);
  return opened;
}

/** Every screen of the app, each reached as a user would and checked as it goes. */
async function visitEveryScreen(page, visit) {
  await page.goto(`${app.origin}/`);
  await appReady(page);
  await visit('start');
  await page.getByRole('button', { name: 'Başla' }).click();
  await page.getByText(/^Soru 1 \//).waitFor();
  await page.getByRole('radio').first().check();
  await visit('question');
  let code = '';
  for (const [path, name] of [['/review', 'review'], ['/results', 'results'], ['/saved', 'saved'], ['/resources', 'resources'], ['/about', 'about'], ['/rooms', 'rooms']]) {
    await page.goto(app.origin + path);
    await appReady(page);
    if (name === 'results') code = (await page.locator('.big-code').textContent()).trim();
    await visit(name);
  }
  await page.getByRole('textbox', { name: 'Oda adı' }).fill('Güvenlik odası');
  await page.getByRole('button', { name: 'Odayı oluştur' }).click();
  await page.getByRole('heading', { level: 1, name: 'Güvenlik odası' }).waitFor();
  await visit('room');
  await page.getByRole('link', { name: 'Sunum modu' }).click();
  await appReady(page);
  await visit('present');
  await page.goto(`${app.origin}/shared#${code}`);
  await appReady(page);
  await visit('shared');
  await page.goto(`${app.origin}/no/such/page`);
  await appReady(page);
  await visit('not found');
}

test('no screen breaks the Content-Security-Policy, and injected script is blocked', async () => {
  const { context, page, problems } = await watchedPage();
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/]+=*'/);
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/);
  for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'"]) assert.ok(csp.includes(directive), directive);

  await visitEveryScreen(page, async (screen) => {
    assert.deepEqual(await page.evaluate(() => window.__violations), [], `CSP violations on ${screen}`);
  });
  // Script slipped into the page by any means does not run.
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
    const handler = document.createElement('div');
    handler.setAttribute('onclick', 'window.__injected = true');
    document.body.append(handler);
    handler.click();
    await new Promise((done) => setTimeout(done, 0));
    return { injected: window.__injected ?? false, violations: window.__violations };
  });
  assert.equal(ran.injected, false);
  assert.ok(ran.violations.some((v) => v.startsWith('script-src-elem inline')), ran.violations.join('; '));
  assert.ok(ran.violations.some((v) => v.startsWith('script-src-attr inline')), ran.violations.join('; '));
  problems.consoleErrors = problems.consoleErrors.filter((e) => !e.includes('Content Security Policy'));
  assertClean(problems, assert);
  await context.close();
});

test('names from imported files and rooms are shown as text, never as markup', async () => {
  const { context, page, problems } = await openPage(app.browser, app.origin);
  await appReady(page);
  const assessment = {
    schema_version: 2, content_version: golden.content_version, language: 'tr',
    answers: {}, created: 1763000000000, updated: 1763000000000, name: `Dernek ${ATTACK}`, tag: 7,
  };
  await page.getByLabel('Değerlendirme dosyası seçin (.json)').setInputFiles({ name: 'a.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(assessment)) });
  await page.getByRole('heading', { level: 1, name: 'Sonuçlarınız' }).waitFor();
  await page.getByRole('navigation').getByRole('link', { name: 'Kayıtlı değerlendirmeler' }).click();
  await page.getByText(`Dernek ${ATTACK}`).waitFor();

  const room = { id: 1, name: `Oda ${ATTACK}`, date: '2026-11-22', note: `Not ${ATTACK}`, codes: [] };
  await page.goto(`${app.origin}/rooms`);
  await page.getByLabel('Oda dosyası içe aktar (.json)').setInputFiles({ name: 'r.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(room)) });
  await page.getByRole('heading', { level: 1, name: `Oda ${ATTACK}` }).waitFor();
  await page.getByText(`Not ${ATTACK}`).waitFor();
  assert.equal(await page.locator('main img').count(), 0);
  assert.equal(await page.evaluate(() => window.__xss ?? false), false);
  assertClean(problems, assert);
  await context.close();
});

test('on every screen: no request leaves the origin, no cookie, nothing outside the app\'s own storage', async () => {
  const { context, page, problems } = await openPage(app.browser, app.origin);
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  await visitEveryScreen(page, async (screen) => {
    assert.deepEqual(problems.foreignRequests, [], `requests to other origins on ${screen}`);
    assert.deepEqual(await context.cookies(), [], `cookies on ${screen}`);
    const stored = await page.evaluate(async () => ({
      local: Object.keys(localStorage),
      session: Object.keys(sessionStorage),
      databases: (await indexedDB.databases()).map((db) => db.name),
      caches: await caches.keys(),
    }));
    assert.deepEqual(stored.local.filter((key) => !key.startsWith('katilim.')), [], `localStorage on ${screen}`);
    assert.deepEqual([stored.session, stored.databases], [[], []], `other storage on ${screen}`);
    assert.deepEqual(stored.caches.filter((key) => !key.startsWith('katilim-')), [], `caches on ${screen}`);
  });
  assert.ok(requests.length > 0 && requests.every((url) => url.startsWith(`${app.origin}/`)));
  assertClean(problems, assert);
  await context.close();
});
