// Workshop mode on the release build: participants share codes, the trainer
// pastes them into a room, the room shows exactly their counts; bad lines are
// reported; CSV export; presenter mode by keyboard; axe on room screens.
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { appReady, assertClean, axeViolations, downloadFrom, openPage, useApp } from './harness.mjs';
import * as rooms from './rooms.mjs';
import { expectedCounts, golden, READINESS, READINESS_SLOTS, setFloor, SLOTS, spreadCounts } from './rooms.mjs';
import { randomCode, seeded } from '../../scripts/codes.mjs';

const app = useApp(before, after);
const participantCode = (pattern) => rooms.participantCode(app.browser, app.origin, pattern);
const createRoom = (page, name) => rooms.createRoom(page, app.origin, name);

test('three participants\' codes pasted with chat noise give exactly their counts; bad lines are listed', async () => {
  const codes = [];
  for (const pattern of golden.patterns) codes.push(await participantCode(pattern));
  assert.equal(new Set(codes).size, 3);

  const { context, page, problems } = await openPage(app.browser, app.origin);
  await createRoom(page, 'İzmir Sivil Toplum Günü');
  // Three participants: below the default floor of 5, the room would show
  // only their count (tested in institution.test.mjs).
  await setFloor(page, 3);
  const typo = codes[0].slice(0, 6) + (codes[0][6] === 'A' ? 'B' : 'A') + codes[0].slice(7);
  const chat = [
    '[10:02] Eğitmen: kodlarınızı buraya yazın',
    `[10:03] Ayşe: ${codes[0]}`,
    `${app.origin}/shared#${codes[1]}`,
    `  ${codes[2].toLowerCase().replaceAll('-', ' ')}.`,
    typo,
    codes[0],
  ].join('\n');
  await page.getByRole('textbox', { name: /Kodları ya da bağlantıları yapıştırın/ }).fill(chat);
  await page.getByRole('button', { name: 'Odaya ekle' }).click();
  const report = page.getByRole('status').filter({ hasText: 'yeni katılımcı eklendi' });
  await report.waitFor();
  assert.match(await report.textContent(), /3 yeni katılımcı eklendi · 1 kod zaten odadaydı/);
  const rejected = await page.locator('ul.rejected li').allTextContents();
  assert.deepEqual(rejected.map((line) => line.replace(/:.*—/, ':—')), [
    'Satır 1:— Bu bir paylaşım kodu değil.',
    'Satır 5:— Kodda bir karakter yanlış ya da eksik. Lütfen kodu yeniden kopyalayın.',
  ]);

  // The expected counts come from what the core computed for each pattern.
  const { steps: expected, readiness } = expectedCounts();
  assert.deepEqual(await spreadCounts(page), expected);
  assert.deepEqual(await spreadCounts(page, 1), readiness);
  await page.getByText('3 katılımcı').first().waitFor();

  // The CSV holds the same numbers, with Turkish letters and a BOM, and per
  // area the "don't know" answers.
  const { text: csv } = await downloadFrom(page, 'Tabloyu CSV olarak indir');
  assert.ok(csv.startsWith('\uFEFF"Taraf","Adım","Düzey","Katılımcı","Yüzde"\r\n'));
  // Every row names its side: the whole room, then the NGOs (the same three).
  const sided = csv.slice(1).trim().split('\r\n').slice(1).map((row) => row.split(','));
  assert.deepEqual([...new Set(sided.map(([side]) => JSON.parse(side)))], ['Tüm salon', "STK'lar"]);
  const all = sided.filter(([side]) => JSON.parse(side) === 'Tüm salon').map((row) => row.slice(1));
  const rows = all.filter(([, level]) => !level.includes('Bilmiyorum'));
  assert.equal(all.length - rows.length, 7);
  assert.equal(rows.length, 6 * SLOTS.length + READINESS_SLOTS.length);
  for (const [step, level, count] of rows) {
    const area = JSON.parse(step) === READINESS ? readiness : expected;
    const slots = area === readiness ? READINESS_SLOTS : SLOTS;
    assert.equal(Number(count), area[JSON.parse(step)][slots.indexOf(JSON.parse(level))], `${step} ${level}`);
  }

  // The room's compass: per step, the lower median of the levels of the
  // participants it could assess, and how many they are.
  const typical = Object.keys(expected).map((step) => {
    const levels = golden.patterns.map((p) => p.expected.steps.find(([s]) => s === step)[1])
      .filter((level) => SLOTS.indexOf(level) >= 2)
      .sort((a, b) => SLOTS.indexOf(a) - SLOTS.indexOf(b));
    const median = levels.length ? levels[Math.floor((levels.length - 1) / 2)] : 'Değerlendirilmedi';
    return [step, `${median} (ortanca; ${levels.length} katılımcı)`];
  });
  const drawn = await page.locator('.compass-list li').evaluateAll((items) => items.map((li) => [
    li.querySelector('.compass-step').textContent.trim(), li.querySelector('.compass-level').textContent.trim(),
  ]));
  assert.deepEqual(drawn, typical);

  // The projector's first slide: the whole matrix, each cell with its count
  // and share, the same numbers.
  const roomUrl = page.url();
  await page.goto(`${roomUrl}/present`);
  await page.getByRole('heading', { level: 1, name: 'Salonun tablosu' }).waitFor();
  assert.deepEqual(await spreadCounts(page), expected);
  const shades = await page.locator('.heatmap td.slot-0').evaluateAll((cells) => cells.map((c) => c.style.getPropertyValue('--share')));
  assert.equal(shades.length, 6);
  assert.deepEqual(await axeViolations(page), [], 'shaded cells keep their contrast');
  await page.goto(roomUrl);
  await page.getByRole('heading', { level: 1, name: 'İzmir Sivil Toplum Günü' }).waitFor();

  // Pasting the same codes again adds no one.
  await page.getByRole('textbox', { name: /Kodları ya da bağlantıları yapıştırın/ }).fill(codes.join('\n'));
  await page.getByRole('button', { name: 'Odaya ekle' }).click();
  await page.getByText('0 yeni katılımcı eklendi · 3 kod zaten odadaydı').waitFor();
  assert.deepEqual(await spreadCounts(page), expected);
  assert.deepEqual(await spreadCounts(page, 1), readiness);

  // The room is kept: it is listed after a reload.
  await page.goto(`${app.origin}/rooms`);
  await page.getByRole('link', { name: 'İzmir Sivil Toplum Günü' }).waitFor();
  assertClean(problems, assert);
  await context.close();
});

test('presenter mode moves step by step with the arrow keys and Escape returns', async () => {
  const { context, page, problems } = await openPage(app.browser, app.origin);
  await createRoom(page, 'Sunum odası');
  await page.getByRole('link', { name: 'Sunum modu' }).click();
  // First the whole matrix, then step by step.
  await page.getByRole('heading', { level: 1, name: 'Salonun tablosu' }).waitFor();
  await page.keyboard.press('ArrowRight');
  await page.getByRole('heading', { level: 1, name: 'Gündem belirleme' }).waitFor();
  await page.keyboard.press('ArrowRight');
  await page.getByRole('heading', { level: 1, name: 'Taslak hazırlama' }).waitFor();
  await page.keyboard.press('ArrowRight');
  await page.getByRole('heading', { level: 1, name: 'Karar alma' }).waitFor();
  await page.keyboard.press('ArrowLeft');
  await page.getByRole('heading', { level: 1, name: 'Taslak hazırlama' }).waitFor();
  assert.match(await page.locator('.discussion').textContent(), /\?/);
  // After the last area (readiness), the most common next steps, then the
  // room's compass.
  for (let n = 0; n < 6; n += 1) await page.keyboard.press('ArrowRight');
  await page.getByRole('heading', { level: 1, name: 'En sık çıkan sonraki adımlar' }).waitFor();
  await page.keyboard.press('ArrowRight');
  await page.getByRole('heading', { level: 1, name: 'Salonun pusulası' }).waitFor();
  assert.equal(await page.locator('.compass-list li').count(), 6);
  await page.keyboard.press('Escape');
  await page.getByRole('heading', { level: 1, name: 'Sunum odası' }).waitFor();
  assertClean(problems, assert);
  await context.close();
});

for (const language of ['Türkçe', 'English']) {
  test(`axe finds no violation on the room screens (${language})`, async () => {
    const { context, page, problems } = await openPage(app.browser, app.origin);
    await appReady(page);
    await createRoom(page, 'Erişilebilirlik odası');
    const room = page.url();
    await page.getByRole('textbox', { name: /Kodları/ }).fill('bu bir kod değil');
    await page.getByRole('button', { name: 'Odaya ekle' }).click();
    await page.locator('ul.rejected li').waitFor();
    if (language === 'English') {
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('button', { name: 'Add to the room' }).waitFor();
    }
    const screens = [['room', await axeViolations(page)]];
    await page.goto(`${room}/present`);
    await page.locator('.present').waitFor();
    screens.push(['present', await axeViolations(page)]);
    await page.goto(`${app.origin}/rooms`);
    await page.locator('#room-name').waitFor();
    screens.push(['rooms', await axeViolations(page)]);
    assert.deepEqual(screens.filter(([, v]) => v.length), []);
    assertClean(problems, assert);
    await context.close();
  });
}

test('several exported assessment files are added at once; a bad file is listed', async () => {
  const { context, page, problems } = await openPage(app.browser, app.origin);
  await createRoom(page, 'Dosya odası');
  const file = (name, tag) => ({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ schema_version: 1, content_version: golden.content_version, language: 'tr', answers: { 'agenda-1': ['f'], 'agenda-4': ['e'], 'agenda-5': ['c'] }, created: 1, updated: 1, tag })),
  });
  await page.getByLabel('Değerlendirme dosyalarını ekleyin (birden fazla seçilebilir)').setInputFiles([
    file('ayse.json', 1),
    file('mehmet.json', 2),
    { name: 'notlar.json', mimeType: 'application/json', buffer: Buffer.from('{"not": "bir değerlendirme"}') },
    file('zeynep.json', 3),
  ]);
  await page.getByText('3 yeni katılımcı eklendi · 0 kod zaten odadaydı').waitFor();
  assert.deepEqual(await page.locator('ul.rejected li').allTextContents(), ['Satır 3: notlar.json — Bu bir paylaşım kodu değil.']);
  await setFloor(page, 3);
  const counts = await spreadCounts(page);
  // Three regular exchanges of five questions: all established at dialogue.
  assert.deepEqual(counts['Gündem belirleme'], [0, 0, 0, 0, 0, 3, 0]);
  assertClean(problems, assert);
  await context.close();
});

test('a participant\'s link and QR code reach the room; the room is renamed and its summary exported', async () => {
  const code = await participantCode(golden.patterns[1]);
  const { context, page, problems } = await openPage(app.browser, app.origin);
  await createRoom(page, 'Bağlantı odası');
  const room = page.url();
  await page.goto(`${app.origin}/shared#${code}`);
  // The QR code of the same link is drawn on the page, as an image with a name.
  const qr = page.getByRole('img', { name: /QR/ });
  await qr.waitFor();
  assert.equal(await qr.locator('svg').count(), 1);
  await page.getByRole('combobox', { name: 'Atölye odası' }).selectOption({ label: 'Bağlantı odası' });
  await page.getByRole('button', { name: 'Odaya ekle' }).click();
  await page.getByText('Odaya eklendi.').waitFor();
  await page.goto(room);
  await page.getByText('1 katılımcı').first().waitFor();
  await page.getByRole('button', { name: 'Yeniden adlandır' }).click();
  await page.getByRole('textbox', { name: 'Oda adı' }).fill('Ankara STK Günü');
  await page.getByRole('button', { name: 'Adı kaydet' }).click();
  await page.getByRole('heading', { level: 1, name: 'Ankara STK Günü' }).waitFor();
  const summary = JSON.parse((await downloadFrom(page, 'Özeti JSON olarak indir')).text);
  assert.equal(summary.participants, 1);
  // One participant is below the anonymity floor: the count, no distribution.
  assert.equal(summary.hidden_below_floor, true);
  assert.equal(summary.areas, undefined);
  assert.equal(summary.sides[0].side, 'ngo');
  await page.getByRole('note').filter({ hasText: '5 kişiden küçük grupların dağılımı gösterilmez' }).waitFor();
  assert.equal(await page.locator('table.spread').count(), 0);
  assert.ok(!JSON.stringify(summary).includes(code.replaceAll('-', '')), 'the summary holds no codes');
  assertClean(problems, assert);
  await context.close();
});

test('kiosk mode: "next participant" adds the result to the room and clears the answers', async () => {
  const { context, page, problems } = await openPage(app.browser, app.origin);
  await createRoom(page, 'Kiosk odası');
  const room = page.url();
  await page.getByRole('button', { name: 'Bu cihazı kiosk yap (katılımcılar sırayla)' }).click();
  await page.getByText('Kiosk modu açık: sonuçlar bu odaya eklenir').waitFor();
  for (const choice of [3, 1]) {
    await page.goto(app.origin);
    await page.getByRole('button', { name: 'Başla' }).click();
    await page.getByText(/^Soru 1 \//).waitFor();
    await page.locator('fieldset input').nth(choice).check();
    await page.goto(`${app.origin}/results`);
    await page.getByRole('button', { name: 'Sonraki katılımcı: sonucu odaya ekle, yanıtları sil' }).click();
    await page.getByRole('button', { name: 'Başla' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Devam et' }).count(), 0, 'the answers are cleared');
  }
  await page.goto(`${app.origin}/saved`);
  await page.getByText('Bu cihazda kayıtlı bir değerlendirme yok.').waitFor();
  await page.goto(room);
  await page.getByText('2 katılımcı').first().waitFor();
  assertClean(problems, assert);
  await context.close();
});

test('room files of several provinces merge into one room: everyone once, the same picture as their codes pasted; a bad file is named', async () => {
  const random = seeded(23);
  const codes = Array.from({ length: 6 }, () => randomCode(random));
  const file = (name, some) => ({ name: `${name}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ id: 1, name, date: '2026-12-01', codes: some })) });
  const { context, page, problems } = await openPage(app.browser, app.origin);
  await appReady(page);
  await page.goto(`${app.origin}/rooms`);
  await page.getByRole('heading', { level: 1, name: 'Atölye odaları' }).waitFor();
  await page.getByLabel(/^Birleştirilecek oda dosyaları/).setInputFiles([
    file('Van', codes.slice(0, 4)),
    file('Muş', codes.slice(2)),
    { name: 'bozuk.json', mimeType: 'application/json', buffer: Buffer.from('{"rooms": ') },
  ]);
  await page.getByRole('alert').filter({ hasText: 'birleştirmeye katılmadı: bozuk.json' }).waitFor();
  await page.getByRole('link', { name: 'Birleşik: Van, Muş' }).click();
  await page.getByRole('heading', { level: 1, name: 'Birleşik: Van, Muş' }).waitFor();
  assert.match(await page.locator('main p.muted').first().textContent(), /· 6 katılımcı$/);
  const merged = await spreadCounts(page);
  await createRoom(page, 'Hepsi bir arada');
  await page.getByRole('textbox', { name: /Kodları ya da bağlantıları yapıştırın/ }).fill(codes.join('\n'));
  await page.getByRole('button', { name: 'Odaya ekle' }).click();
  await page.getByRole('status').filter({ hasText: '6 yeni katılımcı eklendi' }).waitFor();
  assert.deepEqual(merged, await spreadCounts(page));
  assert.deepEqual(await axeViolations(page), []);
  assertClean(problems, assert);
  await context.close();
});

test('two rooms side by side: each step\'s typical level and the change; a room below the floor shows no level', async () => {
  const random = seeded(41);
  const codes = Array.from({ length: 6 }, () => randomCode(random));
  const { context, page, problems } = await openPage(app.browser, app.origin);
  await appReady(page);
  for (const [name, some] of [['Önce', codes], ['Sonra', codes], ['Küçük', codes.slice(0, 2)]]) {
    await createRoom(page, name);
    await page.getByRole('textbox', { name: /Kodları ya da bağlantıları yapıştırın/ }).fill(some.join('\n'));
    await page.getByRole('button', { name: 'Odaya ekle' }).click();
    await page.getByRole('status').filter({ hasText: `${some.length} yeni katılımcı eklendi` }).waitFor();
  }
  // The room's own compass says each step's typical level and how many it rests on.
  await page.goto(`${app.origin}/rooms`);
  await page.getByRole('link', { name: 'Önce' }).click();
  await page.getByRole('heading', { level: 1, name: 'Önce' }).waitFor();
  const compass = await page.locator('.compass-list li').evaluateAll((items) => items.map((li) => [
    li.querySelector('.compass-step').textContent.trim(), li.querySelector('.compass-level').textContent.trim(),
  ]));
  await page.goto(`${app.origin}/rooms`);
  await page.getByRole('heading', { level: 1, name: 'Atölye odaları' }).waitFor();
  await page.getByRole('combobox', { name: /^Birinci oda/ }).selectOption({ label: 'Önce' });
  await page.getByRole('combobox', { name: /^İkinci oda/ }).selectOption({ label: 'Sonra' });
  const table = page.getByRole('table', { name: /iki odanın tipik/ });
  const rows = () => table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
  await table.waitFor();
  const same = await rows();
  assert.equal(same.length, 6);
  assert.ok(same.some(([, , , change]) => change === 'Değişmedi'), JSON.stringify(same));
  for (const [step, first, second, change] of same) {
    const [, level] = compass.find(([s]) => s === step);
    const resting = Number(level.match(/; (\d+) katılımcı/)?.[1] ?? 0);
    // Shown where at least the floor (5) of the room were assessed in the step.
    if (resting >= 5) {
      assert.equal(first, level.replace(/ \(ortanca.*$/, ''), step);
      assert.deepEqual([second, change], [first, 'Değişmedi'], step);
    } else {
      assert.deepEqual([first, change], ['Gösterilmiyor', 'Gösterilmiyor'], step);
    }
  }
  await page.getByRole('combobox', { name: /^İkinci oda/ }).selectOption({ label: 'Küçük' });
  await page.getByText('Küçük · 2 katılımcı').waitFor();
  assert.ok((await rows()).every(([, , second, change]) => second === 'Gösterilmiyor' && change === 'Gösterilmiyor'));
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('table', { name: /each room's typical/ }).waitFor();
  assertClean(problems, assert);
  await context.close();
});
