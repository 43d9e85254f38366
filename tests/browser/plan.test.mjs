// The action plan on the release build: a suggested step added from a
// step's details and one of the NGO's own, edited, reordered by keyboard,
// marked done; kept after a reload, in the exported file and back after an
// import; never in the share code; axe clean in both languages.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { answerAll, appReady, assertClean, axeViolations, downloadFrom, openPage, useApp } from './harness.mjs';

const app = useApp(before, after);
const golden = JSON.parse(await readFile(new URL('./patterns.json', import.meta.url), 'utf8'));
const mixed = golden.patterns.find((p) => p.name === 'mixed');

async function resultsOfMixed() {
  const opened = await openPage(app.browser, app.origin);
  const { page } = opened;
  await appReady(page);
  await page.getByRole('button', { name: 'Başla' }).click();
  const byQuestion = new Map(mixed.answers.map((a) => [a.question, a.labels]));
  await answerAll(page, golden.questions, (n) => byQuestion.get(n));
  return opened;
}

const shareCode = (page) => page.getByRole('textbox', { name: 'Paylaşım kodu' }).inputValue();
const itemTexts = (page) => page.locator('li.plan-item textarea').evaluateAll((areas) => areas.map((a) => a.value));

test('a plan is built from a suggestion and an own step, edited, reordered by keyboard and kept', async () => {
  const { context, page, problems } = await resultsOfMixed();
  const codeBefore = await shareCode(page);
  // A suggested next step, from the decision step's details.
  await page.getByRole('table').getByRole('link', { name: 'Karar alma' }).click();
  const details = page.locator('#step-decision');
  const suggested = (await details.locator('.next-step').first().textContent()).replace(/^Sonraki adımınız:\s*/, '').trim();
  await details.getByRole('button', { name: 'Bu adımı eylem planına ekle' }).click();
  await details.getByRole('status').getByText('Eylem planına eklendi.').waitFor();
  assert.ok(await details.getByRole('button', { name: 'Bu adımı eylem planına ekle' }).isDisabled(), 'added once');
  // The plan's own screen, from the results.
  await page.getByRole('link', { name: 'Eylem planı' }).click();
  await page.getByRole('heading', { level: 1, name: 'Eylem planı' }).waitFor();
  assert.deepEqual(await itemTexts(page), [suggested]);
  // An own step, in another step of the cycle.
  await page.getByLabel('Adım', { exact: true }).selectOption({ label: 'İzleme ve değerlendirme' });
  await page.getByRole('textbox', { name: 'Ne yapılacak' }).last().fill('Belediyenin kadın konukevi hizmetleri için kısa bir izleme notu yayımlayın.');
  await page.getByRole('button', { name: 'Plana ekle' }).click();
  await page.getByText('2 adım planlandı, 0 tanesi tamamlandı.').waitFor();
  // Who, when, how far: saved as they change.
  const first = page.locator('li.plan-item').first();
  await first.getByLabel('Kim (kişi ya da ekip)').fill('Yönetim kurulu: Ayşe Yılmaz');
  await first.getByLabel('Kim (kişi ya da ekip)').blur();
  await first.getByLabel('Hedef ay').fill('2027-03');
  await first.getByLabel('Hedef ay').blur();
  await first.getByLabel('Durum').selectOption({ label: 'Tamamlandı' });
  await page.getByText('2 adım planlandı, 1 tanesi tamamlandı.').waitFor();
  // Reordered by keyboard: the first item moves down with Enter, and the
  // keyboard stays on it.
  await page.getByRole('button', { name: new RegExp(`^Aşağı taşı: Karar alma`) }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('li.plan-item')[1]?.textContent.includes('Karar alma'));
  // The focus comes back to the moved item once it is drawn in its place.
  await page.waitForFunction(() => /Karar alma/.test(document.activeElement?.getAttribute('aria-label') ?? ''));
  assert.deepEqual((await itemTexts(page))[1], suggested);
  // Kept after a reload, with every field.
  await page.reload();
  await appReady(page);
  await page.getByRole('heading', { level: 1, name: 'Eylem planı' }).waitFor();
  const moved = page.locator('li.plan-item').nth(1);
  assert.equal(await moved.getByLabel('Kim (kişi ya da ekip)').inputValue(), 'Yönetim kurulu: Ayşe Yılmaz');
  assert.equal(await moved.getByLabel('Hedef ay').inputValue(), '2027-03');
  assert.equal(await moved.getByLabel('Durum').inputValue(), 'done');
  // The start screen says what is next.
  await page.goto(app.origin);
  await appReady(page);
  await page.getByText('2 adım planlandı, 1 tanesi tamamlandı.').waitFor();
  // The share code is the same as before the plan: it never carries it.
  await page.goto(`${app.origin}/results`);
  await page.getByRole('heading', { level: 1, name: 'Sonuçlarınız' }).waitFor();
  assert.equal(await shareCode(page), codeBefore);
  // The exported file has the plan; after deleting everything, importing it brings it back.
  const { path: file, text } = await downloadFrom(page, 'Dosya olarak indir (JSON)');
  const exported = JSON.parse(text);
  assert.equal(exported.plan.items.length, 2);
  assert.equal(exported.plan.items[1].who, 'Yönetim kurulu: Ayşe Yılmaz');
  await page.getByRole('navigation').getByRole('link', { name: 'Kayıtlı değerlendirmeler' }).click();
  await page.getByRole('button', { name: 'Tüm verilerimi sil' }).click();
  await page.getByRole('button', { name: 'Evet, hepsini sil' }).click();
  await page.getByText('Bu cihazda kayıtlı bir değerlendirme yok.').waitFor();
  await page.getByLabel('Değerlendirme dosyası seçin (.json)').setInputFiles(file);
  await page.getByRole('heading', { level: 1, name: 'Sonuçlarınız' }).waitFor();
  await page.getByRole('link', { name: 'Eylem planı' }).click();
  await page.getByRole('heading', { level: 1, name: 'Eylem planı' }).waitFor();
  assert.equal((await itemTexts(page)).length, 2);
  assertClean(problems, assert);
  await context.close();
});

test('with storage that throws, the plan is kept in memory while the app runs', async () => {
  const context = await app.browser.newContext();
  await context.addInitScript(() => {
    Storage.prototype.setItem = function () { throw new DOMException('denied', 'SecurityError'); };
  });
  const page = await context.newPage();
  await page.goto(app.origin);
  await appReady(page);
  await page.getByRole('button', { name: 'Başla' }).click();
  const byQuestion = new Map(mixed.answers.map((a) => [a.question, a.labels]));
  await answerAll(page, golden.questions, (n) => byQuestion.get(n));
  await page.getByRole('link', { name: 'Eylem planı' }).click();
  await page.getByRole('textbox', { name: 'Ne yapılacak' }).last().fill('İl müdürlüğüne bir bilgi edinme başvurusu yapın.');
  await page.getByRole('button', { name: 'Plana ekle' }).click();
  await page.getByRole('link', { name: 'Sonuçlara dön' }).click();
  await page.getByRole('heading', { level: 1, name: 'Sonuçlarınız' }).waitFor();
  await page.getByText('1 adım planlandı, 0 tanesi tamamlandı.').waitFor();
  await context.close();
});

for (const language of ['Türkçe', 'English']) {
  test(`axe finds no violation on the plan screen (${language})`, async () => {
    const { context, page, problems } = await resultsOfMixed();
    await page.getByRole('link', { name: 'Eylem planı' }).click();
    await page.getByRole('textbox', { name: 'Ne yapılacak' }).last().fill('Bir adım');
    await page.getByRole('button', { name: 'Plana ekle' }).click();
    await page.locator('li.plan-item').first().waitFor();
    if (language === 'English') {
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'Action plan' }).waitFor();
    }
    assert.deepEqual(await axeViolations(page), []);
    assertClean(problems, assert);
    await context.close();
  });
}

test('a new assessment of the same NGO takes the open plan steps along when asked, and the comparison lists those done', async () => {
  const { context, page, problems } = await resultsOfMixed();
  await page.getByRole('link', { name: 'Eylem planı' }).click();
  for (const text of ['İl müdürlüğüyle bir tanışma toplantısı isteyin.', 'Meclis gündemini her ay üyelere duyurun.']) {
    await page.getByRole('textbox', { name: 'Ne yapılacak' }).last().fill(text);
    await page.getByRole('button', { name: 'Plana ekle' }).click();
  }
  await page.locator('li.plan-item').first().getByLabel('Durum').selectOption({ label: 'Tamamlandı' });
  await page.getByText('2 adım planlandı, 1 tanesi tamamlandı.').waitFor();
  await page.getByRole('navigation').getByRole('link', { name: 'Kayıtlı değerlendirmeler' }).waitFor();
  await page.goto(app.origin);
  await appReady(page);
  await page.getByRole('button', { name: 'Yeni değerlendirme başlat' }).click();
  await page.getByRole('heading', { level: 2, name: 'Eylem planı yeni değerlendirmeye taşınsın mı?' }).waitFor();
  await page.getByRole('button', { name: 'Evet, tamamlanmamış adımları taşı' }).click();
  const byQuestion = new Map(mixed.answers.map((a) => [a.question, a.labels]));
  await answerAll(page, golden.questions, (n) => byQuestion.get(n));
  await page.getByRole('heading', { level: 2, name: 'Önceki değerlendirmeyle karşılaştırma' }).waitFor();
  assert.deepEqual(await page.locator('ul.done-since li').allTextContents(), ['İl müdürlüğüyle bir tanışma toplantısı isteyin.']);
  await page.getByRole('link', { name: 'Eylem planı' }).click();
  // The plan's screen is loaded when first opened: wait for it.
  await page.getByRole('heading', { level: 1, name: 'Eylem planı' }).waitFor();
  assert.deepEqual(await itemTexts(page), ['Meclis gündemini her ay üyelere duyurun.']);
  assertClean(problems, assert);
  await context.close();
});
