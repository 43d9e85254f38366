// The printed report: the summary on at most two A4 pages (matrix,
// compass, reading, readiness, priorities, the action plan as a table, the
// resources with their addresses), each step's guidance only in the
// detailed report. Read back from Chromium's own PDF with poppler's tools.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answerAll, appReady, assertClean, openPage, useApp } from './harness.mjs';

const app = useApp(before, after);
const golden = JSON.parse(await readFile(new URL('./patterns.json', import.meta.url), 'utf8'));
const mixed = golden.patterns.find((p) => p.name === 'mixed');
const PLANNED = 'Kent konseyine izleme notu sunun.';

/** The PDF of the page as printed on A4: its number of pages and its text. */
async function printed(page) {
  const dir = await mkdtemp(join(tmpdir(), 'katilim-report-'));
  const file = join(dir, 'report.pdf');
  await writeFile(file, await page.pdf({ format: 'A4', printBackground: true }));
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(info.match(/^Pages:\s+(\d+)/m)?.[1]);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  if (process.env.KATILIM_PDF_DUMP) await writeFile(process.env.KATILIM_PDF_DUMP, text);
  return { pages, text };
}

test('the summary report fits two A4 pages and holds the plan; the detailed one adds the guidance', async () => {
  const { context, page, problems } = await openPage(app.browser, app.origin);
  await appReady(page);
  await page.getByRole('button', { name: 'Başla' }).click();
  const byQuestion = new Map(mixed.answers.map((a) => [a.question, a.labels]));
  await answerAll(page, golden.questions, (n) => byQuestion.get(n));
  await page.getByRole('link', { name: 'Eylem planı' }).click();
  await page.getByRole('textbox', { name: 'Ne yapılacak' }).last().fill(PLANNED);
  await page.getByRole('button', { name: 'Plana ekle' }).click();
  await page.getByRole('link', { name: 'Sonuçlara dön' }).click();
  await page.getByRole('heading', { level: 1, name: 'Sonuçlarınız' }).waitFor();

  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.locator('.print-plan').getByText(PLANNED).isVisible(), 'the plan is on paper');
  assert.ok(await page.locator('.print-resources .print-url').first().isVisible(), 'resource addresses are written out');
  assert.equal(await page.locator('.steps-section').isVisible(), false, 'no guidance in the summary report');
  const summary = await printed(page);
  assert.ok(summary.pages <= 2, `the summary report is ${summary.pages} pages`);
  const flat = summary.text.replace(/\s+/g, ' ');
  assert.ok(flat.includes(PLANNED), 'the PDF holds the plan item');
  for (const words of ['Sivil katılım matrisi', 'Katılıma hazırlık', 'Önce bu adımlara bakın', 'https://']) {
    assert.ok(flat.includes(words), `the PDF holds "${words}"`);
  }
  const guidance = (await page.locator('#step-agenda .guidance-title').textContent()).trim();
  assert.ok(!flat.includes(guidance), 'no step guidance in the summary report');

  // The detailed report: every step's guidance, from a new page.
  await page.emulateMedia({ media: 'screen' });
  await page.getByLabel('Ayrıntılı rapor: yazdırırken her adımın rehberini de ekle').check();
  await page.emulateMedia({ media: 'print' });
  const detailed = await printed(page);
  assert.ok(detailed.pages > summary.pages, `${detailed.pages} pages`);
  assert.ok(detailed.text.replace(/\s+/g, ' ').includes(guidance.replace(/\s+/g, ' ')), 'the detailed report holds the guidance');
  assertClean(problems, assert);
  await context.close();
});
