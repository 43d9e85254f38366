// The app's speed as a phone user meets it, on the release build served
// compressed (brotli/gzip) as a real static host would:
// - Lighthouse 12 (default mobile emulation and throttling), median of 3 runs
//   (each figure's median), for the app and for a plain static HTML copy of its
//   start screen (the floor any page of that content costs);
// - answer → next question painted at 4× CPU slowdown, median of 20.
//   node scripts/bench-app.mjs [lighthouse|next]   (after a release build;
//   a part's name runs that part alone)
import { mkdtemp, readFile, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { launchBrowser, startServer, CHROMIUM_FLAGS } from '../tests/browser/harness.mjs';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function lighthouseMedian(url, runs = Number(process.env.RUNS ?? 3)) {
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

async function answerToNext(origin, samples = 20) {
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    await page.goto(origin);
    await page.getByRole('button', { name: 'Başla' }).click();
    await page.getByText(/^Soru 1 \//).waitFor();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    // The same wait for the painted frame, with no app work at all: one
    // text changed by hand. The floor of any visible change on this machine
    // at this moment (half a frame's wait, on average, plus the paint).
    const painted = (byHand, n) => page.evaluate(async ({ byHand, n }) => {
      // A person reads the question before pressing Next: what the app does
      // after the previous paint (saving, the history entry; at most 100 ms
      // later) is done by then. 300 ms is a very fast reader.
      await new Promise((done) => setTimeout(done, 300));
      performance.mark('from');
      if (byHand) {
        // The app's own text node, so the app's next update finds it.
        document.querySelector('main .progress span').firstChild.nodeValue = `Soru ${n + 1} / …`;
      } else {
        // Choose the first answer, press Next.
        document.querySelector('main input[type=radio], main input[type=checkbox]').click();
        [...document.querySelectorAll('main button')].find((b) => /^(İleri|Yanıtları gözden geçir)$/.test(b.textContent.trim())).click();
      }
      const wanted = byHand ? `Soru ${n + 1} / …` : `Soru ${n + 1} / `;
      await new Promise((done) => {
        // Checked in each frame's animation callbacks (one element read: the
        // check must not cost the page time itself).
        const check = () => (document.querySelector('main .progress')?.textContent.trim().startsWith(wanted) ? done() : requestAnimationFrame(check));
        requestAnimationFrame(check);
      });
      // Posted from the frame that shows it: runs after its paint.
      await new Promise((done) => { const c = new MessageChannel(); c.port1.onmessage = done; c.port2.postMessage(null); });
      return performance.measure('painted', 'from').duration;
    }, { byHand, n });
    const times = [];
    const floor = [];
    for (let n = 1; n <= samples; n += 1) {
      times.push(await painted(false, n));
      floor.push(await painted(true, n));
    }
    return { median: median(times), all: times, floor: median(floor) };
  } finally {
    await browser.close();
  }
}

const only = process.argv[2];
const app = await startServer('dist', { compress: true });
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
    const next = await answerToNext(app.origin, Number(process.env.SAMPLES ?? 20));
    console.log(`answer → next question painted, 4× CPU slowdown: median ${next.median.toFixed(1)} ms of ${next.all.length} (min ${Math.min(...next.all).toFixed(1)}, max ${Math.max(...next.all).toFixed(1)}); one text changed by hand, painted: median ${next.floor.toFixed(1)} ms`);
  }
} finally {
  await app.stop();
  if (plain) {
    await plain.stop();
    await rm(staticDir, { recursive: true, force: true });
  }
}
