// The wizard on the release build, by roles and names: walkthroughs in both
// languages, resume after reload, storage faults, several assessments,
// results equal to the core's, keyboard only, export/import, share links,
// print, and axe on every screen.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { appReady, assertClean, axeViolations, downloadFrom, matrixRows, openPage, profile, useApp } from './harness.mjs';

const golden = JSON.parse(await readFile(new URL('./patterns.json', import.meta.url), 'utf8'));
const TOTAL = golden.questions;
const TR = { start: 'Başla', next: 'İleri', back: 'Geri', review: 'Yanıtları gözden geçir', reviewTitle: 'Yanıtlarınızı gözden geçirin', results: 'Sonuçları gör', resultsTitle: 'Sonuçlarınız' };
const EN = { start: 'Start', next: 'Next', back: 'Back', review: 'Review your answers', reviewTitle: 'Review your answers', results: 'See the results', resultsTitle: 'Your results' };

const app = useApp(before, after);

async function questionShown(page, n) {
  await page.getByText(new RegExp(`^(Soru|Question) ${n} / ${TOTAL}$`)).waitFor();
}

/** Answers every question with `pick(n)` (labels to tick, or nothing) and opens the results. */
async function walk(page, words, pick) {
  for (let n = 1; n <= TOTAL; n += 1) {
    await questionShown(page, n);
    for (const label of pick(n) ?? []) {
      const choice = page.getByRole('radio', { name: label, exact: true }).or(page.getByRole('checkbox', { name: label, exact: true }));
      await choice.check();
    }
    await page.getByRole('button', { name: n === TOTAL ? words.review : words.next }).click();
  }
  await page.getByRole('heading', { level: 1, name: words.reviewTitle }).waitFor();
  await page.getByRole('link', { name: words.results }).click();
  await page.getByRole('heading', { level: 1, name: words.resultsTitle }).waitFor();
}

const pattern = (name) => golden.patterns.find((p) => p.name === name);

/** Answers a golden pattern from the start page to its results, in Turkish. */
async function walkPattern(page, { answers }) {
  await page.getByRole('button', { name: /^(Başla|Yeni değerlendirme başlat)$/ }).click();
  const byQuestion = new Map(answers.map((a) => [a.question, a.labels]));
  await walk(page, TR, (n) => byQuestion.get(n));
}

/** A fresh page on the start screen, with its problem recorder. */
async function freshPage() {
  const opened = await openPage(app.browser, app.origin);
  await appReady(opened.page);
  return opened;
}

const firstChoice = async (page) => {
  const radios = page.getByRole('radio');
  return (await radios.count()) ? radios.first() : page.getByRole('checkbox').first();
};

for (const scripted of golden.patterns) {
  test(`results for the "${scripted.name}" answers equal what the core computes`, async () => {
    const { context, page, problems } = await freshPage();
    await walkPattern(page, scripted);
    const pattern = scripted;
    assert.deepEqual(await matrixRows(page), pattern.expected.steps);
    const [typical, highest, assessed] = await profile(page);
    assert.deepEqual({ typical, highest, assessed }, { typical: pattern.expected.typical, highest: pattern.expected.highest, assessed: pattern.expected.assessed });
    await page.locator('#readiness-heading').waitFor();
    assert.match(await page.locator('section.readiness .level-line').textContent(), new RegExp(pattern.expected.readiness));
    assertClean(problems, assert);
    await context.close();
  });
}

test('a full walkthrough in English reaches results with guidance and resource links', async () => {
  const { context, page, problems } = await freshPage();
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: EN.start }).click();
  await walk(page, EN, () => null);
  // No answer at all: every step is "not assessed", never "not yet".
  const rows = await matrixRows(page);
  assert.equal(rows.length, 6);
  assert.ok(rows.every(([, level]) => level === 'Not assessed'), JSON.stringify(rows));
  // One answer of five is not enough for a level; three first choices, at
  // levels 0, 1 and 0, give the middle one: "not yet", the peak apart.
  const answerFirst = async (n) => {
    await page.goto(`${app.origin}/q/${n}`);
    await questionShown(page, n);
    await (await firstChoice(page)).check();
  };
  await answerFirst(1);
  await page.goto(`${app.origin}/results`);
  await page.getByRole('heading', { level: 1, name: EN.resultsTitle }).waitFor();
  assert.equal((await matrixRows(page))[0][1], 'Not enough answers');
  await answerFirst(2);
  await answerFirst(4);
  await page.goto(`${app.origin}/results`);
  await page.getByRole('heading', { level: 1, name: EN.resultsTitle }).waitFor();
  assert.deepEqual((await matrixRows(page))[0], ['Agenda setting', 'Not yet', 'Information']);
  await page.getByText('Established level: what you usually do').waitFor();
  // The guidance and its resources are in the step's details.
  await page.getByRole('table').getByRole('link', { name: 'Agenda setting' }).click();
  const link = page.getByRole('link', { name: /opens in a new tab/ }).first();
  assert.equal(await link.getAttribute('target'), '_blank');
  assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
  assert.match(await link.getAttribute('href'), /^https:\/\//);
  await page.getByText('Your next step').first().waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assertClean(problems, assert);
  await context.close();
});

test('reloading mid-way resumes on the same question with the same choice', async () => {
  const { context, page, problems } = await freshPage();
  await page.getByRole('button', { name: TR.start }).click();
  for (let n = 1; n < 5; n += 1) {
    await questionShown(page, n);
    await (await firstChoice(page)).check();
    await page.getByRole('button', { name: TR.next }).click();
  }
  await questionShown(page, 5);
  const third = page.getByRole('radio').nth(2);
  const label = await page.locator('label.choice').nth(2).innerText();
  await third.check();
  await page.reload();
  await questionShown(page, 5);
  assert.ok(await page.getByRole('radio', { name: label, exact: true }).isChecked());
  // Tomorrow: the start page offers Continue, which lands on the same question.
  await page.goto(app.origin);
  await page.getByRole('button', { name: 'Devam et' }).click();
  await questionShown(page, 5);
  assert.ok(await page.getByRole('radio', { name: label, exact: true }).isChecked());
  assertClean(problems, assert);
  await context.close();
});

test('the browser\'s back and forward buttons move between questions, choices kept', async () => {
  const { context, page, problems } = await freshPage();
  await page.getByRole('button', { name: TR.start }).click();
  const labels = [];
  const answer = async (n) => {
    await questionShown(page, n);
    // Each question is in the address (and so in the history) once shown.
    await page.waitForURL(new RegExp(`/q/${n}$`));
    labels[n] = await page.locator('label.choice').nth(1).innerText();
    await page.getByLabel(labels[n], { exact: true }).check();
  };
  await answer(1);
  await page.getByRole('button', { name: TR.next }).click();
  await answer(2);
  await page.goBack();
  await questionShown(page, 1);
  assert.ok(await page.getByLabel(labels[1], { exact: true }).isChecked());
  await page.goForward();
  await questionShown(page, 2);
  assert.ok(await page.getByLabel(labels[2], { exact: true }).isChecked());
  await page.getByRole('button', { name: TR.next }).click();
  await answer(3);
  await page.goBack();
  await questionShown(page, 2);
  await page.goBack();
  await questionShown(page, 1);
  await page.goForward();
  await questionShown(page, 2);
  assert.match(page.url(), /\/q\/2$/);
  // The in-page Back button goes the same way.
  await page.getByRole('button', { name: TR.back }).click();
  await questionShown(page, 1);
  await page.waitForURL(/\/q\/1$/);
  assertClean(problems, assert);
  await context.close();
});

test('Next from the bottom of a long question shows the next one from its top, heading focused', async () => {
  const { context, page, problems } = await freshPage();
  await page.setViewportSize({ width: 412, height: 700 });
  await page.getByRole('button', { name: TR.start }).click();
  await questionShown(page, 1);
  await (await firstChoice(page)).check();
  const scrolled = await page.evaluate(() => {
    window.scrollTo(0, document.documentElement.scrollHeight);
    return window.scrollY;
  });
  assert.ok(scrolled > 100, `the question should be taller than a small phone's screen (scrolled ${scrolled} px)`);
  await page.getByRole('button', { name: TR.next }).click();
  await questionShown(page, 2);
  // Focus alone would scroll only as far as the heading, below the progress
  // and the steps.
  await page.waitForFunction(() => window.scrollY === 0, null, { timeout: 5000 });
  const focused = await page.evaluate(() => document.activeElement?.tagName);
  assert.equal(focused, 'H1');
  assertClean(problems, assert);
  await context.close();
});

test('garbage in every storage key: the app starts clean, says so, and keeps a backup', async () => {
  const context = await app.browser.newContext();
  await context.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('katilim.store', '{"schema_version":1,"entries":[{"oops');
      localStorage.setItem('katilim.lang', '\u0000<garbage>');
    }
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(app.origin);
  await appReady(page);
  await page.getByRole('status').getByText('okunamadı').waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'tr');
  const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('katilim.backup.')).map((k) => localStorage.getItem(k)));
  assert.deepEqual(backups, ['{"schema_version":1,"entries":[{"oops']);
  // The app works: an answer is saved again.
  await page.getByRole('button', { name: TR.start }).click();
  await questionShown(page, 1);
  await (await firstChoice(page)).check();
  await page.waitForFunction(() => (localStorage.getItem('katilim.store') ?? '').includes('agenda-1'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('storage that throws: the app works in memory and says answers will not be kept', async () => {
  const context = await app.browser.newContext();
  await context.addInitScript(() => {
    Storage.prototype.setItem = () => { throw new DOMException('blocked', 'SecurityError'); };
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(app.origin);
  await appReady(page);
  await page.getByRole('status').getByText('veri saklamaya izin vermiyor').waitFor();
  await page.getByRole('button', { name: TR.start }).click();
  await questionShown(page, 1);
  await (await firstChoice(page)).check();
  await page.getByRole('button', { name: TR.next }).click();
  await questionShown(page, 2);
  // Export still works from memory (client-side navigation, no reload).
  await page.evaluate(() => {
    history.pushState({}, '', '/results');
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await page.getByRole('heading', { level: 1, name: TR.resultsTitle }).waitFor();
  const exported = JSON.parse((await downloadFrom(page, 'Dosya olarak indir (JSON)')).text);
  assert.ok(exported.answers['agenda-1'], 'the in-memory answer is exported');
  assert.deepEqual(errors, []);
  await context.close();
});

test('two saved assessments are listed, renamed and both reopen with their own results', async () => {
  const { context, page, problems } = await freshPage();
  const notYet = pattern('lowest-everywhere');
  const partial = pattern('partial');
  for (const scripted of [notYet, partial]) {
    await page.goto(app.origin);
    await appReady(page);
    await walkPattern(page, scripted);
  }
  await page.getByRole('navigation').getByRole('link', { name: 'Kayıtlı değerlendirmeler' }).click();
  const items = page.locator('li.saved-item');
  await items.nth(1).waitFor();
  assert.equal(await items.count(), 2);
  await page.getByRole('button', { name: 'Yeniden adlandır: Adsız değerlendirme' }).first().click();
  await page.getByRole('textbox', { name: 'Ad' }).fill('Çınar Derneği — İzmir');
  await page.getByRole('button', { name: 'Adı kaydet' }).click();
  await page.getByRole('heading', { level: 2, name: 'Çınar Derneği — İzmir' }).waitFor();
  for (const [name, pattern] of [['Çınar Derneği — İzmir', partial], ['Adsız değerlendirme', notYet]]) {
    await page.getByRole('navigation').getByRole('link', { name: 'Kayıtlı değerlendirmeler' }).click();
    await page.getByRole('button', { name: `Aç: ${name}` }).click();
    await page.getByRole('heading', { level: 1, name: TR.resultsTitle }).waitFor();
    assert.deepEqual(await matrixRows(page), pattern.expected.steps, name);
  }
  // The later result is compared with the earlier one, step by step.
  await page.getByRole('navigation').getByRole('link', { name: 'Kayıtlı değerlendirmeler' }).click();
  await page.getByRole('button', { name: 'Aç: Çınar Derneği — İzmir' }).click();
  await page.getByRole('heading', { level: 2, name: 'Önceki değerlendirmeyle karşılaştırma' }).waitFor();
  assertClean(problems, assert);
  await context.close();
});

test('a keyboard-only walkthrough (Tab, arrows, Space, Enter) reaches the results', async () => {
  const { context, page, problems } = await freshPage();
  const start = page.getByRole('button', { name: TR.start });
  for (let i = 0; i < 12 && !(await start.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  for (let n = 1; n <= TOTAL; n += 1) {
    await questionShown(page, n);
    // Focus is on the question's heading after every navigation.
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
    const choice = page.locator('fieldset input').first();
    for (let i = 0; i < 8 && !(await choice.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('Tab');
    if ((await choice.getAttribute('type')) === 'radio') {
      await page.keyboard.press('ArrowDown'); // moves to and selects the second choice, no auto-advance
      await questionShown(page, n);
      assert.ok(await page.locator('fieldset input').nth(1).isChecked());
    } else {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      assert.ok(await page.locator('fieldset input').nth(1).isChecked());
    }
    const next = page.getByRole('button', { name: n === TOTAL ? TR.review : TR.next });
    for (let i = 0; i < 10 && !(await next.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
  }
  const results = page.getByRole('link', { name: TR.results });
  await results.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: TR.resultsTitle }).waitFor();
  assert.equal((await matrixRows(page)).length, 6);
  assertClean(problems, assert);
  await context.close();
});

test('export, delete all, import: the same results come back', async () => {
  const { context, page, problems } = await freshPage();
  const mixed = pattern('mixed');
  await walkPattern(page, mixed);
  const before = await matrixRows(page);
  const { path: file, text } = await downloadFrom(page, 'Dosya olarak indir (JSON)');
  const exported = JSON.parse(text);
  assert.equal(exported.schema_version, 2);
  await page.getByRole('navigation').getByRole('link', { name: 'Kayıtlı değerlendirmeler' }).click();
  await page.getByRole('button', { name: 'Tüm verilerimi sil' }).click();
  await page.getByRole('button', { name: 'Evet, hepsini sil' }).click();
  await page.getByText('Bu cihazda kayıtlı bir değerlendirme yok.').waitFor();
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('katilim.') && k !== 'katilim.lang')), []);
  // A bad file is refused with a message and changes nothing.
  await page.getByLabel('Değerlendirme dosyası seçin (.json)').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"schema_version": 1, "answers": 5}') });
  await page.getByRole('alert').getByText('Hiçbir şey değişmedi').waitFor();
  assert.equal(await page.locator('li.saved-item').count(), 0);
  await page.getByLabel('Değerlendirme dosyası seçin (.json)').setInputFiles(file);
  await page.getByRole('heading', { level: 1, name: TR.resultsTitle }).waitFor();
  assert.deepEqual(await matrixRows(page), before);
  assertClean(problems, assert);
  await context.close();
});

test('a share link opens the same results read-only, and can be saved', async () => {
  const { context, page, problems } = await freshPage();
  const mixed = pattern('mixed');
  await walkPattern(page, mixed);
  const link = await page.getByRole('textbox', { name: 'Paylaşım bağlantısı' }).inputValue();
  assert.match(link, new RegExp(`^${app.origin}/shared#[0-9A-Z-]+$`));
  const code = await page.getByRole('textbox', { name: 'Paylaşım kodu' }).inputValue();
  assert.ok(code.replaceAll('-', '').length <= 40);

  const other = await app.browser.newContext();
  const reader = await other.newPage();
  await reader.goto(link);
  await reader.getByRole('heading', { level: 1, name: 'Paylaşılan sonuç' }).waitFor();
  assert.deepEqual(await matrixRows(reader), mixed.expected.steps);
  await reader.getByRole('button', { name: 'Bu cihaza kaydet' }).click();
  await reader.getByRole('status').getByText('Kaydedildi').waitFor();
  await reader.getByRole('navigation').getByRole('link', { name: 'Kayıtlı değerlendirmeler' }).click();
  await reader.locator('li.saved-item').first().waitFor();
  // A damaged link says what is wrong.
  await reader.goto(link.slice(0, -3) + 'ZZZ');
  await reader.getByRole('alert').waitFor();
  await other.close();
  assertClean(problems, assert);
  await context.close();
});

test('print shows the matrix and hides navigation', async () => {
  const { context, page, problems } = await freshPage();
  await page.getByRole('button', { name: TR.start }).click();
  const mixed = new Map(pattern('mixed').answers.map((a) => [a.question, a.labels]));
  await walk(page, TR, (n) => (n <= 3 ? mixed.get(n) : null));
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.getByRole('table').first().isVisible());
  assert.equal(await page.getByRole('navigation').isVisible(), false);
  assert.equal(await page.getByRole('button', { name: 'Yazdır / PDF' }).isVisible(), false);
  assert.ok(await page.locator('.print-url').first().isVisible(), 'resource URLs are written out');
  assertClean(problems, assert);
  await context.close();
});

for (const language of ['Türkçe', 'English']) {
  test(`axe finds no violation on any screen (${language})`, async () => {
    const { context, page, problems } = await openPage(app.browser, app.origin);
    await appReady(page);
    if (language === 'English') await page.getByRole('button', { name: 'English' }).click();
    const words = language === 'English' ? EN : TR;
    const screens = [];
    const check = async (name) => screens.push([name, await axeViolations(page)]);
    await check('start');
    await page.getByRole('button', { name: words.start }).click();
    await questionShown(page, 1);
    await page.locator('details.help summary').click();
    await (await firstChoice(page)).check();
    await check('question (single)');
    const multiple = golden.patterns[1].answers.find((a) => a.labels.length > 1).question;
    await page.goto(`${app.origin}/q/${multiple}`);
    await questionShown(page, multiple);
    await page.getByRole('checkbox').nth(1).check();
    await check('question (multiple)');
    // Two more first choices: the agenda step gets an established level
    // with a peak above it, so both marks are on the results checked below.
    for (const n of [4, 5]) {
      await page.goto(`${app.origin}/q/${n}`);
      await questionShown(page, n);
      await (await firstChoice(page)).check();
    }
    await page.goto(`${app.origin}/review`);
    await page.getByRole('heading', { level: 1, name: words.reviewTitle }).waitFor();
    await check('review');
    await page.getByRole('link', { name: words.results }).click();
    await page.getByRole('heading', { level: 1, name: words.resultsTitle }).waitFor();
    await page.locator('.matrix td.reached').first().waitFor();
    await page.locator('.matrix td.peak').first().waitFor();
    await check('results');
    const link = await page.locator('#share-link').inputValue();
    for (const path of ['/saved', '/resources', '/about', '/nowhere']) {
      await page.goto(app.origin + path);
      await appReady(page);
      await check(path);
    }
    await page.goto(link);
    await page.getByRole('table').waitFor();
    await check('shared');
    assert.deepEqual(screens.filter(([, v]) => v.length), []);
    assertClean(problems, assert);
    await context.close();
  });
}
