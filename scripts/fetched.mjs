// What a person downloads, measured in Chromium on the release build: the
// brotli bytes (-q 11, what a host that compresses sends) of every file of
// the app's origin fetched until a moment of a journey, with service
// workers blocked (a first visit); and what a second visit takes from the
// network once the service worker has the app (should be nothing but the
// worker's own update check). Used by scripts/bench and the byte test.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { appReady, answerAll } from '../tests/browser/harness.mjs';
import { randomCode, seeded } from './codes.mjs';

const golden = JSON.parse(readFileSync(new URL('../tests/browser/patterns.json', import.meta.url), 'utf8'));
const mixed = golden.patterns.find((p) => p.name === 'mixed');

/** Brotli sizes of dist's files, by the path a request names. */
function sizer(dist) {
  const cache = new Map();
  return (pathname) => {
    // Every route of the app is index.html.
    const file = /\.[a-z0-9]+$/.test(pathname) ? pathname.slice(1) : 'index.html';
    if (!cache.has(file)) {
      const path = join(dist, file);
      const body = existsSync(path) ? readFileSync(path) : Buffer.alloc(0);
      cache.set(file, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }).length);
    }
    return cache.get(file);
  };
}

/** Records the files a context fetches from `origin` over the network. */
function recorder(context, origin, size) {
  const fetched = new Map();
  context.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin !== origin || response.fromServiceWorker()) return;
    const started = response.request().timing().startTime;
    if (!fetched.has(url.pathname)) fetched.set(url.pathname, { bytes: size(url.pathname), started });
  });
  // Up to `before` (ms since the epoch): what was asked for until then.
  const upTo = (before = Infinity) => [...fetched].filter(([, f]) => f.started <= before);
  return {
    bytes: (before) => upTo(before).reduce((sum, [, f]) => sum + f.bytes, 0),
    files: (before) => upTo(before).map(([path]) => path).sort(),
    clear: () => fetched.clear(),
  };
}

/**
 * Opens the app and its first question; resolves to the moment (ms since
 * the epoch) its first choice was in the page, seen by the page itself: what
 * is asked for after that (the guidance) is not needed to answer.
 */
async function firstAnswer(page, origin) {
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('main#main input[type=radio], main#main input[type=checkbox]')) {
        window.firstChoiceAt = performance.timeOrigin + performance.now();
        observer.disconnect();
      }
    }).observe(document, { subtree: true, childList: true });
  });
  await page.goto(origin);
  await appReady(page);
  await page.getByRole('button', { name: 'Başla' }).click();
  await page.getByText(new RegExp(`^Soru 1 / ${golden.questions}$`)).waitFor();
  await page.locator('input[type=radio], input[type=checkbox]').first().waitFor();
  return page.evaluate(() => window.firstChoiceAt);
}

async function toResults(page) {
  const byQuestion = new Map(mixed.answers.map((a) => [a.question, a.labels]));
  await answerAll(page, golden.questions, (n) => byQuestion.get(n));
  // The results with their guidance: the priorities' next steps are there.
  await page.locator('section.priorities p.next-step').first().waitFor();
}

async function roomOf100(page, origin) {
  const random = seeded(7);
  const codes = Array.from({ length: 100 }, () => randomCode(random)).join('\n');
  await page.goto(`${origin}/rooms`);
  await appReady(page);
  await page.locator('#room-name').fill('İzmir STK Günü');
  await page.getByRole('button', { name: 'Odayı oluştur' }).click();
  await page.locator('#room-paste').fill(codes);
  await page.getByRole('button', { name: 'Odaya ekle' }).click();
  await page.getByText('100 yeni katılımcı eklendi', { exact: false }).waitFor();
  await page.locator('ol.next-steps li:not(:has(.guidance-note))').first().waitFor();
}

/**
 * The journeys' bytes: `firstAnswer`, `results` (a full walk, guidance on
 * screen), `room` (100 codes pasted, the picture with its next steps),
 * `everything` (every file of the build, both languages), `scanner` (the
 * room scanner's decoder, part of everything), and `second`
 * (a second visit's first answer, from the network).
 */
export async function journeys(browser, origin, dist = 'dist') {
  const size = sizer(dist);
  const out = {};
  {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const fetched = recorder(context, origin, size);
    const page = await context.newPage();
    const answerable = await firstAnswer(page, origin);
    out.firstAnswer = { bytes: fetched.bytes(answerable), files: fetched.files(answerable) };
    await toResults(page);
    out.results = { bytes: fetched.bytes(), files: fetched.files() };
    await context.close();
  }
  {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const fetched = recorder(context, origin, size);
    await roomOf100(await context.newPage(), origin);
    out.room = { bytes: fetched.bytes(), files: fetched.files() };
    await context.close();
  }
  {
    const context = await browser.newContext();
    const fetched = recorder(context, origin, size);
    const page = await context.newPage();
    await page.goto(origin);
    await appReady(page);
    // The worker has installed (precached the build) and controls the page.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    fetched.clear();
    await firstAnswer(page, origin);
    await toResults(page);
    out.second = { bytes: fetched.bytes(), files: fetched.files() };
    await context.close();
  }
  // Every file the service worker serves: those it precaches, and those
  // it keeps when first fetched (the public institution's bank).
  const worker = readFileSync(join(dist, 'sw.js'), 'utf8');
  const list = (name) => JSON.parse(worker.match(new RegExp(`const ${name} = (\\[.*\\]);`))?.[1] ?? '[]');
  const files = [...list('FILES'), ...list('LATER')];
  // The app's code and content; not its icons and manifest.
  const app = files.filter((path) => path === '/' || /\.(html|js|wasm|css|json)$/.test(path));
  out.everything = { bytes: app.reduce((sum, path) => sum + size(path), 0), files: app };
  // The room scanner's decoder (a trainer's, fetched by the room screen).
  const scanner = app.filter((path) => /^\/scan-/.test(path));
  out.scanner = { bytes: scanner.reduce((sum, path) => sum + size(path), 0), files: scanner };
  return out;
}
