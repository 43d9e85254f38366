// The results, the action plan and the printed report in English: answered
// in Turkish, then switched to English on the results, as a bilingual
// trainer would. The same bounds and flows as the Turkish tests.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertClean, assertPhoneSummary, axeViolations, compassList, matrixRows, phoneResults, useApp } from './harness.mjs';

const app = useApp(before, after);
const golden = JSON.parse(await readFile(new URL('./patterns.json', import.meta.url), 'utf8'));
const mixed = golden.patterns.find((p) => p.name === 'mixed');
const OWN = 'Send the city council a short monitoring note.';

const englishResults = () => phoneResults(app.browser, app.origin, mixed, golden.questions, { english: true });

test('in English the summary comes first, in English, and the page stays within six screens', async () => {
  const { context, page, problems } = await englishResults();
  const reading = await assertPhoneSummary(page, assert);
  assert.match(reading, /^In (the )?[a-z]/i, reading);
  assert.doesNotMatch(reading, /adım|ğ|ş|ı/, `no Turkish left in "${reading}"`);
  await page.getByRole('heading', { name: 'Start with these steps' }).waitFor();
  // The compass's text alternative is the matrix, in English.
  const listed = await compassList(page);
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
