// The results screen as a volunteer meets it on a phone: the summary first
// (matrix, one sentence, readiness, priorities), the compass with a text
// alternative that says what the matrix says, and each step's details on
// demand; with everything closed the page stays within six screens.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { answerAll, appReady, assertClean, matrixRows, useApp } from './harness.mjs';

const app = useApp(before, after);
const golden = JSON.parse(await readFile(new URL('./patterns.json', import.meta.url), 'utf8'));
const mixed = golden.patterns.find((p) => p.name === 'mixed');
const SCREEN = { width: 360, height: 740 };

/** A phone-sized page with the "mixed" pattern answered, on its results. */
async function phoneResults() {
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
  await page.getByRole('heading', { level: 1, name: 'Sonuçlarınız' }).waitFor();
  return { context, page, problems };
}

test('on a phone the summary comes first and the whole page stays within six screens', async () => {
  const { context, page, problems } = await phoneResults();
  // In this order, before anything else: matrix, reading, readiness, priorities.
  const order = await page.evaluate(() => {
    const at = (selector) => document.querySelector(selector)?.getBoundingClientRect().top ?? -1;
    return [at('table.matrix'), at('p.reading'), at('section.readiness'), at('section.priorities'), at('figure.compass'), at('#steps-heading')];
  });
  assert.ok(order.every((top) => top >= 0), JSON.stringify(order));
  assert.deepEqual([...order].sort((a, b) => a - b), order, `summary order ${order}`);
  const reading = await page.locator('p.reading').textContent();
  assert.match(reading, /adımlarında|adımında/);
  assert.equal(await page.locator('section.priorities li').count(), 3);
  // The priorities end within the first two screens.
  const prioritiesEnd = await page.locator('section.priorities').evaluate((s) => s.getBoundingClientRect().bottom + window.scrollY);
  assert.ok(prioritiesEnd <= 2 * SCREEN.height, `priorities end at ${prioritiesEnd} px`);
  // Every step's details are closed, and the page is at most six screens.
  assert.equal(await page.locator('details.step-detail[open]').count(), 0);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  assert.ok(height <= 6 * SCREEN.height, `the results page is ${height} px, ${(height / SCREEN.height).toFixed(1)} screens`);
  assertClean(problems, assert);
  await context.close();
});

test('a matrix row opens that step\'s details, and only those', async () => {
  const { context, page, problems } = await phoneResults();
  await page.getByRole('table').getByRole('link', { name: 'Karar alma' }).click();
  const open = page.locator('details.step-detail[open]');
  await open.first().waitFor();
  assert.equal(await open.count(), 1);
  assert.equal(await open.getAttribute('id'), 'step-decision');
  assert.ok(await open.getByText('Sonraki adımınız').first().isVisible());
  // A priority's link opens its step too; the first stays open.
  const first = page.locator('section.priorities li').first();
  await first.getByRole('link', { name: /^Ayrıntılar/ }).click();
  await page.waitForFunction(() => document.querySelectorAll('details.step-detail[open]').length === 2);
  assertClean(problems, assert);
  await context.close();
});

test('the compass\'s text alternative says what the matrix says', async () => {
  const { context, page, problems } = await phoneResults();
  assert.equal(await page.locator('figure.compass svg').getAttribute('aria-hidden'), 'true');
  const listed = await page.locator('.compass-list li').evaluateAll((items) => items.map((li) => [
    li.querySelector('.compass-step').textContent.trim(),
    li.querySelector('.compass-level').textContent.trim(),
    li.querySelector('.compass-peak')?.textContent.trim() ?? null,
  ]));
  assert.deepEqual(listed, await matrixRows(page));
  assert.deepEqual(listed, mixed.expected.steps);
  // The drawing has a filled shape and a dashed one, six axes each.
  for (const shape of ['established', 'peak']) {
    const points = (await page.locator(`figure.compass polygon.${shape}`).getAttribute('points')).split(' ');
    assert.equal(points.length, 6, shape);
  }
  assertClean(problems, assert);
  await context.close();
});
