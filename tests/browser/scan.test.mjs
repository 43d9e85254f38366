// The room's camera scanner on the release build, with Chromium's fake
// camera playing a video made here from the QR codes real participants'
// results show: the room then holds exactly those participants, each once.
// Also: the camera goes off when the scan stops, the screen is left or the
// page is hidden; a refused camera says so and offers the paste box; a
// hand-held scanner's codes are added as they arrive.
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { appReady, assertClean, axeViolations, CHROMIUM_FLAGS, openPage, useApp } from './harness.mjs';
import { createRoom, expectedCounts, golden, participantCode, setFloor, spreadCounts } from './rooms.mjs';

const app = useApp(before, after);
const W = 320;
const H = 240;
const participants = [];
let dir;
let camera;

// Made once, by the first test that needs it (the harness's own set-up
// must have run first).
let ready;
const setUp = () => {
  ready ??= makeCamera();
  return ready;
};
async function makeCamera() {
  for (const pattern of golden.patterns) participants.push(await participantCode(app.browser, app.origin, pattern, { qr: true }));
  assert.equal(new Set(participants.map((p) => p.code)).size, 3);
  dir = await mkdtemp(join(tmpdir(), 'katilim-camera-'));
  const video = join(dir, 'codes.y4m');
  await writeFile(video, await y4m(participants.map((p) => p.svg)));
  camera = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [...CHROMIUM_FLAGS, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
  });
}

after(async () => {
  await camera?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/**
 * A looping video of the codes, 10 frames a second: the first, a gap, the
 * second, the first again (a repeat), the third, a gap. Each frame is the
 * participant's own QR SVG drawn by Chromium, turned into grey YUV 4:2:0.
 */
async function y4m(svgs) {
  const page = await app.browser.newPage();
  const frames = await page.evaluate(async ({ svgs, W, H }) => {
    const canvas = Object.assign(document.createElement('canvas'), { width: W, height: H });
    const context = canvas.getContext('2d');
    const draw = async (svg) => {
      context.fillStyle = '#fff';
      context.fillRect(0, 0, W, H);
      if (svg) {
        const image = new Image();
        image.src = `data:image/svg+xml;base64,${btoa(svg)}`;
        await image.decode();
        context.drawImage(image, (W - 220) / 2, (H - 220) / 2, 220, 220);
      }
      const { data } = context.getImageData(0, 0, W, H);
      const luma = new Array(W * H);
      for (let i = 0; i < W * H; i += 1) luma[i] = Math.round(0.299 * data[4 * i] + 0.587 * data[4 * i + 1] + 0.114 * data[4 * i + 2]);
      return luma;
    };
    return Promise.all([null, ...svgs].map(draw));
  }, { svgs, W, H });
  await page.close();
  const [blank, a, b, c] = frames;
  const sequence = [...Array(6).fill(a), blank, blank, ...Array(6).fill(b), blank, blank, ...Array(6).fill(a), blank, blank, ...Array(6).fill(c), blank, blank, blank, blank];
  const chroma = Buffer.alloc((W / 2) * (H / 2) * 2, 128);
  return Buffer.concat([
    Buffer.from(`YUV4MPEG2 W${W} H${H} F10:1 Ip A1:1 C420jpeg\n`),
    ...sequence.flatMap((luma) => [Buffer.from('FRAME\n'), Buffer.from(luma), chroma]),
  ]);
}

/**
 * A trainer's page on the camera browser, every stream it opens recorded
 * (to see that the camera goes off); `own` takes BarcodeDetector away, so
 * the app's own decoder in its worker reads the frames.
 */
async function trainerPage({ own }) {
  await setUp();
  const context = await camera.newContext();
  await context.addInitScript((own) => {
    if (own) delete window.BarcodeDetector;
    window.streams = [];
    // What the scanner said, line by line, and how many ticks it played.
    window.lines = [];
    window.ticks = 0;
    new MutationObserver(() => {
      const line = document.querySelector('.scan-line')?.textContent ?? '';
      if (line && line !== window.lines.at(-1)) window.lines.push(line);
    }).observe(document, { subtree: true, childList: true, characterData: true });
    const tone = AudioContext.prototype.createOscillator;
    AudioContext.prototype.createOscillator = function () {
      window.ticks += 1;
      return tone.call(this);
    };
    const open = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = async (wanted) => {
      const stream = await open(wanted);
      window.streams.push(stream);
      return stream;
    };
  }, own);
  const page = await context.newPage();
  const problems = { pageErrors: [], consoleErrors: [], foreignRequests: [] };
  page.on('pageerror', (error) => problems.pageErrors.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && problems.consoleErrors.push(message.text()));
  await page.goto(app.origin);
  await appReady(page);
  return { context, page, problems };
}

// The scan's loop turns the camera off as it notices the stop, within a
// frame's pause.
const cameraOff = (page) => page.waitForFunction(() => window.streams.length > 0
  && window.streams.every((s) => s.getTracks().every((track) => track.readyState === 'ended')));

async function scanAll(page) {
  await createRoom(page, app.origin, 'İzmir STK Günü');
  await setFloor(page, 3);
  await page.getByRole('button', { name: 'Kamerayla tara' }).click();
  await page.getByRole('button', { name: 'Taramayı durdur' }).waitFor();
  // All three in (each with a tick: "✓ Eklendi. Odada N katılımcı var."),
  // then the first shown again: noticed as a repeat and not added.
  await page.locator('main p.muted').first().filter({ hasText: /· 3 katılımcı$/ }).waitFor({ timeout: 20000 });
  await page.getByRole('status').filter({ hasText: 'Bu kod zaten sayıldı' }).waitFor({ timeout: 20000 });
  const said = await page.evaluate(() => window.lines.filter((line) => line.startsWith('✓')));
  assert.deepEqual(said, [1, 2, 3].map((n) => `✓ Eklendi. Odada ${n} katılımcı var.`));
  assert.equal(await page.evaluate(() => window.ticks), 3, 'one tick heard per participant added');
  const { steps, readiness } = expectedCounts();
  assert.deepEqual(await spreadCounts(page), steps);
  assert.deepEqual(await spreadCounts(page, 1), readiness);
  assert.match(await page.locator('main p.muted').first().textContent(), /· 3 katılımcı$/);
}

test('the camera scan with the app\'s own decoder counts exactly the three participants, once each; stopping turns the camera off', async () => {
  const { context, page, problems } = await trainerPage({ own: true });
  await scanAll(page);
  assert.equal(await page.evaluate(() => 'BarcodeDetector' in window), false);
  assert.deepEqual(await axeViolations(page), [], 'the room while scanning');
  await page.getByRole('button', { name: 'Taramayı durdur' }).click();
  await page.getByRole('button', { name: 'Kamerayla tara' }).waitFor();
  await cameraOff(page);
  assert.equal(await page.locator('video').isHidden(), true);
  assertClean(problems, assert);
  await context.close();
});

test('with the browser\'s BarcodeDetector, where this Chromium has one, the same three participants', async (t) => {
  const { context, page, problems } = await trainerPage({ own: false });
  if (!(await page.evaluate(() => 'BarcodeDetector' in window))) {
    t.skip('this Chromium has no BarcodeDetector (Linux); the own decoder is tested above');
    await context.close();
    return;
  }
  await scanAll(page);
  assertClean(problems, assert);
  await context.close();
});

test('the camera goes off when the room is left and when the page is hidden', async () => {
  const { context, page, problems } = await trainerPage({ own: true });
  await createRoom(page, app.origin, 'Ankara');
  await page.getByRole('button', { name: 'Kamerayla tara' }).click();
  await page.getByRole('status').filter({ hasText: /Kamera açık|Eklendi/ }).waitFor();
  await page.getByRole('navigation').getByRole('link', { name: 'Atölye odaları' }).click();
  await page.waitForFunction(() => window.streams.length === 1
    && window.streams[0].getTracks().every((track) => track.readyState === 'ended'));

  await page.getByRole('link', { name: 'Ankara' }).click();
  await page.getByRole('button', { name: 'Kamerayla tara' }).click();
  await page.getByRole('button', { name: 'Taramayı durdur' }).waitFor();
  await page.waitForFunction(() => window.streams.length === 2);
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { get: () => 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await page.getByRole('status').filter({ hasText: 'Ekran arka plana geçtiği için kamera kapandı' }).waitFor();
  await cameraOff(page);
  await page.getByRole('button', { name: 'Kamerayla tara' }).waitFor();
  assertClean(problems, assert);
  await context.close();
});

test('a browser without a camera says so, in both languages, and points to the paste box', async () => {
  const { context, page, problems } = await openPage(app.browser, app.origin);
  await appReady(page);
  await createRoom(page, app.origin, 'Kamerasız');
  await page.getByRole('button', { name: 'Kamerayla tara' }).click();
  const message = page.getByRole('status').filter({ hasText: /aşağıdaki kutuya yapıştır/ });
  await message.waitFor();
  assert.match(await message.textContent(), /^Kamera (izni verilmedi|bulunamadı)|^Bu cihazda kamera bulunamadı/);
  await page.getByRole('textbox', { name: /Kodları ya da bağlantıları yapıştırın/ }).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Scan with the camera' }).click();
  await page.getByRole('status').filter({ hasText: /in the box below/ }).waitFor();
  assertClean(problems, assert);
  await context.close();
});

test('a hand-held scanner\'s codes are added as each one ends with Enter; other lines wait for the button', async () => {
  await setUp();
  const { context, page, problems } = await openPage(app.browser, app.origin);
  await appReady(page);
  await createRoom(page, app.origin, 'Okuyucu');
  const box = page.getByRole('textbox', { name: /Kodları ya da bağlantıları yapıştırın/ });
  await box.click();
  // A scanner types a share link and Enter, as a keyboard would.
  await page.keyboard.type(`${app.origin}/shared#${participants[0].code}`);
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: '1 yeni katılımcı eklendi · 0 kod zaten odadaydı' }).waitFor();
  assert.equal(await box.inputValue(), '');
  await page.keyboard.type(participants[1].code);
  await page.keyboard.press('Enter');
  await page.getByText('2 katılımcı').first().waitFor();
  await page.keyboard.type(participants[1].code);
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: '0 yeni katılımcı eklendi · 1 kod zaten odadaydı' }).waitFor();
  // Typed words are not a code: Enter is a new line, as always.
  await page.keyboard.type('not bir kod');
  await page.keyboard.press('Enter');
  assert.equal(await box.inputValue(), 'not bir kod\n');
  assertClean(problems, assert);
  await context.close();
});

test('offline, once a room screen was opened online, the scan still counts participants', async () => {
  const { context, page, problems } = await trainerPage({ own: true });
  // Requests that failed: if the scan fails, they tell which file was missing.
  const failed = [];
  context.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText}`));
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
    }
  });
  await createRoom(page, app.origin, 'Çevrimdışı');
  // The room screen asked for the decoder ahead; the service worker keeps
  // its three files.
  await page.waitForFunction(async () => {
    const worker = document.querySelector('meta[name=katilim-scanner]').content;
    const names = [worker, worker.replace('scan-worker-', 'scan-'), worker.replace('scan-worker-', 'scan-').replace(/\.js$/, '.wasm')];
    const kept = await Promise.all(names.map((name) => caches.match(name)));
    return kept.every(Boolean);
  });
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Çevrimdışı' }).waitFor();
  await setFloor(page, 3);
  await page.getByRole('button', { name: 'Kamerayla tara' }).click();
  await page.locator('main p.muted').first().filter({ hasText: /· 3 katılımcı$/ }).waitFor({ timeout: 20000 }).catch(async (error) => {
    // What the scanner said, to tell a decoder that never answered from a
    // camera that never started.
    // And where the decoder's files were: each cache's scanner entries, and
    // whether the page itself (through the service worker) gets them.
    const kept = await page.evaluate(async () => {
      const found = {};
      for (const key of await caches.keys()) {
        found[key] = (await (await caches.open(key)).keys()).map((r) => new URL(r.url).pathname).filter((p) => p.startsWith('/scan'));
      }
      const worker = document.querySelector('meta[name=katilim-scanner]').content;
      const module = worker.replace('scan-worker-', 'scan-');
      const fetched = await fetch(module).then((r) => r.status, (e) => String(e));
      return { found, controlled: Boolean(navigator.serviceWorker.controller), fetched };
    });
    throw new Error(`${error.message}; the scanner said ${JSON.stringify(await page.evaluate(() => window.lines))}; failed requests ${JSON.stringify(failed)}; kept ${JSON.stringify(kept)}`);
  });
  assertClean(problems, assert);
  await context.close();
});

/** A participant's device collects `codes` as a table: its code and QR. */
async function tableOf(codes) {
  const { context, page, problems } = await openPage(app.browser, `${app.origin}`, '/table');
  await page.getByRole('heading', { level: 1, name: 'Masa toplayıcısı' }).waitFor();
  await page.getByRole('textbox', { name: /Katılımcıların kodlarını/ }).fill(codes.join('\n'));
  await page.getByRole('button', { name: 'Masaya ekle' }).click();
  await page.getByText(`Masada ${codes.length} katılımcı`).first().waitFor();
  const code = await page.getByRole('textbox', { name: /^Masanın kodu/ }).inputValue();
  const svg = await page.getByRole('img', { name: /^Masanın karekodu/ }).locator('svg').evaluate((s) => s.outerHTML);
  assert.deepEqual(await axeViolations(page), [], 'the table collector');
  assertClean(problems, assert);
  await context.close();
  return { code, svg };
}

test('two tables\' codes bring their participants into the room, a person at both counted once; a damaged one adds nobody', async () => {
  await setUp();
  const [a, b] = [await tableOf([participants[0].code, participants[1].code]), await tableOf([participants[1].code, participants[2].code])];
  const { context, page, problems } = await openPage(app.browser, app.origin);
  await appReady(page);
  await createRoom(page, app.origin, 'Masalar');
  await setFloor(page, 3);
  const box = page.getByRole('textbox', { name: /Kodları ya da bağlantıları yapıştırın/ });
  const damaged = a.code.slice(0, 30) + (a.code[30] === 'A' ? 'B' : 'A') + a.code.slice(31);
  await box.fill(damaged);
  await page.getByRole('button', { name: 'Odaya ekle' }).click();
  await page.getByRole('status').filter({ hasText: '0 yeni katılımcı eklendi' }).waitFor();
  assert.match(await page.locator('ul.rejected li').first().textContent(), /Masa kodu bozuk ya da eksik; hiçbir katılımcısı eklenmedi\./);
  await box.fill(`${a.code}\n${b.code}`);
  await page.getByRole('button', { name: 'Odaya ekle' }).click();
  await page.getByRole('status').filter({ hasText: '3 yeni katılımcı eklendi · 1 kod zaten odadaydı' }).waitFor();
  const { steps, readiness } = expectedCounts();
  assert.deepEqual(await spreadCounts(page), steps);
  assert.deepEqual(await spreadCounts(page, 1), readiness);
  assertClean(problems, assert);
  await context.close();

  // The trainer's camera reads the two tables' QR codes: the same room.
  const video = join(dir, 'tables.y4m');
  await writeFile(video, await y4m([a.svg, b.svg, a.svg]));
  const tables = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [...CHROMIUM_FLAGS, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
  });
  try {
    const context = await tables.newContext();
    await context.addInitScript(() => delete window.BarcodeDetector);
    const page = await context.newPage();
    await page.goto(app.origin);
    await appReady(page);
    await createRoom(page, app.origin, 'Masalar kamerayla');
    await setFloor(page, 3);
    await page.getByRole('button', { name: 'Kamerayla tara' }).click();
    await page.locator('main p.muted').first().filter({ hasText: /· 3 katılımcı$/ }).waitFor({ timeout: 20000 });
    await page.getByRole('status').filter({ hasText: 'Bu kod zaten sayıldı' }).waitFor({ timeout: 20000 });
    assert.deepEqual(await spreadCounts(page), steps);
    await context.close();
  } finally {
    await tables.close();
  }
});
