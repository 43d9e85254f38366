// Shared set-up of the browser tests: serves the release build (dist/) on a
// free 127.0.0.1 port, launches Debian's Chromium through playwright-core,
// and watches every page for errors and for requests leaving the origin.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

export const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];

/**
 * Starts the static server on port 0 and resolves to its origin; with
 * `compress`, it serves brotli/gzip as a real host would.
 */
export async function startServer(dir = 'dist', { compress = false } = {}) {
  const args = ['scripts/static-server.mjs', '--dir', dir, '--port', '0', ...(compress ? ['--compress'] : [])];
  const server = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  for await (const chunk of server.stdout) {
    output += chunk;
    const match = output.match(/http:\/\/127\.0\.0\.1:\d+/);
    if (match) return { origin: match[0], stop: () => stopProcess(server) };
  }
  throw new Error(`the static server did not start: ${output}`);
}

async function stopProcess(child) {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await once(child, 'exit');
}

/**
 * Serves the build and launches Chromium for one test file, both stopped
 * after it: `const app = useApp(before, after)`, then `app.origin` and
 * `app.browser` inside the tests.
 */
export function useApp(before, after) {
  const app = {};
  before(async () => {
    app.server = await startServer();
    app.origin = app.server.origin;
    app.browser = await launchBrowser();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.stop();
  });
  return app;
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
  });
}

/**
 * Opens a page in a fresh context and records what a user would never want:
 * uncaught errors, console errors, and requests to any other origin.
 */
export async function openPage(browser, origin, path = '/') {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = { pageErrors: [], consoleErrors: [], foreignRequests: [] };
  page.on('pageerror', (error) => problems.pageErrors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.foreignRequests.push(url);
    }
  });
  await page.goto(origin + path);
  return { context, page, problems };
}

/** Waits until the app has mounted: its main landmark has a heading. */
export async function appReady(page) {
  // The loading screen (index.html) looks like the start screen: wait until
  // the app has taken its place.
  await page.getByRole('status').filter({ hasText: /^(Yükleniyor|Loading)…$/ }).waitFor({ state: 'hidden' });
  await page.getByRole('main').getByRole('heading', { level: 1 }).waitFor();
}

/** Fails the test if the page threw, logged an error or called another origin. */
export function assertClean(problems, assert) {
  assert.deepEqual(problems.pageErrors, [], 'page errors');
  assert.deepEqual(problems.consoleErrors, [], 'console errors');
  assert.deepEqual(problems.foreignRequests, [], 'requests to other origins');
}

/** The reached level of each row of the results matrix, as [step, level] pairs. */
export async function matrixRows(page) {
  const table = page.getByRole('table').first();
  await table.waitFor();
  // Per step: its name, its established level (or why it has none), and
  // its peak where that is marked apart; each read as the table shows it.
  return table.evaluate((t) => {
    const headers = [...t.querySelectorAll('thead th')].map((th) => th.textContent.trim());
    return [...t.querySelectorAll('tbody tr')].map((row) => {
      const step = row.querySelector('th').textContent.trim();
      const cells = [...row.querySelectorAll('td')];
      if (cells.length === 1) return [step, cells[0].textContent.trim(), null];
      const at = (mark) => cells.findIndex((cell) => cell.classList.contains(mark));
      const peak = at('peak');
      return [step, headers[at('reached') + 1], peak < 0 ? null : headers[peak + 1]];
    });
  });
}

/** The overall profile as shown: [label, value] pairs. */
export async function profile(page) {
  return page.locator('dl.profile').evaluate((dl) =>
    [...dl.querySelectorAll('dd')].map((dd) => dd.textContent.trim()));
}

export async function axeViolations(page) {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
}

/** Clicks the named button and returns the file it downloads: its path and text. */
export async function downloadFrom(page, button) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = await download.path();
  return { path, text: await readFile(path, 'utf8') };
}

/**
 * From question 1, ticks `labelsOf(n)` on each question (Turkish UI), goes
 * on to Review and opens Results.
 */
export async function answerAll(page, total, labelsOf) {
  for (let n = 1; n <= total; n += 1) {
    await page.getByText(new RegExp(`^Soru ${n} / ${total}$`)).waitFor();
    for (const label of labelsOf(n) ?? []) {
      await page.getByRole('radio', { name: label, exact: true }).or(page.getByRole('checkbox', { name: label, exact: true })).check();
    }
    await page.getByRole('button', { name: n === total ? 'Yanıtları gözden geçir' : 'İleri' }).click();
  }
  await page.getByRole('link', { name: 'Sonuçları gör' }).click();
  await page.getByRole('heading', { level: 1, name: 'Sonuçlarınız' }).waitFor();
}

/** The phone the results are checked on. */
export const PHONE = { width: 360, height: 740 };

/**
 * A phone-sized page with `pattern` answered (Turkish UI), on its results;
 * with `english`, switched to English there.
 */
export async function phoneResults(browser, origin, pattern, total, { english = false } = {}) {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const problems = { pageErrors: [], consoleErrors: [], foreignRequests: [] };
  page.on('pageerror', (error) => problems.pageErrors.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && problems.consoleErrors.push(message.text()));
  await page.goto(origin);
  await appReady(page);
  await page.getByRole('button', { name: 'Başla' }).click();
  const byQuestion = new Map(pattern.answers.map((a) => [a.question, a.labels]));
  await answerAll(page, total, (n) => byQuestion.get(n));
  if (english) {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your results' }).waitFor();
  }
  return { context, page, problems };
}

/**
 * Checks the results' summary on a phone: matrix, reading, readiness,
 * priorities (three, ending within two screens), compass, then the steps;
 * every step closed and the page within six screens. Gives the reading.
 */
export async function assertPhoneSummary(page, assert) {
  const order = await page.evaluate(() => {
    const at = (selector) => document.querySelector(selector)?.getBoundingClientRect().top ?? -1;
    return [at('table.matrix'), at('p.reading'), at('section.readiness'), at('section.priorities'), at('figure.compass'), at('#steps-heading')];
  });
  assert.ok(order.every((top) => top >= 0), JSON.stringify(order));
  assert.deepEqual([...order].sort((a, b) => a - b), order, `summary order ${order}`);
  assert.equal(await page.locator('section.priorities li').count(), 3);
  const prioritiesEnd = await page.locator('section.priorities').evaluate((s) => s.getBoundingClientRect().bottom + window.scrollY);
  assert.ok(prioritiesEnd <= 2 * PHONE.height, `priorities end at ${prioritiesEnd} px`);
  assert.equal(await page.locator('details.step-detail[open]').count(), 0);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  assert.ok(height <= 6 * PHONE.height, `the results page is ${height} px, ${(height / PHONE.height).toFixed(1)} screens`);
  return page.locator('p.reading').textContent();
}

/** The compass's numbered list: [step, level, peak or null] per axis. */
export function compassList(page) {
  return page.locator('.compass-list li').evaluateAll((items) => items.map((li) => [
    li.querySelector('.compass-step').textContent.trim(),
    li.querySelector('.compass-level').textContent.trim(),
    li.querySelector('.compass-peak')?.textContent.trim() ?? null,
  ]));
}
