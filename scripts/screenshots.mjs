// Saves screenshots of Start, a Question and Results at 360 and 1280 px, the
// action plan at 360 px, a room's compass, its paper tally and the
// presenter's first, next-steps and last slides at 1280 px, and the session
// script and the paper form at 360 and 1280 px into docs/screenshots/ (run
// after a release build: node scripts/screenshots.mjs).
import { readFile } from 'node:fs/promises';
import { appReady, launchBrowser, startServer } from '../tests/browser/harness.mjs';
import { randomCode, seeded } from './codes.mjs';

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
    if (width === 360) {
      await page.getByRole('link', { name: 'Eylem planı' }).click();
      await page.getByRole('heading', { level: 1, name: 'Eylem planı' }).waitFor();
      await page.getByRole('textbox', { name: 'Ne yapılacak' }).last().fill('Kent konseyine izleme notu sunun.');
      await page.getByRole('button', { name: 'Plana ekle' }).click();
      await page.locator('li.plan-item').first().getByLabel('Kim (kişi ya da ekip)').fill('Yönetim kurulu');
      await page.screenshot({ path: 'docs/screenshots/plan-360.png', fullPage: true });
    }
    await context.close();
  }
  // A room of twelve made-up participants: its compass, and the presenter's last slide.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.origin}/rooms`);
  await appReady(page);
  await page.locator('#room-name').fill('İzmir STK Günü');
  await page.getByRole('button', { name: 'Odayı oluştur' }).click();
  const random = seeded(3);
  await page.locator('#room-paste').fill(Array.from({ length: 12 }, () => randomCode(random)).join('\n'));
  await page.getByRole('button', { name: 'Odaya ekle' }).click();
  await page.getByText('12 yeni katılımcı eklendi', { exact: false }).waitFor();
  await page.locator('figure.compass').scrollIntoViewIfNeeded();
  await page.locator('figure.compass').screenshot({ path: 'docs/screenshots/room-compass-1280.png' });
  await page.getByRole('link', { name: 'Sunum modu' }).click();
  await page.locator('main h1').waitFor();
  // The first slide: the whole matrix.
  await page.locator('.heatmap').waitFor();
  await page.screenshot({ path: 'docs/screenshots/present-heatmap-1280.png' });
  // Past the areas: the most common next steps, then the compass.
  for (let i = 0; i < 8; i += 1) await page.keyboard.press('ArrowRight');
  await page.getByRole('heading', { level: 1, name: 'En sık çıkan sonraki adımlar' }).waitFor();
  await page.locator('ol.next-steps li:not(:has(.guidance-note))').first().waitFor();
  await page.screenshot({ path: 'docs/screenshots/present-next-steps-1280.png' });
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowRight');
  await page.locator('figure.compass').waitFor();
  await page.screenshot({ path: 'docs/screenshots/present-compass-1280.png' });
  await page.keyboard.press('Escape');
  // The room's paper tally, open.
  await page.getByText('Bir kâğıt formu girin').click();
  await page.locator('#paper-heading').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'docs/screenshots/room-paper-1280.png' });
  await context.close();

  // The trainer's session script (its clock running) and the paper form.
  for (const width of [360, 1280]) {
    const narrow = await browser.newContext({ viewport: { width, height: width === 360 ? 780 : 900 } });
    const screen = await narrow.newPage();
    await screen.goto(`${server.origin}/rooms/session`);
    await appReady(screen);
    await screen.getByRole('button', { name: 'Saati başlat' }).click();
    await screen.getByRole('timer').waitFor();
    await screen.screenshot({ path: `docs/screenshots/session-${width}.png` });
    await screen.goto(`${server.origin}/rooms/paper`);
    await screen.locator('li.paper-question').first().waitFor();
    await screen.screenshot({ path: `docs/screenshots/paper-${width}.png` });
    await narrow.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
