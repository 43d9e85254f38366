// Faults on the release build: storage that fills up or is off, data from an
// older or a newer version, two tabs on one assessment, and a panic. Each
// test checks what the user sees and what is kept.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { appReady, downloadFrom, useApp } from './harness.mjs';

const app = useApp(before, after);
const golden = JSON.parse(await readFile(new URL('./patterns.json', import.meta.url), 'utf8'));
const TOTAL = golden.questions;

/** A page in a fresh context; `seed` runs before the app on the first load only. */
async function pageWith(seed, arg) {
  const context = await app.browser.newContext();
  if (seed) {
    await context.addInitScript(([source, value]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      new Function('value', source)(value);
    }, [`(${seed})(value)`, arg]);
  }
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, errors };
}

const question = (page, n) => page.getByText(new RegExp(`^Soru ${n} / ${TOTAL}$`)).waitFor();
const stored = (page) => page.evaluate(() => localStorage.getItem('katilim.store'));
/** A question's choices, radio buttons or checkboxes alike. */
const choices = (page) => page.getByRole('radio').or(page.getByRole('checkbox'));

/** A fresh page on which an assessment is started and question 1 answered. */
async function startAndAnswerFirst() {
  const opened = await pageWith(null);
  await opened.page.goto(app.origin);
  await appReady(opened.page);
  await opened.page.getByRole('button', { name: 'Başla' }).click();
  await question(opened.page, 1);
  await opened.page.getByRole('radio').first().check();
  return opened;
}

/** Starts an assessment, answers question 1 and goes on to question 2. */
async function answerFirstAndGoOn(page) {
  await page.getByRole('button', { name: 'Başla' }).click();
  await question(page, 1);
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'İleri' }).click();
  await question(page, 2);
}

/** The store as the first release wrote it: schema 1 records, no per-answer times. */
const SCHEMA_1_STORE = JSON.stringify({
  schema_version: 1, current: 1, next_id: 2,
  entries: [{ id: 1, cursor: 2, assessment: {
    schema_version: 1, content_version: golden.content_version, language: 'tr',
    answers: { 'agenda-1': ['d'], 'agenda-2': ['b'] }, created: 1763000000000, updated: 1763000005000, name: 'Eski kayıt', tag: 42,
  } }],
});

test('quota exceeded while saving: the answer stays in memory and the user is told', async () => {
  const { context, page, errors } = await startAndAnswerFirst();
  await page.waitForFunction(() => (localStorage.getItem('katilim.store') ?? '').includes('agenda-1'));
  // The device fills up: every later save of the store fails.
  await page.evaluate(() => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key === 'katilim.store') throw new DOMException('full', 'QuotaExceededError');
      return original.call(this, key, value);
    };
  });
  await page.getByRole('button', { name: 'İleri' }).click();
  await question(page, 2);
  await choices(page).nth(1).check();
  await page.getByRole('status').getByText('kaydedilemedi').waitFor();
  // Kept in memory: back and forth, the answer is still there.
  await page.getByRole('button', { name: 'Geri' }).click();
  await question(page, 1);
  await page.getByRole('button', { name: 'İleri' }).click();
  await question(page, 2);
  assert.ok(await choices(page).nth(1).isChecked());
  assert.ok(!(await stored(page)).includes('agenda-2'), 'storage kept its last good value');
  assert.deepEqual(errors, []);
  await context.close();
});

test('storage disabled from the start: the app runs in memory and says so', async () => {
  const { context, page, errors } = await pageWith(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
  });
  await page.goto(app.origin);
  await appReady(page);
  await page.getByRole('status').getByText('veri saklamaya izin vermiyor').waitFor();
  await answerFirstAndGoOn(page);
  assert.deepEqual(errors, []);
  await context.close();
});

test('data from an older version is migrated with nothing lost', async () => {
  const { context, page, errors } = await pageWith((store) => localStorage.setItem('katilim.store', store), SCHEMA_1_STORE);
  await page.goto(`${app.origin}/saved`);
  await appReady(page);
  await page.getByText('Eski kayıt').waitFor();
  assert.equal(await page.locator('.notice-area').textContent(), '', 'no notice: nothing was wrong');
  await page.goto(`${app.origin}/q/1`);
  await question(page, 1);
  assert.ok(await page.getByRole('radio', { checked: true }).count() === 1, 'the old answer is shown');
  await page.goto(`${app.origin}/q/3`);
  await question(page, 3);
  await page.getByRole('checkbox').or(page.getByRole('radio')).first().check();
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('katilim.store')).entries[0].assessment.schema_version === 2);
  const saved = JSON.parse(await stored(page)).entries[0].assessment;
  assert.deepEqual([saved.answers['agenda-1'], saved.answers['agenda-2'], saved.name, saved.tag], [['d'], ['b'], 'Eski kayıt', 42]);
  assert.equal(saved.answered['agenda-1'], 1763000005000);
  assert.deepEqual(errors, []);
  await context.close();
});

test('data from a newer version is left untouched, with a notice', async () => {
  const newer = SCHEMA_1_STORE.replace('"schema_version":1,"current"', '"schema_version":99,"current"');
  const { context, page, errors } = await pageWith((store) => localStorage.setItem('katilim.store', store), newer);
  await page.goto(app.origin);
  await appReady(page);
  await page.getByRole('status').getByText('daha yeni bir sürümüyle').waitFor();
  await answerFirstAndGoOn(page);
  assert.equal(await stored(page), newer);
  assert.deepEqual(errors, []);
  await context.close();
});

test('two tabs on one assessment: answers show up in the other, and neither overwrites the other', async () => {
  const context = await app.browser.newContext();
  const errors = [];
  const [first, second] = [await context.newPage(), await context.newPage()];
  for (const page of [first, second]) page.on('pageerror', (e) => errors.push(String(e)));
  await first.goto(app.origin);
  await appReady(first);
  await first.getByRole('button', { name: 'Başla' }).click();
  await question(first, 1);
  await first.getByRole('radio').first().check();

  await second.goto(app.origin);
  await appReady(second);
  await second.getByRole('button', { name: 'Devam et' }).click();
  await question(second, 1);
  assert.ok(await second.getByRole('radio').first().isChecked(), 'tab 2 opens with tab 1\'s answer');
  await second.getByRole('button', { name: 'İleri' }).click();
  await question(second, 2);

  // Tab 1 answers question 2: it appears in tab 2 without a reload.
  await first.getByRole('button', { name: 'İleri' }).click();
  await question(first, 2);
  await choices(first).nth(2).check();
  await choices(second).nth(2).and(second.locator(':checked')).waitFor();
  // Each answers another question; both answers are kept.
  await second.getByRole('button', { name: 'İleri' }).click();
  await question(second, 3);
  await second.getByRole('checkbox').or(second.getByRole('radio')).first().check();
  await first.getByRole('button', { name: 'İleri' }).click();
  await first.getByRole('button', { name: 'İleri' }).click();
  await question(first, 4);
  await choices(first).nth(1).check();
  await first.waitForFunction(() => {
    const answers = JSON.parse(localStorage.getItem('katilim.store')).entries[0].assessment.answers;
    return ['agenda-1', 'agenda-2', 'agenda-3', 'agenda-4'].every((id) => answers[id]);
  });
  await second.getByRole('button', { name: 'İleri' }).click();
  await question(second, 4);
  await choices(second).nth(1).and(second.locator(':checked')).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a panic shows a message in both languages and offers the answers as a file', async () => {
  const { context, page, errors } = await startAndAnswerFirst();
  // Only the test sets this; the about screen then panics on purpose.
  await page.evaluate(() => { window.katilimPanicTest = true; });
  await page.getByRole('navigation').getByRole('link', { name: 'Yöntem' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Bir hata oldu' });
  await alert.waitFor();
  await alert.getByText('Something went wrong').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('link', { name: /Yanıtlarımı indir/ }).click()]);
  const rescued = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.ok(rescued.answers['agenda-1'], 'the answer is in the file');
  assert.ok(errors.length > 0 && errors.every((e) => /unreachable|panic/i.test(e)), errors.join('\n'));
  await context.close();
});
