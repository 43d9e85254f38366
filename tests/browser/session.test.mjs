// The trainer's session script on the release build: both plans in both
// languages as the content file has them, the clock on the script and in
// presenter mode (with Playwright's clock, no waiting), and the printed
// handout on at most two A4 pages for each plan and language.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appReady, assertClean, axeViolations, openPage, useApp } from './harness.mjs';
import { createRoom } from './rooms.mjs';

const app = useApp(before, after);

/**
 * The plans of assets/content/session.toml. Its values are one-line TOML
 * strings and integers, which JSON reads the same.
 */
async function shippedPlans() {
  const text = await readFile(new URL('../../assets/content/session.toml', import.meta.url), 'utf8');
  const plans = [];
  let at = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || !line.trim()) continue;
    if (line === '[[plan]]') plans.push(at = { parts: [] });
    else if (line === '[[plan.part]]') plans.at(-1).parts.push(at = {});
    else {
      const [, key, value] = line.match(/^([a-z.]+) = (.*)$/);
      at[key] = JSON.parse(value);
    }
  }
  return plans;
}

const LABELS = {
  tr: { length: (m) => `${m} dakika`, span: (s, m) => `${m} dakika (${s}–${s + m})` },
  en: { length: (m) => `${m} minutes`, span: (s, m) => `${m} minutes (${s}–${s + m})` },
};

/** The parts on screen: title, span, task. */
async function shownParts(page) {
  return page.locator('ol.session-parts > li').evaluateAll((items) => items.map((li) =>
    [...li.querySelectorAll('h2, p')].map((node) => node.textContent.trim())));
}

function expectedParts(plan, lang) {
  let start = 0;
  return plan.parts.map((part) => {
    const row = [part[`title.${lang}`], LABELS[lang].span(start, part.minutes), part[`task.${lang}`]];
    start += part.minutes;
    return row;
  });
}

test('the script shows each plan as the content file has it, in both languages, and prints each on at most two A4 pages', async () => {
  const plans = await shippedPlans();
  assert.deepEqual(plans.map((plan) => plan.minutes), [60, 90]);
  const { context, page, problems } = await openPage(app.browser, app.origin, '/rooms');
  await appReady(page);
  await page.getByRole('link', { name: '60 ya da 90 dakikalık bir oturumun akışını açın' }).click();
  await page.getByRole('heading', { level: 1, name: 'Oturum akışı' }).waitFor();
  // The script answers the room's route, but nothing of a room is shown.
  assert.equal(await page.getByText('Bu oda bu cihazda yok.').count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Katılımcıları davet et' }).count(), 0);
  const dir = await mkdtemp(join(tmpdir(), 'katilim-session-'));
  const violations = [];
  for (const lang of ['tr', 'en']) {
    if (lang === 'en') {
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'Session script' }).waitFor();
    }
    for (const plan of plans) {
      await page.getByRole('radio', { name: LABELS[lang].length(plan.minutes) }).check();
      const expected = expectedParts(plan, lang);
      await page.getByRole('heading', { level: 2, name: expected[0][0] }).waitFor();
      assert.deepEqual(await shownParts(page), expected, `${plan.minutes} minutes (${lang})`);
      violations.push(...await axeViolations(page));

      await page.emulateMedia({ media: 'print' });
      const file = join(dir, `session-${plan.minutes}-${lang}.pdf`);
      await writeFile(file, await page.pdf({ format: 'A4', printBackground: true }));
      await page.emulateMedia({ media: 'screen' });
      const pages = Number(execFileSync('pdfinfo', [file], { encoding: 'utf8' }).match(/^Pages:\s+(\d+)/m)?.[1]);
      assert.ok(pages >= 1 && pages <= 2, `the ${plan.minutes}-minute handout (${lang}) is ${pages} pages`);
      const flat = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      for (const [title, span] of expected) {
        assert.ok(flat.includes(title) && flat.includes(span), `the handout holds "${title}" and "${span}"`);
      }
      assert.ok(flat.includes(LABELS[lang].length(plan.minutes)), 'the handout says its length');
      for (const button of ['Saati başlat', 'Start the clock', 'Yazdır', 'Print', 'Odalara dön', 'Back to the rooms']) {
        assert.ok(!` ${flat} `.includes(` ${button} `), `no button on paper: ${button}`);
      }
    }
  }
  assert.deepEqual(violations, []);
  assertClean(problems, assert);
  await context.close();
});

test('the clock names the running part and its minutes left, on the script and in presenter mode, until the time is up', async () => {
  const { context, page, problems } = await openPage(app.browser, app.origin, '/rooms');
  await page.clock.install({ time: new Date('2026-12-02T10:00:00Z') });
  await page.reload();
  await appReady(page);
  await createRoom(page, app.origin, 'Saatli oda');
  await page.goto(`${app.origin}/rooms/session`);
  await page.getByRole('heading', { level: 1, name: 'Oturum akışı' }).waitFor();
  const timer = page.getByRole('timer', { name: 'Oturum saati' });
  assert.equal(await timer.count(), 0, 'no clock before the start');
  await page.getByRole('radio', { name: '90 dakika' }).check();
  await page.getByRole('button', { name: 'Saati başlat' }).click();
  await page.getByRole('button', { name: 'Saati durdur' }).waitFor();
  assert.equal(await timer.textContent(), 'Şimdi: Açılış ve dört düzey · 10 dk kaldı');
  assert.ok(await page.getByRole('radio', { name: '60 dakika' }).isDisabled(), 'the plan stays while it runs');
  assert.deepEqual(await axeViolations(page), []);

  // A minute into the self-assessment (it starts at minute 10 of 90).
  await page.clock.runFor('11:00');
  await page.getByText('Şimdi: Öz değerlendirme · 19 dk kaldı').waitFor();

  // Presenter mode shows the same clock, even after a reload.
  await page.goto(`${app.origin}/rooms`);
  await page.getByRole('link', { name: 'Saatli oda' }).click();
  await page.getByRole('link', { name: 'Sunum modu' }).click();
  await page.getByRole('heading', { level: 1, name: 'Salonun tablosu' }).waitFor();
  await timer.waitFor();
  assert.equal(await timer.textContent(), 'Şimdi: Öz değerlendirme · 19 dk kaldı');
  await page.clock.runFor('20:00');
  await page.getByText('Şimdi: Sonuçları toplama · 6 dk kaldı').waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await page.clock.runFor(60 * 60 * 1000);
  await page.getByText('Oturumun süresi doldu.').waitFor();

  // Stopped, the clock is gone from the script and the projector.
  await page.goto(`${app.origin}/rooms/session`);
  await page.getByRole('button', { name: 'Saati durdur' }).click();
  await page.getByRole('button', { name: 'Saati başlat' }).waitFor();
  assert.equal(await timer.count(), 0);
  assert.ok(await page.getByRole('radio', { name: '60 dakika' }).isEnabled());
  assertClean(problems, assert);
  await context.close();
});

test('a stored clock that cannot be read is no clock, and the script still opens', async () => {
  const { context, page, problems } = await openPage(app.browser, app.origin, '/rooms');
  await appReady(page);
  await page.evaluate(() => localStorage.setItem('katilim.session-clock', 'doksan dakika'));
  await page.goto(`${app.origin}/rooms/session`);
  await page.getByRole('heading', { level: 1, name: 'Oturum akışı' }).waitFor();
  await page.getByRole('button', { name: 'Saati başlat' }).waitFor();
  assert.equal(await page.getByRole('timer').count(), 0);
  assert.ok(await page.getByRole('radio', { name: '60 dakika' }).isChecked());
  assertClean(problems, assert);
  await context.close();
});

test('where storage is refused, starting the clock says so and the script stays usable', async () => {
  const { context, page, problems } = await openPage(app.browser, app.origin, '/rooms');
  await appReady(page);
  await page.goto(`${app.origin}/rooms/session`);
  await page.getByRole('heading', { level: 1, name: 'Oturum akışı' }).waitFor();
  await page.evaluate(() => {
    Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
  });
  await page.getByRole('button', { name: 'Saati başlat' }).click();
  await page.getByRole('alert').filter({ hasText: 'saat başlatılamadı' }).waitFor();
  assert.equal(await page.getByRole('timer').count(), 0);
  await page.getByRole('heading', { level: 2, name: 'Öz değerlendirme' }).waitFor();
  assertClean(problems, assert);
  await context.close();
});
