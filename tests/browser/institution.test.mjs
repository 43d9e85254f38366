// Both sides of the table on the release build: officials answer the public
// institution's questionnaire (fetched only when that role is chosen), NGOs
// answer theirs, and a joint room shows each side's distribution, the
// perception gap between them, and hides a side below the anonymity floor.
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { answerAll, appReady, assertClean, axeViolations, downloadFrom, matrixRows, openPage, useApp } from './harness.mjs';

const app = useApp(before, after);
const golden = JSON.parse(await readFile(new URL('./patterns.json', import.meta.url), 'utf8'));
const LEVELS = ['Henüz yok', 'Bilgilendirme', 'Danışma', 'Diyalog', 'İş birliği'];
const SLOTS = ['Değerlendirilmedi', 'Yeterli yanıt yok', ...LEVELS];
const BANK = /\/content\/institution-/;

/**
 * One participant answers `pattern` of their side's bank on their own
 * "phone"; returns their code, what their results matrix showed, and every
 * address the phone fetched.
 */
async function participant(role, pattern) {
  const { context, page, problems } = await openPage(app.browser, app.origin);
  const fetched = [];
  context.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await appReady(page);
  const bank = role === 'institution' ? golden.institution : golden;
  if (role === 'institution') await page.getByRole('radio', { name: 'Kamu kurumu adına' }).check();
  await page.getByRole('button', { name: 'Başla' }).click();
  const byQuestion = new Map(pattern.answers.map((a) => [a.question, a.labels]));
  await answerAll(page, bank.questions, (n) => byQuestion.get(n));
  const matrix = await matrixRows(page);
  await page.getByRole('heading', { level: 3, name: 'Eğitmenle paylaşın' }).waitFor();
  const code = (await page.locator('.big-code').textContent()).trim();
  assertClean(problems, assert);
  await context.close();
  return { code, matrix, fetched };
}

/** Per step, the counts per slot of a side, from what the core computed. */
function expectedCounts(patterns) {
  const counts = {};
  for (const pattern of patterns) {
    for (const [step, level] of pattern.expected.steps) {
      counts[step] ??= SLOTS.map(() => 0);
      counts[step][SLOTS.indexOf(level)] += 1;
    }
  }
  return counts;
}

/** The lower median of a side's established levels in each step (null below the floor). */
function medians(patterns, floor) {
  const steps = patterns[0].expected.steps.map(([step]) => step);
  return Object.fromEntries(steps.map((step) => {
    const levels = patterns.map((p) => p.expected.steps.find(([s]) => s === step)[1])
      .filter((level) => LEVELS.includes(level))
      .map((level) => LEVELS.indexOf(level))
      .sort((a, b) => a - b);
    return [step, levels.length >= floor ? levels[Math.floor((levels.length - 1) / 2)] : null];
  }));
}

async function tableCounts(table) {
  return table.evaluate((t) => Object.fromEntries(
    [...t.querySelectorAll('tbody tr')].map((row) => [
      row.querySelector('th').textContent.trim(),
      [...row.querySelectorAll('td .count')].map((c) => Number(c.textContent)),
    ])));
}

test('an official answers the institution\'s questions; an NGO volunteer never downloads them', async () => {
  const ngo = await participant('ngo', golden.patterns[1]);
  assert.deepEqual(ngo.matrix, golden.patterns[1].expected.steps);
  assert.deepEqual(ngo.fetched.filter((path) => BANK.test(path)), [], 'the NGO path fetches no institution bank');

  for (const pattern of golden.institution.patterns) {
    const official = await participant('institution', pattern);
    // The results are the core's, on the institution's bank.
    assert.deepEqual(official.matrix, pattern.expected.steps, pattern.name);
    // Fetched by the page (and so by its service worker): one file.
    assert.equal(new Set(official.fetched.filter((path) => BANK.test(path))).size, 1);
  }
});

test('the start screen offers both roles; an institution\'s result says whose it is; axe is clean in both languages', async () => {
  const { context, page, problems } = await openPage(app.browser, app.origin);
  await appReady(page);
  const group = page.getByRole('group', { name: 'Kimin adına yanıtlıyorsunuz?' });
  assert.equal(await group.getByRole('radio', { name: 'STK adına' }).isChecked(), true, 'NGO by default');
  const screens = [['start', await axeViolations(page)]];
  await group.getByRole('radio', { name: 'Kamu kurumu adına' }).check();
  await page.getByRole('button', { name: 'Başla' }).click();
  await page.getByText(`Soru 1 / ${golden.institution.questions}`).waitFor();
  assert.match(await page.locator('.time-frame').textContent(), /^Soruları kurumunuzun/);
  screens.push(['question', await axeViolations(page)]);
  await page.goto(`${app.origin}/results`);
  await page.getByText('Kamu kurumu değerlendirmesi').waitFor();
  screens.push(['results', await axeViolations(page)]);
  // After a reload the open assessment is still the institution's.
  await page.goto(`${app.origin}/q/2`);
  await page.getByText(`Soru 2 / ${golden.institution.questions}`).waitFor();
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByText(`Question 2 / ${golden.institution.questions}`).waitFor();
  screens.push(['question (en)', await axeViolations(page)]);
  await page.goto(`${app.origin}/results`);
  await page.getByText("A public institution's assessment", { exact: false }).waitFor();
  screens.push(['results (en)', await axeViolations(page)]);
  await page.goto(`${app.origin}/`);
  await page.getByRole('group', { name: 'On whose behalf are you answering?' }).waitFor();
  screens.push(['start (en)', await axeViolations(page)]);
  assert.deepEqual(screens.filter(([, v]) => v.length), []);
  assertClean(problems, assert);
  await context.close();
});

test('a joint room: each side\'s distribution, the gap, the presenter\'s gap view, and the floor', async () => {
  // Three NGOs and three officials, each on their own phone.
  const ngoPatterns = [golden.patterns[0], golden.patterns[0], golden.patterns[1]];
  const institutionPatterns = [golden.institution.patterns[1], golden.institution.patterns[1], golden.institution.patterns[2]];
  const codes = [];
  for (const pattern of ngoPatterns) codes.push((await participant('ngo', pattern)).code);
  for (const pattern of institutionPatterns) codes.push((await participant('institution', pattern)).code);

  const { context, page, problems } = await openPage(app.browser, app.origin);
  await page.goto(`${app.origin}/rooms`);
  await page.getByRole('textbox', { name: 'Oda adı' }).fill('Konya STK Günü');
  await page.getByRole('button', { name: 'Odayı oluştur' }).click();
  await page.getByRole('heading', { level: 1, name: 'Konya STK Günü' }).waitFor();
  await page.getByRole('textbox', { name: /Kodları ya da bağlantıları yapıştırın/ }).fill(codes.join('\n'));
  await page.getByRole('button', { name: 'Odaya ekle' }).click();
  await page.getByText('6 yeni katılımcı eklendi').waitFor();
  await page.getByText('6 katılımcı: 3 STK, 3 kamu kurumu').waitFor();

  // Below the default floor of 5, neither side shows its distribution:
  // only its count, and why. The whole room (6) is shown.
  const notes = page.getByRole('note').filter({ hasText: '5 kişiden küçük grupların dağılımı gösterilmez' });
  await notes.first().waitFor();
  assert.equal(await notes.count(), 2);
  assert.deepEqual(await tableCounts(page.locator('table.spread').first()),
    Object.fromEntries(Object.entries(expectedCounts(ngoPatterns)).map(([step, counts]) =>
      [step, counts.map((n, i) => n + expectedCounts(institutionPatterns)[step][i])])));
  const hiddenGap = await page.locator('table.gap tbody tr').evaluateAll((rows) => rows.map((r) => r.textContent));
  assert.ok(hiddenGap.every((row) => row.includes('Gösterilmiyor')), hiddenGap.join(' | '));
  // Exports keep to the floor too: no side's distribution, the side in every row.
  const { text: csv } = await downloadFrom(page, 'Tabloyu CSV olarak indir');
  const rows = csv.slice(1).trim().split('\r\n').slice(1).map((row) => row.split(','));
  assert.deepEqual(rows.filter(([side]) => side !== '"Tüm salon"'), [
    ['"STK\'lar"', '""', '"Gösterilmiyor: 5 kişiden az"', '3', '""'],
    ['"Kamu kurumları"', '""', '"Gösterilmiyor: 5 kişiden az"', '3', '""'],
  ]);

  // The trainer lowers the floor to 3: both sides are shown, exactly as the core computed.
  await page.getByRole('combobox', { name: /^Anonimlik sınırı/ }).selectOption('3');
  const ngoTable = page.locator('table.spread').filter({ has: page.locator('caption', { hasText: "STK'lar" }) });
  const institutionTable = page.locator('table.spread').filter({ has: page.locator('caption', { hasText: 'Kamu kurumları' }) });
  await ngoTable.waitFor();
  assert.deepEqual(await tableCounts(ngoTable), expectedCounts(ngoPatterns));
  assert.deepEqual(await tableCounts(institutionTable), expectedCounts(institutionPatterns));
  // The gap: each side's median, and the difference said in words.
  const [ngoMedian, institutionMedian] = [medians(ngoPatterns, 3), medians(institutionPatterns, 3)];
  const shown = await page.locator('table.gap tbody tr').evaluateAll((trs) => trs.map((tr) =>
    [tr.querySelector('th').textContent.trim(), ...[...tr.querySelectorAll('td')].map((td) => td.textContent.trim())]));
  const name = (median) => (median === null ? 'Gösterilmiyor' : LEVELS[median]);
  const expectedGap = Object.keys(ngoMedian).map((step) => {
    const [a, b] = [ngoMedian[step], institutionMedian[step]];
    let gap = 'Gösterilmiyor';
    if (a !== null && b !== null) gap = a === b ? 'Fark yok' : (b > a ? `Fark var: kurumlar ${b - a} düzey yukarıda` : `Fark var: STK'lar ${a - b} düzey yukarıda`);
    return [step, name(a), name(b), gap];
  });
  assert.deepEqual(shown, expectedGap);
  assert.ok(expectedGap.some(([, , , gap]) => gap.startsWith('Fark var')), 'the chosen patterns differ somewhere');
  const summary = JSON.parse((await downloadFrom(page, 'Özeti JSON olarak indir')).text);
  assert.deepEqual(summary.sides.map((s) => [s.side, s.participants]), [['ngo', 3], ['institution', 3]]);
  assert.equal(summary.gap.length, 6);
  const roomScreen = await axeViolations(page);

  // The presenter's gap view, by keyboard: past the areas, the most common
  // next steps (the room screen's list) and the compass.
  await page.locator('ol.next-steps .guidance-note').waitFor({ state: 'detached' });
  const nextSteps = await page.locator('ol.next-steps li').allTextContents();
  assert.ok(nextSteps.length > 0, 'the room lists next steps');
  await page.getByRole('link', { name: 'Sunum modu' }).click();
  await page.getByRole('heading', { level: 1, name: 'Salonun tablosu' }).waitFor();
  for (let n = 0; n < 8; n += 1) await page.keyboard.press('ArrowRight');
  await page.getByRole('heading', { level: 1, name: 'En sık çıkan sonraki adımlar' }).waitFor();
  await page.locator('ol.next-steps .guidance-note').waitFor({ state: 'detached' });
  assert.deepEqual(await page.locator('ol.next-steps li').allTextContents(), nextSteps);
  for (let n = 0; n < 2; n += 1) await page.keyboard.press('ArrowRight');
  const firstMarked = expectedGap.findIndex(([, , , gap]) => gap.startsWith('Fark var'));
  await page.getByRole('heading', { level: 1, name: `Algı farkı: kurumlar ve STK'lar: ${expectedGap[0][0]}` }).waitFor();
  for (let n = 0; n < firstMarked; n += 1) await page.keyboard.press('ArrowRight');
  await page.getByRole('heading', { level: 1, name: `Algı farkı: kurumlar ve STK'lar: ${expectedGap[firstMarked][0]}` }).waitFor();
  assert.equal(await page.locator('.gap-slide table.spread').count(), 2, 'both sides on one screen');
  assert.match(await page.locator('.discussion').textContent(), /aradaki fark nereden geliyor\?/);
  const presentScreen = await axeViolations(page);
  await page.keyboard.press('Escape');
  await page.getByRole('heading', { level: 1, name: 'Konya STK Günü' }).waitFor();
  // In English: the room's gap section, then the presenter's gap view.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 2, name: 'Perception gap: institutions and NGOs' }).waitFor();
  const roomEnglish = await axeViolations(page);
  await page.getByRole('link', { name: 'Presenter mode' }).click();
  await page.getByRole('heading', { level: 1, name: "The room's picture" }).waitFor();
  for (let n = 0; n < 10; n += 1) await page.keyboard.press('ArrowRight');
  await page.getByRole('heading', { level: 1, name: 'Perception gap: institutions and NGOs: Agenda setting' }).waitFor();
  assert.match(await page.locator('.discussion').textContent(), /\?/);
  const presentEnglish = await axeViolations(page);
  assert.deepEqual([roomScreen, presentScreen, presentEnglish, roomEnglish].filter((v) => v.length), []);
  assertClean(problems, assert);
  await context.close();
});

test('an official\'s results lead to a plan and a report worded for the institution', async () => {
  const mixed = golden.institution.patterns.find((p) => p.name === 'mixed');
  const { context, page, problems } = await openPage(app.browser, app.origin);
  await appReady(page);
  await page.getByRole('radio', { name: 'Kamu kurumu adına' }).check();
  await page.getByRole('button', { name: 'Başla' }).click();
  await page.getByText(/^Soruları kurumunuzun/).waitFor();
  const byQuestion = new Map(mixed.answers.map((a) => [a.question, a.labels]));
  await answerAll(page, golden.institution.questions, (n) => byQuestion.get(n));
  // The summary reads the level the institution's way.
  assert.match(await page.locator('.results').textContent(), /STK'lar/);
  const [step] = mixed.expected.steps[0];
  await page.getByRole('table').getByRole('link', { name: step }).click();
  const details = page.locator('#step-agenda');
  const suggested = (await details.locator('.next-step').first().textContent()).replace(/^Sonraki adımınız:\s*/, '').trim();
  assert.ok(suggested.length > 20, suggested);
  await details.getByRole('button', { name: 'Bu adımı eylem planına ekle' }).click();
  await page.getByRole('link', { name: 'Eylem planı' }).click();
  await page.getByRole('heading', { level: 1, name: 'Eylem planı' }).waitFor();
  assert.deepEqual(await page.locator('li.plan-item textarea').evaluateAll((areas) => areas.map((a) => a.value)), [suggested]);
  // The printed report says whose assessment it is.
  await page.goto(`${app.origin}/results`);
  const badge = page.getByText('Kamu kurumu değerlendirmesi', { exact: false });
  await badge.waitFor();
  await page.emulateMedia({ media: 'print' });
  assert.ok(await badge.isVisible(), 'on paper too');
  await page.emulateMedia({ media: 'screen' });
  const { text: file } = await downloadFrom(page, 'Dosya olarak indir (JSON)');
  assert.equal(JSON.parse(file).role, 'institution');
  assertClean(problems, assert);
  await context.close();

  // The exported file, added to a room on a trainer's device that has not
  // fetched the institution's questions yet: they are fetched, then counted.
  const trainer = await openPage(app.browser, app.origin, '/rooms');
  await trainer.page.getByRole('textbox', { name: 'Oda adı' }).fill('Dosyalı oda');
  await trainer.page.getByRole('button', { name: 'Odayı oluştur' }).click();
  await trainer.page.getByRole('heading', { level: 1, name: 'Dosyalı oda' }).waitFor();
  await trainer.page.getByLabel('Değerlendirme dosyalarını ekleyin (birden fazla seçilebilir)').setInputFiles([
    { name: 'belediye.json', mimeType: 'application/json', buffer: Buffer.from(file) },
  ]);
  await trainer.page.getByText('1 yeni katılımcı eklendi').waitFor();
  await trainer.page.getByText('1 katılımcı: 0 STK, 1 kamu kurumu').waitFor();
  assertClean(trainer.problems, assert);
  await trainer.context.close();
});
