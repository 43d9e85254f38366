// What the workshop tests share: participants who answer a golden pattern
// and read their code, a trainer's room, and the room's tables as counts.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { answerAll, appReady, openPage } from './harness.mjs';

export const golden = JSON.parse(await readFile(new URL('./patterns.json', import.meta.url), 'utf8'));
export const SLOTS = ['Değerlendirilmedi', 'Yeterli yanıt yok', 'Henüz yok', 'Bilgilendirme', 'Danışma', 'Diyalog', 'İş birliği'];
// Readiness has its own scale, in a table of its own.
export const READINESS_SLOTS = ['Değerlendirilmedi', 'Yeterli yanıt yok', 'Zayıf', 'Gelişiyor', 'Güçlü'];
export const READINESS = 'Katılıma hazırlık';

/**
 * One participant answers a golden pattern on their own "phone" and reads
 * the code; with `qr`, also the SVG of the QR code their results show.
 */
export async function participantCode(browser, origin, pattern, { qr = false } = {}) {
  const { context, page, problems } = await openPage(browser, origin);
  await appReady(page);
  await page.getByRole('button', { name: 'Başla' }).click();
  const byQuestion = new Map(pattern.answers.map((a) => [a.question, a.labels]));
  await answerAll(page, golden.questions, (n) => byQuestion.get(n));
  await page.getByRole('heading', { level: 3, name: 'Eğitmenle paylaşın' }).waitFor();
  const code = (await page.locator('.big-code').textContent()).trim();
  const svg = qr ? await page.getByRole('img', { name: /^Paylaşım bağlantısının QR kodu/ }).locator('svg').evaluate((s) => s.outerHTML) : null;
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
  return qr ? { code, svg } : code;
}

/** The counts the core computed for the golden patterns, per step and slot. */
export function expectedCounts(patterns = golden.patterns) {
  const steps = {};
  for (const pattern of patterns) {
    for (const [step, level] of pattern.expected.steps) {
      steps[step] ??= SLOTS.map(() => 0);
      steps[step][SLOTS.indexOf(level)] += 1;
    }
  }
  const readiness = { [READINESS]: READINESS_SLOTS.map(() => 0) };
  for (const pattern of patterns) readiness[READINESS][READINESS_SLOTS.indexOf(pattern.expected.readiness)] += 1;
  return { steps, readiness };
}

/** A room table (0: the six steps, 1: readiness) as { step: [counts per slot] }. */
export async function spreadCounts(page, index = 0) {
  return page.locator('table.spread').nth(index).evaluate((table) => Object.fromEntries(
    [...table.querySelectorAll('tbody tr')].map((row) => [
      row.querySelector('th').textContent.trim(),
      [...row.querySelectorAll('td .count')].map((c) => Number(c.textContent)),
    ])));
}

export async function createRoom(page, origin, name) {
  await page.goto(`${origin}/rooms`);
  await page.getByRole('heading', { level: 1, name: 'Atölye odaları' }).waitFor();
  await page.getByRole('textbox', { name: 'Oda adı' }).fill(name);
  await page.getByRole('button', { name: 'Odayı oluştur' }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** The trainer lowers the room's anonymity floor (default 5) to `n`. */
export async function setFloor(page, n) {
  await page.getByRole('combobox', { name: /^Anonimlik sınırı/ }).selectOption(String(n));
}
