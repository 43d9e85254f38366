// Draws the app's PNG icons (manifest, home screen) from assets/icon.svg in
// Chromium: 192 and 512 px, and a maskable 512 px whose compass sits in the
// safe zone on a full-bleed background. Run after changing the icon:
//   node scripts/icons.mjs
import { readFile } from 'node:fs/promises';
import { launchBrowser } from '../tests/browser/harness.mjs';

const svg = await readFile(new URL('../assets/icon.svg', import.meta.url), 'utf8');
const out = (name) => new URL(`../assets/pwa/${name}`, import.meta.url).pathname;
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  const draw = async (size, maskable, name) => {
    await page.setViewportSize({ width: size, height: size });
    // Maskable: the launcher may crop to a circle of 80 % of the side.
    const inner = maskable ? Math.round(size * 0.72) : size;
    await page.setContent(`<body style="margin:0;background:${maskable ? '#0b5d57' : 'transparent'};display:grid;place-items:center;height:${size}px">
      <div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', '<svg width="100%" height="100%" ')}</div></body>`);
    await page.screenshot({ path: out(name), omitBackground: !maskable });
  };
  await draw(192, false, 'icon-192.png');
  await draw(512, false, 'icon-512.png');
  await draw(512, true, 'icon-maskable-512.png');
} finally {
  await browser.close();
}
