// What content version 1 saved still opens after the upgrade to version 2,
// with nothing lost: tests/browser/upgrade-v1.json was written by the core
// of version 1 (a saved assessment, a room with three participants' codes,
// an exported file); patterns.json holds what the current core makes of it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { appReady, assertClean, downloadFrom, matrixRows, openPage, useApp } from './harness.mjs';

const app = useApp(before, after);
const golden = JSON.parse(await readFile(new URL('./patterns.json', import.meta.url), 'utf8'));
const saved = JSON.parse(await readFile(new URL('./upgrade-v1.json', import.meta.url), 'utf8'));
const expected = golden.upgrade;

/** Opens `path` in a fresh context seeded with version 1's storage. */
async function openSeeded(path) {
  const context = await app.browser.newContext();
  await context.addInitScript(([store, rooms]) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('katilim.store', store);
    localStorage.setItem('katilim.rooms', rooms);
  }, [saved.store, saved.rooms]);
  const page = await context.newPage();
  const problems = { pageErrors: [], consoleErrors: [] };
  page.on('pageerror', (error) => problems.pageErrors.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && problems.consoleErrors.push(message.text()));
  await page.goto(app.origin + path);
  await appReady(page);
  return { context, page, problems };
}

test('an assessment saved by version 1 opens carried over, says so, and keeps its original answers', async () => {
  assert.equal(saved.content_version, 1);
  assert.notEqual(golden.content_version, 1);
  const { context, page, problems } = await openSeeded('/saved');
  await page.getByRole('heading', { level: 2, name: expected.name }).waitFor();
  assert.equal(await page.locator('.notice-area').textContent(), '', 'no notice: nothing was wrong');
  await page.getByRole('button', { name: `Aç: ${expected.name}` }).click();
  await page.getByRole('heading', { level: 1, name: 'Sonuçlarınız' }).waitFor();
  const note = page.getByRole('note').filter({ hasText: '1. sürümüyle yapıldı' });
  assert.match(await note.textContent(), new RegExp(`${expected.carried} yanıt yeni sürüme aktarıldı; ${expected.not_carried} sorunun`));
  assert.deepEqual(await matrixRows(page), expected.steps);
  // The exported file holds the carried answers and, apart, all the original ones.
  const exported = JSON.parse((await downloadFrom(page, 'Dosya olarak indir (JSON)')).text);
  const original = JSON.parse(saved.export);
  assert.equal(exported.content_version, golden.content_version);
  assert.equal(exported.earlier.content_version, 1);
  assert.deepEqual(exported.earlier.answers, original.answers);
  assert.equal(exported.name, original.name);
  assert.equal(exported.tag, original.tag);
  // And so does the device, once the assessment is saved again.
  await page.getByRole('link', { name: 'Kayıtlı değerlendirmeler' }).click();
  await page.getByRole('button', { name: `Yeniden adlandır: ${expected.name}` }).click();
  await page.getByRole('button', { name: 'Adı kaydet' }).click();
  await page.waitForFunction(() => (localStorage.getItem('katilim.store') ?? '').includes('"earlier"'));
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('katilim.store'))).entries[0].assessment;
  assert.deepEqual(stored.earlier.answers, original.answers);
  assertClean({ ...problems, foreignRequests: [] }, assert);
  await context.close();
});

test('a room saved by version 1 counts its participants carried over, and a repeated code once', async () => {
  const { context, page, problems } = await openSeeded('/rooms');
  await page.getByRole('link', { name: expected.room.name }).click();
  await page.getByRole('heading', { level: 1, name: expected.room.name }).waitFor();
  await page.getByText(`${expected.room.participants} katılımcı`).first().waitFor();
  // Three participants: the trainer lowers the anonymity floor to show them.
  await page.getByRole('combobox', { name: /^Anonimlik sınırı/ }).selectOption('3');
  await page.locator('table.spread').first().waitFor();
  const note = page.getByRole('note').filter({ hasText: 'önceki sürümüyle yapıldı' });
  assert.match(await note.textContent(), new RegExp(`^${expected.room.carried} katılımcının kodu`));
  const counts = await page.locator('table.spread').evaluateAll((tables) => tables.flatMap((table) =>
    [...table.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td .count')].map((c) => Number(c.textContent)))));
  assert.deepEqual(counts, expected.room.counts);
  // A participant who sends the old code again is counted once.
  await page.getByRole('textbox', { name: /Kodları ya da bağlantıları yapıştırın/ }).fill(saved.codes[1]);
  await page.getByRole('button', { name: 'Odaya ekle' }).click();
  await page.getByText('0 yeni katılımcı eklendi · 1 kod zaten odadaydı').waitFor();
  assertClean({ ...problems, foreignRequests: [] }, assert);
  await context.close();
});

test('a share link made with version 1 still opens as a result', async () => {
  const { context, page, problems } = await openPage(app.browser, app.origin, `/shared#${saved.codes[0]}`);
  await appReady(page);
  await page.getByRole('heading', { level: 1, name: 'Paylaşılan sonuç' }).waitFor();
  await page.getByRole('note').filter({ hasText: 'Bu kod soruların 1. sürümüyle yapıldı' }).waitFor();
  const rows = await matrixRows(page);
  assert.equal(rows.length, 6);
  assert.equal(await page.getByRole('alert').filter({ hasText: /sürüm/ }).count(), 0);
  assertClean(problems, assert);
  await context.close();
});
