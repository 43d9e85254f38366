// The app's speed as a phone user meets it, on the release build served
// compressed (brotli/gzip) as a real static host would:
// - Lighthouse 12 (default mobile emulation and throttling), median of 5 runs
//   (each figure's median), for the app and for a plain static HTML copy of its
//   start screen (the floor any page of that content costs);
// - the wizard's taps (answer, Next) painted at 4× CPU slowdown, median of 40.
//   node scripts/bench-app.mjs [lighthouse|next]   (after a release build;
//   a part's name runs that part alone; DIST=dir measures another build)
import { mkdtemp, readFile, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { launchBrowser, startServer, CHROMIUM_FLAGS } from '../tests/browser/harness.mjs';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function lighthouseMedian(url, runs = Number(process.env.RUNS ?? 5)) {
  const results = [];
  for (let run = 0; run < runs; run += 1) {
    const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: CHROMIUM_FLAGS });
    try {
      const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
      const audit = (id) => lhr.audits[id].numericValue;
      results.push({
        performance: lhr.categories.performance.score,
        accessibility: lhr.categories.accessibility.score,
        bestPractices: lhr.categories['best-practices'].score,
        fcp: audit('first-contentful-paint'),
        lcp: audit('largest-contentful-paint'),
        tbt: audit('total-blocking-time'),
        cls: audit('cumulative-layout-shift'),
        bytes: audit('total-byte-weight'),
      });
    } finally {
      await chrome.kill();
    }
  }
  // Each figure is its own median over the runs (TBT varies most: it is
  // this 2-core machine's CPU, multiplied by four); the runs are listed.
  const of = (key) => median(results.map((r) => r[key]));
  const keys = Object.keys(results[0]);
  return { ...Object.fromEntries(keys.map((key) => [key, of(key)])), all: results };
}

/** A plain HTML page with the app's rendered start screen and its CSS, no script. */
async function staticStartScreen(origin) {
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
    await page.goto(origin);
    await page.getByRole('main').getByRole('heading', { level: 1 }).waitFor();
    const html = await page.evaluate(() => {
      document.querySelectorAll('script, link[rel=modulepreload], link[rel=preload], link[rel=manifest], meta[http-equiv]').forEach((e) => e.remove());
      return `<!doctype html>\n${document.documentElement.outerHTML}`;
    });
    const dir = await mkdtemp(join(tmpdir(), 'katilim-static-'));
    await writeFile(join(dir, 'index.html'), html);
    for (const asset of html.matchAll(/href="\/([^"]+\.(?:css|svg))"/g)) await copyFile(join('dist', asset[1]), join(dir, asset[1]));
    return dir;
  } finally {
    await browser.close();
  }
}

/**
 * The wizard's taps at 4× CPU slowdown, each from the tap (a Performance
 * mark) to the first frame painted after what it changes is in the page
 * (checked in each frame's animation callback, then a task posted from that
 * frame, which runs after its paint), median over `samples`:
 * - choose: an answer is tapped and its mark painted;
 * - next: Next is tapped (the answer chosen and painted before) and the next
 *   question painted: what a person feels between questions;
 * - both: an answer and Next tapped in one task, the next question painted
 *   (the first sessions' figure: it also charges the answer's work to Next);
 * - floor: one text changed by hand, no app work at all: the wait for the
 *   next frame (half a frame on average) and its paint, on this machine at
 *   that moment;
 * - words: the next question's words (number, question, choices) put into
 *   the page by hand, no app work at all: the floor of any way of showing
 *   the next question (measured from the second walk on, once its words are
 *   known).
 * Each tap comes after a 300 ms pause (a very fast reader): what the app does
 * after a paint (saving, the history entry; at most 100 ms later) is done by
 * then. The walk starts again at question 1 after the last one.
 */
async function wizardTaps(origin, samples = 40) {
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const firstQuestion = async (start) => {
      await page.goto(start);
      if (start === origin) await page.getByRole('button', { name: 'Başla' }).click();
      await page.getByText(/^Soru 1 \//).waitFor();
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    };
    const words = new Map();
    const tap = (what, nextWords = []) => page.evaluate(async ({ what, nextWords }) => {
      await new Promise((done) => setTimeout(done, 300));
      const main = document.querySelector('main');
      const progress = () => main.querySelector('.progress')?.textContent.trim() ?? '';
      const number = Number(progress().match(/^Soru (\d+) \//)?.[1]);
      const choice = [...main.querySelectorAll('input[type=radio], input[type=checkbox]')].find((input) => !input.checked);
      const next = [...main.querySelectorAll('button')].find((b) => b.textContent.trim() === 'İleri');
      const shown = {
        floor: () => progress().startsWith(`Soru ${number} / …`),
        words: () => progress().startsWith(`Soru ${number} / …`),
        choose: () => true,
        next: () => progress().startsWith(`Soru ${number + 1} /`),
        both: () => progress().startsWith(`Soru ${number + 1} /`),
      }[what];
      performance.mark('tap');
      if (what === 'floor') {
        // The app's own text node, so the app's next update finds it.
        main.querySelector('.progress span').firstChild.nodeValue = `Soru ${number} / …`;
      }
      if (what === 'words') {
        main.querySelector('.progress span').firstChild.nodeValue = `Soru ${number} / …`;
        const [prompt, ...labels] = nextWords;
        main.querySelector('h1').firstChild.nodeValue = prompt;
        main.querySelectorAll('label.choice span').forEach((span, i) => { span.firstChild.nodeValue = labels[i] ?? ''; });
      }
      if (what === 'choose' || what === 'both') choice.click();
      if (what === 'next' || what === 'both') next.click();
      await new Promise((done) => {
        // One element read per frame: the check must not cost the page time.
        const check = () => (shown() ? done() : requestAnimationFrame(check));
        requestAnimationFrame(check);
      });
      await new Promise((done) => { const c = new MessageChannel(); c.port1.onmessage = done; c.port2.postMessage(null); });
      return performance.measure('painted', 'tap').duration;
    }, { what, nextWords });
    const shownWords = () => page.evaluate(() => [...document.querySelectorAll('main h1, main label.choice span')].map((e) => e.textContent));
    const times = { choose: [], next: [], both: [], floor: [], words: [] };
    await firstQuestion(origin);
    while (times.next.length < samples) {
      const [number, total] = await page.evaluate(() => (document.querySelector('main .progress')?.textContent.match(/(\d+) \/ (\d+)/) ?? []).slice(1, 3).map(Number));
      // Next and both move on by one question each, and need an İleri.
      if (number + 2 > total) {
        await firstQuestion(`${origin}/q/1`);
        continue;
      }
      times.floor.push(await tap('floor'));
      if (words.has(number + 1)) {
        // By hand, then back to the app's own words (the app does not know).
        const own = await shownWords();
        times.words.push(await tap('words', words.get(number + 1)));
        await page.evaluate((own) => document.querySelectorAll('main h1, main label.choice span').forEach((e, i) => { e.firstChild.nodeValue = own[i]; }), own);
      }
      times.choose.push(await tap('choose'));
      times.next.push(await tap('next'));
      words.set(number + 1, await shownWords());
      times.both.push(await tap('both'));
    }
    return Object.fromEntries(Object.entries(times).filter(([, all]) => all.length).map(([key, all]) => [key, { median: median(all), min: Math.min(...all), max: Math.max(...all), n: all.length }]));
  } finally {
    await browser.close();
  }
}

const only = process.argv[2];
const app = await startServer(process.env.DIST ?? 'dist', { compress: true });
const staticDir = only === 'next' ? null : await staticStartScreen(app.origin);
const plain = staticDir && await startServer(staticDir, { compress: true });
try {
  const ms = (v) => `${Math.round(v)} ms`;
  const runs = (r, key, show) => r.all.map((run) => show(run[key])).join(', ');
  const row = (name, r) => `| ${name} | ${r.performance.toFixed(2)} (${runs(r, 'performance', (v) => v.toFixed(2))}) | ${r.accessibility.toFixed(2)} | ${r.bestPractices.toFixed(2)} | ${ms(r.fcp)} | ${ms(r.lcp)} | ${ms(r.tbt)} (${runs(r, 'tbt', Math.round)}) | ${r.cls.toFixed(3)} | ${(r.bytes / 1024).toFixed(1)} KB |`;
  if (plain) {
    const appLh = await lighthouseMedian(`${app.origin}/`);
    const plainLh = await lighthouseMedian(`${plain.origin}/`);
    console.log('| page | performance (runs) | accessibility | best practices | FCP | LCP | TBT (runs) | CLS | total byte weight |');
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
    console.log(row('the app, start screen', appLh));
    console.log(row('plain HTML copy of the start screen', plainLh));
    console.log();
  }
  if (only !== 'lighthouse') {
    const taps = await wizardTaps(app.origin, Number(process.env.SAMPLES ?? 40));
    const show = (name, t) => `| ${name} | ${t.median.toFixed(1)} ms | ${t.min.toFixed(1)}-${t.max.toFixed(1)} ms |`;
    console.log(`| wizard, 4× CPU slowdown (median of ${taps.next.n}) | painted after | range |`);
    console.log('|---|---:|---:|');
    console.log(show('Next → next question', taps.next));
    console.log(show('answer → its mark', taps.choose));
    console.log(show('answer and Next in one task → next question', taps.both));
    console.log(show('the next question\'s words put in by hand (no app work)', taps.words));
    console.log(show('floor: one text changed by hand', taps.floor));
  }
} finally {
  await app.stop();
  if (plain) {
    await plain.stop();
    await rm(staticDir, { recursive: true, force: true });
  }
}
