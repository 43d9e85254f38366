// Paper forms on the release build: the printed questionnaire (each role's
// questions numbered, the choices lettered with tick boxes, no levels), and
// the room's tally, where forms entered by the trainer count like
// participants and the exports say how many came from paper.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appReady, assertClean, axeViolations, downloadFrom, openPage, useApp } from './harness.mjs';
import { createRoom, expectedCounts, golden, setFloor, spreadCounts } from './rooms.mjs';

const app = useApp(before, after);
const LEVELS = ['Henüz yok', 'Bilgilendirme', 'Danışma', 'Diyalog', 'İş birliği'];
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Prints the page to a PDF and returns its page count and text lines. */
async function printed(page, name) {
  await page.emulateMedia({ media: 'print' });
  const file = join(await mkdtemp(join(tmpdir(), 'katilim-paper-')), `${name}.pdf`);
  await writeFile(file, await page.pdf({ format: 'A4' }));
  await page.emulateMedia({ media: 'screen' });
  const pages = Number(execFileSync('pdfinfo', [file], { encoding: 'utf8' }).match(/^Pages:\s+(\d+)/m)?.[1]);
  const lines = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).split('\n').map((l) => l.trim());
  return { pages, lines };
}

test('the paper form lists every question of each role with lettered tick boxes and no levels, in both languages', async () => {
  const { context, page, problems } = await openPage(app.browser, app.origin, '/rooms');
  await appReady(page);
  await page.getByRole('link', { name: 'Yazdırmak için kâğıt formu açın' }).click();
  await page.getByRole('heading', { level: 1, name: 'Kâğıt form' }).waitFor();
  const questions = page.locator('li.paper-question');
  assert.equal(await questions.count(), golden.questions);
  const boxes = await page.locator('li.paper-question p:has(span[aria-hidden])').allTextContents();
  assert.ok(boxes.length >= golden.questions * 2, 'every question has its choices');
  assert.ok(boxes.every((line) => /^☐ [A-H]\. \S/.test(line)), boxes.find((line) => !/^☐ [A-H]\. /.test(line)));
  const ngo = await printed(page, 'ngo-tr');
  assert.ok(ngo.lines.includes('STK adına'), 'the printed form says whose it is');
  assert.deepEqual(ngo.lines.filter((line) => LEVELS.includes(line)), [], 'no level is printed');
  assert.equal(ngo.lines.filter((line) => line.startsWith('☐ A. ')).length, golden.questions);
  assert.ok(!ngo.lines.includes('Yazdır'), 'no button on paper');
  const violations = await axeViolations(page);

  // The public institution's form: its own questions, fetched when chosen.
  const ngoFirst = await questions.first().locator('strong').textContent();
  await page.getByRole('radio', { name: 'Kamu kurumu adına' }).check();
  await page.waitForFunction((first) => {
    const shown = document.querySelector('li.paper-question strong');
    return shown && shown.textContent !== first;
  }, ngoFirst);
  const institution = await questions.count();
  assert.ok(institution >= 18, `the institution's form has ${institution} questions`);
  const official = await printed(page, 'institution-tr');
  assert.ok(official.lines.includes('Kamu kurumu adına'));
  assert.deepEqual(official.lines.filter((line) => LEVELS.includes(line)), []);

  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1, name: 'Paper form' }).waitFor();
  await page.getByRole('radio', { name: 'On behalf of an NGO' }).check();
  await page.getByText(/^For each question, tick the choice/).waitFor();
  assert.equal(await questions.count(), golden.questions);
  violations.push(...await axeViolations(page));
  const english = await printed(page, 'ngo-en');
  console.log(`paper form pages: NGO tr ${ngo.pages}, institution tr ${official.pages}, NGO en ${english.pages}`);
  assert.deepEqual(violations, []);
  assertClean(problems, assert);
  await context.close();
});

test('paper forms entered in the room count like participants, a blank one is refused, and every export says how many came from paper', async () => {
  const { context, page, problems } = await openPage(app.browser, app.origin);
  await appReady(page);
  await createRoom(page, app.origin, 'Köy kahvesi buluşması');
  await setFloor(page, 3);
  await page.getByText('Bir kâğıt formu girin').click();
  const patterns = golden.patterns.slice(0, 3);
  for (const [i, pattern] of patterns.entries()) {
    for (const { question, labels } of pattern.answers) {
      const group = page.getByRole('group', { name: new RegExp(`^${question}\\. `) });
      for (const label of labels) {
        const name = new RegExp(`^[A-H]\\. ${escape(label)}$`);
        await group.getByRole('radio', { name }).or(group.getByRole('checkbox', { name })).check();
      }
    }
    if (i === 0) assert.deepEqual(await axeViolations(page), [], 'the open tally');
    await page.getByRole('button', { name: 'Formu odaya ekle' }).click();
    await page.getByRole('status').filter({ hasText: `Form eklendi. Bu odada ${i + 1} kâğıt form var.` }).waitFor();
    assert.equal(await page.locator('form input:checked').count(), 0, 'the form is cleared for the next one');
  }
  await page.getByRole('button', { name: 'Formu odaya ekle' }).click();
  await page.getByRole('status').filter({ hasText: 'Bu formda hiç işaret yok; eklenmedi.' }).waitFor();
  // A tick on an NGO's form, then the form is an institution's: the tick
  // went with the role, so the form is blank, not an empty participant.
  await page.getByRole('group', { name: /^1\. / }).getByRole('radio').first().check();
  const ngoFirst = await page.locator('form fieldset legend').first().textContent();
  await page.getByRole('radio', { name: 'Kamu kurumu adına' }).check();
  await page.waitForFunction((first) => document.querySelector('form fieldset legend')?.textContent !== first, ngoFirst);
  assert.equal(await page.locator('form input:checked').count(), 0, 'the ticks went with the role');
  assert.equal(await page.getByRole('status').filter({ hasText: 'Bu formda hiç işaret yok' }).count(), 0, 'a new role, a new form');
  await page.getByRole('button', { name: 'Formu odaya ekle' }).click();
  await page.getByRole('status').filter({ hasText: 'Bu formda hiç işaret yok; eklenmedi.' }).waitFor();
  // A mis-ticked form is started again.
  await page.getByRole('group', { name: /^2\. / }).getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Formu temizle' }).click();
  assert.equal(await page.locator('form input:checked').count(), 0, 'cleared');
  await page.getByRole('radio', { name: 'STK adına' }).check();

  // The printed form numbers its questions as the tally does.
  const legends = await page.locator('form fieldset legend').evaluateAll((all) => all.map((l) => l.textContent));
  const printed = await context.newPage();
  await printed.goto(`${app.origin}/rooms/paper`);
  await printed.locator('li.paper-question').first().waitFor();
  const numbered = await printed.locator('li.paper-question').evaluateAll((all) => all.map((li) => `${li.value}. ${li.querySelector('p').textContent}`));
  assert.equal(numbered.length, golden.questions);
  assert.deepEqual(legends, numbered);
  await printed.close();

  const { steps, readiness } = expectedCounts(patterns);
  assert.deepEqual(await spreadCounts(page), steps);
  assert.deepEqual(await spreadCounts(page, 1), readiness);
  await page.getByText(/· 3 katılımcı · 3 kâğıt form$/).waitFor();

  const csv = (await downloadFrom(page, 'Tabloyu CSV olarak indir')).text;
  assert.ok(csv.includes('"Tüm salon","","Kâğıt formdan gelen (katılımcılar içinde)",3,""'), csv.slice(-200));
  const summary = JSON.parse((await downloadFrom(page, 'Özeti JSON olarak indir')).text);
  assert.equal(summary.from_paper, 3);
  const file = JSON.parse((await downloadFrom(page, 'Odayı dosya olarak indir (JSON)')).text);
  assert.equal(file.codes.length, 3);
  assert.deepEqual([...file.paper].sort(), [...file.codes].sort());

  // In English the tally reads in English.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByText('Enter a paper form').click();
  await page.getByRole('button', { name: 'Add the form to the room' }).waitFor();
  await page.getByRole('group', { name: /^1\. / }).getByRole('radio').first().waitFor();
  assert.deepEqual(await axeViolations(page), [], 'the tally in English');
  assertClean(problems, assert);
  await context.close();
});
