// Times merging room files in Debian Chromium, a programme's provinces:
// 20 room files of 100 participants each (random valid codes), chosen at
// once on the rooms screen, until the merged room's picture is on screen.
// Each file is read as untrusted (every code checked again). Prints the
// median and the slowest of RUNS.
//   node scripts/bench-merge.mjs      (after a release build)
import { appReady, launchBrowser, startServer } from '../tests/browser/harness.mjs';
import { randomCode, seeded } from './codes.mjs';

const RUNS = Number(process.env.RUNS ?? 5);
const FILES = 20;
const PEOPLE = 100;
const server = await startServer(process.env.DIST ?? 'dist');
const browser = await launchBrowser();
try {
  const random = seeded(5);
  const files = Array.from({ length: FILES }, (_, i) => ({
    name: `il-${i + 1}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ id: i + 1, name: `İl ${i + 1}`, date: '2026-12-01', codes: Array.from({ length: PEOPLE }, () => randomCode(random)) })),
  }));
  const times = [];
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/rooms`);
    await appReady(page);
    const start = Date.now();
    await page.getByLabel(/^Birleştirilecek oda dosyaları/).setInputFiles(files);
    await page.locator('main p.muted').first().filter({ hasText: `· ${FILES * PEOPLE} katılımcı` }).waitFor();
    await page.locator('table.spread').first().waitFor();
    times.push(Date.now() - start);
    await context.close();
  }
  times.sort((a, b) => a - b);
  console.log(`| merge ${FILES} room files x ${PEOPLE} participants, to the picture | median ${times[Math.floor(times.length / 2)]} ms | slowest ${times.at(-1)} ms |`);
} finally {
  await browser.close();
  await server.stop();
}
