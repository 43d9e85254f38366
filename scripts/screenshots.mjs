// Saves screenshots of Start, a Question and Results at 360 and 1280 px into
// docs/screenshots/ (run after a release build: node scripts/screenshots.mjs).
import { readFile } from 'node:fs/promises';
import { appReady, launchBrowser, startServer } from '../tests/browser/harness.mjs';

const { questions: TOTAL } = JSON.parse(await readFile(new URL('../tests/browser/patterns.json', import.meta.url), 'utf8'));

const server = await startServer();
const browser = await launchBrowser();
try {
  for (const width of [360, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: width === 360 ? 780 : 900 } });
    const page = await context.newPage();
    await page.goto(server.origin);
    await appReady(page);
    await page.screenshot({ path: `docs/screenshots/start-${width}.png` });
    await page.getByRole('button', { name: 'Başla' }).click();
    for (let n = 1; n <= TOTAL; n += 1) {
      const choices = page.locator('fieldset input');
      await choices.nth([3, 1, 2, 4, 1, 0][n % 6]).check();
      if (n === 6) await page.screenshot({ path: `docs/screenshots/question-${width}.png` });
      await page.getByRole('button', { name: n === TOTAL ? 'Yanıtları gözden geçir' : 'İleri' }).click();
    }
    await page.getByRole('link', { name: 'Sonuçları gör' }).click();
    await page.getByRole('table').first().waitFor();
    await page.screenshot({ path: `docs/screenshots/results-${width}.png` });
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
