// Prints what a person downloads (see scripts/fetched.mjs): brotli bytes
// from the network until the first answer, the results and a room of 100
// codes on a first visit, a second visit's walk, and the whole app.
//   node scripts/bench-fetched.mjs      (after a release build)
import { launchBrowser, startServer } from '../tests/browser/harness.mjs';
import { journeys } from './fetched.mjs';

const FLOORS = { firstAnswer: 150 * 1024, results: 250 * 1024, everything: 390 * 1024 };
const NAMES = {
  firstAnswer: 'first visit, to the first answer',
  results: 'first visit, to the results (full walk, guidance shown)',
  room: 'first visit, a room of 100 codes with its picture',
  second: 'second visit, first answer and results (from the network)',
  everything: 'everything (all routes, both languages)',
  scanner: 'of which the room scanner\'s QR decoder (trainers only)',
};
const server = await startServer(process.env.DIST ?? 'dist');
const browser = await launchBrowser();
try {
  const measured = await journeys(browser, server.origin, process.env.DIST ?? 'dist');
  console.log('| journey | brotli (B) | floor | files |');
  console.log('|---|---:|---:|---|');
  for (const [key, name] of Object.entries(NAMES)) {
    const { bytes, files } = measured[key];
    const floor = FLOORS[key];
    const verdict = floor ? `${floor} ${bytes <= floor ? 'met' : 'MISSED'}` : '';
    const shown = key === 'everything' ? `${files.length} files` : files.map((f) => f.replace(/-[0-9a-f]{16}/, '-…')).join(', ');
    console.log(`| ${name} | ${bytes} | ${verdict} | ${shown} |`);
  }
} finally {
  await browser.close();
  await server.stop();
}
