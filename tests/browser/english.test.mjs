// The results, the action plan and the printed report in English: answered
// in Turkish, then switched to English on the results, as a bilingual
// trainer would. The same bounds and flows as the Turkish tests.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answerAll, appReady, assertClean, axeViolations, matrixRows, useApp } from './harness.mjs';

const app = useApp(before, after);
const golden = JSON.parse(await readFile(new URL('./patterns.json', import.meta.url), 'utf8'));
const mixed = golden.patterns.find((p) => p.name === 'mixed');
const SCREEN = { width: 360, height: 740 };
const OWN = 'Send the city council a short monitoring note.';

/** A phone-sized page with "mixed" answered, on its results in English. */
async function englishResults() {
  const context = await app.browser.newContext({ viewport: SCREEN });
  const page = await context.newPage();
  const problems = { pageErrors: [], consoleErrors: [], foreignRequests: [] };
  page.on('pageerror', (error) => problems.pageErrors.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && problems.consoleErrors.push(message.text()));
  await page.goto(app.origin);
  await appReady(page);
  await page.getByRole('button', { name: 'Başla' }).click();
  const byQuestion = new Map(mixed.answers.map((a) => [a.question, a.labels]));
  await answerAll(page, golden.questions, (n) => byQuestion.get(n));
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your results' }).waitFor();
  return { context, page, problems };
}

test('in English the summary comes first, in English, and the page stays within six screens', async () => {
  const { context, page, problems } = await englishResults();
  const order = await page.evaluate(() => {
    const at = (selector) => document.querySelector(selector)?.getBoundingClientRect().top ?? -1;
    return [at('table.matrix'), at('p.reading'), at('section.readiness'), at('section.priorities'), at('figure.compass'), at('#steps-heading')];
  });
  assert.ok(order.every((top) => top >= 0), JSON.stringify(order));
  assert.deepEqual([...order].sort((a, b) => a - b), order, `summary order ${order}`);
  const reading = await page.locator('p.reading').textContent();
  assert.match(reading, /^In (the )?[a-z]/i, reading);
  assert.doesNotMatch(reading, /adım|ğ|ş|ı/, `no Turkish left in "${reading}"`);
  await page.getByRole('heading', { name: 'Start with these steps' }).waitFor();
  assert.equal(await page.locator('section.priorities li').count(), 3);
  const prioritiesEnd = await page.locator('section.priorities').evaluate((s) => s.getBoundingClientRect().bottom + window.scrollY);
  assert.ok(prioritiesEnd <= 2 * SCREEN.height, `priorities end at ${prioritiesEnd} px`);
  assert.equal(await page.locator('details.step-detail[open]').count(), 0);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  assert.ok(height <= 6 * SCREEN.height, `the English results page is ${height} px`);
  // The compass's text alternative is the matrix, in English.
  const listed = await page.locator('.compass-list li').evaluateAll((items) => items.map((li) => [
    li.querySelector('.compass-step').textContent.trim(),
    li.querySelector('.compass-level').textContent.trim(),
    li.querySelector('.compass-peak')?.textContent.trim() ?? null,
  ]));
  const rows = await matrixRows(page);
  assert.deepEqual(listed, rows);
  assert.equal(rows[2][0], 'Decision');
  assert.deepEqual(await axeViolations(page), []);
  assertClean(problems, assert);
  await context.close();
});

test('in English a plan is built, reordered by keyboard, marked done and printed on at most two pages', async () => {
  const { context, page, problems } = await englishResults();
  await page.getByRole('table').getByRole('link', { name: 'Decision' }).click();
  const details = page.locator('#step-decision');
  // Opened after the switch, the details are in English too.
  for (const text of await details.locator('.next-step, .guidance-title, .why-question').allTextContents()) {
    assert.doesNotMatch(text, /[ğşı]/, `Turkish left in the English details: "${text}"`);
  }
  const suggested = (await details.locator('.next-step').first().textContent()).replace(/^Your next step:\s*/, '').trim();
  await details.getByRole('button', { name: 'Add this step to the action plan' }).click();
  await details.getByRole('status').getByText('Added to the action plan.').waitFor();
  await page.getByRole('link', { name: 'Action plan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Action plan' }).waitFor();
  await page.getByText('1 step planned, 0 done.').waitFor();
  await page.getByLabel('Step', { exact: true }).selectOption({ label: 'Monitoring and evaluation' });
  await page.getByRole('textbox', { name: 'What to do' }).last().fill(OWN);
  await page.getByRole('button', { name: 'Add to the plan' }).click();
  await page.getByText('2 steps planned, 0 done.').waitFor();
  const first = page.locator('li.plan-item').first();
  await first.getByLabel('Who (a person or a team)').fill('Board: Ayşe Yılmaz');
  await first.getByLabel('Who (a person or a team)').blur();
  await first.getByLabel('Status').selectOption({ label: 'Done' });
  await page.getByText('2 steps planned, 1 done.').waitFor();
  await page.getByRole('button', { name: /^Move down: Decision/ }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /Decision/.test(document.activeElement?.getAttribute('aria-label') ?? ''));
  const texts = await page.locator('li.plan-item textarea').evaluateAll((areas) => areas.map((a) => a.value));
  assert.deepEqual(texts, [OWN, suggested]);
  assert.deepEqual(await axeViolations(page), []);

  // The printed summary, in English, on at most two A4 pages.
  await page.getByRole('link', { name: 'Back to the results' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your results' }).waitFor();
  await page.emulateMedia({ media: 'print' });
  const dir = await mkdtemp(join(tmpdir(), 'katilim-report-en-'));
  const file = join(dir, 'report.pdf');
  await writeFile(file, await page.pdf({ format: 'A4', printBackground: true }));
  const pages = Number(execFileSync('pdfinfo', [file], { encoding: 'utf8' }).match(/^Pages:\s+(\d+)/m)?.[1]);
  assert.ok(pages <= 2, `the English summary report is ${pages} pages`);
  const raw = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  if (process.env.KATILIM_PDF_DUMP) await writeFile(process.env.KATILIM_PDF_DUMP, raw);
  const flat = raw.replace(/\s+/g, ' ');
  for (const words of [OWN, 'Board: Ayşe', 'Done', 'Civil participation matrix', 'Readiness for participation', 'Start with these steps', 'https://']) {
    assert.ok(flat.includes(words), `the PDF holds "${words}"`);
  }
  assertClean(problems, assert);
  await context.close();
});
