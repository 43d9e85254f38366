// Times the room scanner's own decoder (the fallback where the browser has
// no BarcodeDetector) in Debian Chromium: a table's QR code drawn into
// camera-sized frames, each sent to the decoder's worker as the scanner
// sends it, from the post to the answer. Prints the median and the 90th
// percentile per frame size; what a trainer waits between showing a code
// and its tick is that plus the scanner's pause between frames (100 ms).
//   node scripts/bench-scan.mjs      (after a release build)
import { launchBrowser, startServer } from '../tests/browser/harness.mjs';
import { randomCode, seeded } from './codes.mjs';

const RUNS = Number(process.env.RUNS ?? 40);
const server = await startServer(process.env.DIST ?? 'dist');
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/table`);
  console.log('| table code | frame | median | 90th percentile |');
  console.log('|---|---|---:|---:|');
  const random = seeded(11);
  for (const size of [1, 10]) {
    await page.getByRole('button', { name: 'Masayı boşalt' }).click().catch(() => {});
    const codes = Array.from({ length: size }, () => randomCode(random));
    await page.getByRole('textbox', { name: /Katılımcıların kodlarını/ }).fill(codes.join('\n'));
    await page.getByRole('button', { name: 'Masaya ekle' }).click();
    await page.getByText(`Masada ${size} katılımcı`).first().waitFor();
    const svg = await page.getByRole('img', { name: /^Masanın karekodu/ }).locator('svg').evaluate((s) => s.outerHTML);
    for (const [w, h] of [[640, 480], [800, 600], [1280, 720]]) {
      // Drawn on a blank page: the app's own policy allows no data: images.
      const blank = await browser.newPage();
      const frame = await blank.evaluate(async ({ svg, w, h }) => {
        const image = new Image();
        image.src = `data:image/svg+xml;base64,${btoa(svg)}`;
        await image.decode();
        const canvas = Object.assign(document.createElement('canvas'), { width: w, height: h });
        const context = canvas.getContext('2d');
        // The code fills half the frame's height: a phone held up at arm's length.
        const side = Math.round(h / 2);
        context.fillStyle = '#fff';
        context.fillRect(0, 0, w, h);
        context.drawImage(image, (w - side) / 2, (h - side) / 2, side, side);
        const { data } = context.getImageData(0, 0, w, h);
        let text = '';
        for (let i = 0; i < data.length; i += 0x8000) text += String.fromCharCode(...data.subarray(i, i + 0x8000));
        return btoa(text);
      }, { svg, w, h });
      await blank.close();
      const times = await page.evaluate(async ({ frame, w, h, runs }) => {
        const bytes = Uint8Array.from(atob(frame), (c) => c.charCodeAt(0));
        const worker = new Worker(document.querySelector('meta[name=katilim-scanner]').content, { type: 'module' });
        // Its first word: the decoder is loaded.
        const loaded = await new Promise((done) => { worker.onmessage = ({ data }) => done(data.ready); });
        if (!loaded) return null;
        const ask = (pixels) => new Promise((done) => {
          worker.onmessage = ({ data }) => done(data);
          worker.postMessage({ width: w, height: h, pixels }, [pixels]);
        });
        const out = [];
        for (let i = 0; i < runs + 3; i += 1) {
          const pixels = bytes.slice().buffer;
          const start = performance.now();
          const reply = await ask(pixels);
          if (!reply.text) return null;
          if (i >= 3) out.push(performance.now() - start);
        }
        worker.terminate();
        return out;
      }, { frame, w, h, runs: RUNS });
      if (!times) {
        console.log(`| table of ${size} | ${w}x${h} | not read | |`);
        continue;
      }
      times.sort((a, b) => a - b);
      const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
      console.log(`| table of ${size} | ${w}x${h} | ${at(0.5)} ms | ${at(0.9)} ms |`);
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
