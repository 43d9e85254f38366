// A room's invitation on the release build: the trainer shows a QR code of
// the app's own address naming the room; a participant who opens it sees
// the room's name in the room's language, and the link of their result
// carries the room's tag; the room takes its own participants' codes and
// asks before it adds another room's.
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { answerAll, appReady, assertClean, axeViolations, downloadFrom, openPage, useApp } from './harness.mjs';
import { createRoom, golden } from './rooms.mjs';
import { randomCode, seeded } from '../../scripts/codes.mjs';

const app = useApp(before, after);
const SHARED_TITLE = 'Paylaşılan sonuç';

/** The trainer opens the room's invitation and reads its address. */
async function invitation(page) {
  await page.getByRole('button', { name: /^(Katılımcıları davet et|Invite the participants)$/ }).click();
  await page.getByRole('img', { name: /^(Davet karekodu|Invitation QR code)/ }).locator('svg').waitFor();
  return (await page.locator('.invite-address').textContent()).trim();
}

test('an invited participant answers for the room, shows their QR to the trainer, and the room knows its own code from another room\'s', async () => {
  const trainer = await openPage(app.browser, app.origin);
  await appReady(trainer.page);
  await createRoom(trainer.page, app.origin, 'İzmir STK Günü');
  const address = await invitation(trainer.page);
  assert.ok(address.startsWith(`${app.origin}/davet#davet=`), address);
  assert.match(address, /&dil=tr&oda=%C4%B0zmir.*G%C3%BCn%C3%BC$/);
  assert.deepEqual(await axeViolations(trainer.page), [], 'the room with its invitation open');

  const participant = await openPage(app.browser, app.origin, address.slice(app.origin.length));
  const { page } = participant;
  await page.getByRole('heading', { level: 1, name: 'İzmir STK Günü için değerlendirme' }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'the invitation');
  await page.getByRole('button', { name: 'STK adına başla' }).click();
  const pattern = golden.patterns[0];
  const byQuestion = new Map(pattern.answers.map((a) => [a.question, a.labels]));
  await answerAll(page, golden.questions, (n) => byQuestion.get(n));
  await page.getByText('Sonucunuzu eğitmene gösterin').waitFor();
  const link = await page.getByRole('textbox', { name: 'Paylaşım bağlantısı' }).inputValue();
  const tag = address.match(/davet=([0-9A-Z]{4})/)[1];
  assert.ok(link.endsWith(`~${tag}`), `${link} names the room's tag ${tag}`);
  // The link still opens the result on another device.
  const other = await openPage(app.browser, app.origin, link.slice(app.origin.length));
  await other.page.getByRole('heading', { level: 1, name: SHARED_TITLE }).waitFor();
  await other.page.getByRole('table').first().waitFor();
  assertClean(other.problems, assert);
  await other.context.close();

  // The trainer pastes it: counted. The same answers made from another
  // room's invitation: held, and added only when the trainer says so.
  const box = trainer.page.getByRole('textbox', { name: /Kodları ya da bağlantıları yapıştırın/ });
  await box.fill(link);
  await trainer.page.getByRole('button', { name: 'Odaya ekle' }).click();
  await trainer.page.getByRole('status').filter({ hasText: '1 yeni katılımcı eklendi' }).waitFor();
  const foreignTag = tag === 'ZZZZ' ? 'YYYY' : 'ZZZZ';
  await box.fill(`${app.origin}/shared#${randomCode(seeded(7))}~${foreignTag}`);
  await trainer.page.getByRole('button', { name: 'Odaya ekle' }).click();
  const question = trainer.page.getByRole('alert').filter({ hasText: '1 kod başka bir odanın davetiyle yapılmış' });
  await question.waitFor();
  assert.match(await trainer.page.locator('main p.muted').first().textContent(), /· 1 katılımcı$/);
  await question.getByRole('button', { name: 'Yine de ekle' }).click();
  await trainer.page.getByRole('status').filter({ hasText: '1 yeni katılımcı eklendi' }).waitFor();
  assert.match(await trainer.page.locator('main p.muted').first().textContent(), /· 2 katılımcı$/);
  assert.equal(await question.count(), 0);
  // On the projector too, the same invitation.
  await trainer.page.goto(`${trainer.page.url()}/present`);
  await trainer.page.getByRole('heading', { level: 1, name: 'Salonun tablosu' }).waitFor();
  assert.equal(await invitation(trainer.page), address);
  // The room's file takes its tag along: opened as a new room, it still
  // knows its own invitation's codes and asks about another room's.
  await trainer.page.keyboard.press('Escape');
  await trainer.page.getByRole('heading', { level: 1, name: 'İzmir STK Günü' }).waitFor();
  const file = await downloadFrom(trainer.page, 'Odayı dosya olarak indir (JSON)');
  const tagValue = [...tag].reduce((n, c) => n * 32 + '0123456789ABCDEFGHJKMNPQRSTVWXYZ'.indexOf(c), 0);
  assert.equal(JSON.parse(file.text).tag, tagValue, 'the room file holds its tag');
  await trainer.page.goto(`${app.origin}/rooms`);
  await trainer.page.getByLabel('Oda dosyası içe aktar (.json)').setInputFiles(file.path);
  await trainer.page.getByRole('heading', { level: 1, name: 'İzmir STK Günü' }).waitFor();
  assert.match(await trainer.page.locator('main p.muted').first().textContent(), /· 2 katılımcı$/);
  await box.fill([`${app.origin}/shared#${randomCode(seeded(8))}~${tag}`, `${app.origin}/shared#${randomCode(seeded(9))}~${foreignTag}`].join('\n'));
  await trainer.page.getByRole('button', { name: 'Odaya ekle' }).click();
  await trainer.page.getByRole('status').filter({ hasText: '1 yeni katılımcı eklendi' }).waitFor();
  await question.waitFor();
  assertClean(participant.problems, assert);
  assertClean(trainer.problems, assert);
  await participant.context.close();
  await trainer.context.close();
});

test('an English room invites in English; a broken invitation says so', async () => {
  const trainer = await openPage(app.browser, app.origin);
  await appReady(trainer.page);
  await createRoom(trainer.page, app.origin, 'Ankara');
  await trainer.page.getByRole('button', { name: 'English' }).click();
  const address = await invitation(trainer.page);
  assert.match(address, /&dil=en&oda=Ankara$/);
  const participant = await openPage(app.browser, app.origin, address.slice(app.origin.length));
  await participant.page.getByRole('heading', { level: 1, name: 'Assessment for Ankara' }).waitFor();
  await participant.page.getByRole('button', { name: 'Start on behalf of an NGO' }).waitFor();
  const broken = await openPage(app.browser, app.origin, '/davet#davet=AB');
  await broken.page.getByRole('heading', { level: 1, name: 'Davet okunamadı' }).waitFor();
  for (const { problems, context } of [trainer, participant, broken]) {
    assertClean(problems, assert);
    await context.close();
  }
});
