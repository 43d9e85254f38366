// The results screen as a volunteer meets it on a phone: the summary first
// (matrix, one sentence, readiness, priorities), the compass with a text
// alternative that says what the matrix says, and each step's details on
// demand; with everything closed the page stays within six screens.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { assertClean, assertPhoneSummary, compassList, matrixRows, phoneResults, useApp } from './harness.mjs';

const app = useApp(before, after);
const golden = JSON.parse(await readFile(new URL('./patterns.json', import.meta.url), 'utf8'));
const mixed = golden.patterns.find((p) => p.name === 'mixed');
const phone = () => phoneResults(app.browser, app.origin, mixed, golden.questions);

test('on a phone the summary comes first and the whole page stays within six screens', async () => {
  const { context, page, problems } = await phone();
  // In this order, before anything else: matrix, reading, readiness, priorities.
  const reading = await assertPhoneSummary(page, assert);
  assert.match(reading, /adımlarında|adımında/);
  assertClean(problems, assert);
  await context.close();
});

test('a matrix row opens that step\'s details, and only those', async () => {
  const { context, page, problems } = await phone();
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
  const { context, page, problems } = await phone();
  assert.equal(await page.locator('figure.compass svg').getAttribute('aria-hidden'), 'true');
  const listed = await compassList(page);
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
