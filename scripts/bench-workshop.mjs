// Times the workshop room in the browser (release build, Debian Chromium):
// pasting N share codes into a room, from the click on "add" to the room's
// picture being on screen (parse + aggregate + render), and parsing 1 MB of
// chat text. Prints a table; the figures go to docs/performance.md.
//   node scripts/bench-workshop.mjs      (after a release build)
import { launchBrowser, startServer } from '../tests/browser/harness.mjs';
import { randomCode, seeded } from './codes.mjs';

// Runs per case; the median is reported (an odd number).
const RUNS = 7;
const server = await startServer();
const browser = await launchBrowser();
const rows = [];
try {
  const random = seeded(42);
  const cases = [
    ['1,000 codes, one per line', Array.from({ length: 1000 }, () => randomCode(random)).join('\n')],
    ['10,000 codes, one per line', Array.from({ length: 10000 }, () => randomCode(random)).join('\n')],
  ];
  let chat = '';
  for (let i = 0; chat.length < 1_000_000; i += 1) {
    chat += i % 5 === 0 ? `[10:${String(i % 60).padStart(2, '0')}] Katılımcı ${i}: kodum ${randomCode(random)} teşekkürler\n` : `[10:${String(i % 60).padStart(2, '0')}] Katılımcı ${i}: merhaba, bağlantı çalışmıyor galiba, tekrar deniyorum\n`;
  }
  cases.push([`1 MB of chat (${(chat.length / 1e6).toFixed(2)} MB, ${chat.split('\n').length - 1} lines)`, chat]);
  for (const [name, text] of cases) {
    const times = [];
    for (let run = 0; run < RUNS; run += 1) {
      const page = await (await browser.newContext()).newPage();
      await page.goto(`${server.origin}/rooms`);
      await page.locator('#room-name').fill('Bench');
      await page.getByRole('button', { name: 'Odayı oluştur' }).click();
      await page.locator('#room-paste').waitFor();
      // Put the text in as a paste would: one input event.
      await page.evaluate((pasted) => {
        const area = document.querySelector('#room-paste');
        area.value = pasted;
        area.dispatchEvent(new Event('input', { bubbles: true }));
      }, text);
      console.error(`${name}: run ${run + 1}`);
      times.push(await page.evaluate(async () => {
        // The longest main-thread task while adding: how long the page froze.
        let longest = 0;
        new PerformanceObserver((list) => list.getEntries().forEach((e) => { longest = Math.max(longest, e.duration); })).observe({ type: 'longtask' });
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Odaya ekle');
        // The picture's caption counts the participants: it changes when the
        // new picture is on the page.
        const caption = document.querySelector('table.spread caption');
        const before = caption.textContent;
        const start = performance.now();
        button.click();
        // Checked in each frame's animation callbacks; the frame whose check
        // passes is painted right after them, and a task posted from there
        // runs after that paint.
        await new Promise((done) => {
          const check = () => (document.querySelector('.room-report p') && caption.textContent !== before ? done() : requestAnimationFrame(check));
          requestAnimationFrame(check);
        });
        await new Promise((done) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = done;
          channel.port2.postMessage(null);
        });
        const total = performance.now() - start;
        await new Promise((done) => setTimeout(done, 0));
        return { total, longest };
      }));
      const added = await page.locator('.room-report p').first().textContent();
      if (run === 0) rows.push([name, added]);
      await page.context().close();
    }
    const totals = times.map((t) => t.total).sort((a, b) => a - b);
    const longest = Math.max(...times.map((t) => t.longest));
    rows[rows.length - 1].push(`${totals[(RUNS - 1) / 2].toFixed(0)} ms (median of ${RUNS}; ${totals.map((t) => t.toFixed(0)).join(', ')})`, `${longest.toFixed(0)} ms`);
  }
} finally {
  await browser.close();
  await server.stop();
}
console.log('| pasted | room report | add → picture on screen | longest task (page frozen) |');
console.log('|---|---|---:|---:|');
for (const [name, report, time, longest] of rows) console.log(`| ${name} | ${report.trim()} | ${time} | ${longest} |`);
