// Trunk post_build hook: finishes the staged build in $TRUNK_STAGING_DIR.
// - index.html fetches the app after the loading screen's first paint (see
//   deferLoader) and gets the Content-Security-Policy as a meta tag, with the
//   sha256 of the inline loader script (its text names the hashed files,
//   so the hash changes with every build and is computed here);
// - sw.js is written from scripts/sw-template.js with the exact list of this
//   build's files and a version derived from their contents;
// - 404.html is a copy of index.html, so static hosts serve deep links;
// - the content parts the app fetches later (English texts, guidance),
//   written by build.rs under the target dir, go into content/.
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { buildWasm } from './build-wasm.mjs';
import { policy } from './csp.mjs';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) throw new Error('post-build: TRUNK_STAGING_DIR is not set');

const indexPath = join(dir, 'index.html');
let index = await readFile(indexPath, 'utf8');
index = index.replace('<body></body>', `<body>${await shell()}</body>`);
if (!index.includes('id="shell"')) throw new Error('post-build: no empty <body></body> to put the loading screen in');
// Trunk's whole wasm, its JS and its loader give way to the split build.
const loaders = [...index.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)];
if (loaders.length !== 1) throw new Error(`post-build: expected one inline loader script, found ${loaders.length}`);
const trunkFiles = [...loaders[0][1].matchAll(/'\/([^']+\.(?:js|wasm))'/g)].map((m) => m[1]);
if (trunkFiles.length !== 2) throw new Error(`post-build: Trunk's loader has an unknown shape:\n${loaders[0][1]}`);
for (const file of trunkFiles) await rm(join(dir, file));
const built = await buildWasm(dir);
const loader = deferLoader(built.js, built.wasm);
index = withoutPreloads(index.replace(loaders[0][0], `<script type="module">${loader}</script>`));
const hash = createHash('sha256').update(loader).digest('base64');
const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(hash, { meta: true })}">`;
// First in <head>, after the charset, so it covers everything below it.
index = index.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n  ${meta}`);
if (!index.includes(meta)) throw new Error('post-build: no <meta charset="utf-8"> to put the CSP after');
// The room scanner's worker, named by its contents' hash: the app reads
// its address here (only a trainer's room screen starts it).
index = index.replace('</head>', `  <meta name="katilim-scanner" content="${built.scanner}">\n</head>`);
await writeFile(indexPath, index);
await writeFile(join(dir, '404.html'), index);
// The loader hash for the documented headers (docs/deploy.md).
await writeFile(join(dir, 'csp.txt'), `${policy(hash, { meta: false })}\n`);

/**
 * The app's loader, in place of Trunk's, which imports the JS and wasm at
 * once and preloads both: on a slow network the wasm would share the line
 * with the page's own first paint (HTML and CSS, 4 KB). The app starts
 * loading just after that paint: one frame later, and the loading screen
 * is never held up by it.
 * A hidden page paints no frames, so it loads at once. The wasm is compiled
 * in a worker (assets/pwa/compile.js), not streamed into the page: there its
 * bytes are decoded on the page's own thread, one long task when they arrive
 * at once. Without workers, or if the worker fails, the page compiles it.
 */
function deferLoader(js, wasm) {
  return `
// Compiled in a worker when the browser can, else by the page.
const compiled = (url) => new Promise((done) => {
  try {
    const worker = new Worker('/pwa/compile.js');
    const end = (module) => { worker.terminate(); done(module instanceof WebAssembly.Module ? module : url); };
    worker.onmessage = ({ data }) => end(data);
    worker.onerror = () => end(null);
    worker.postMessage(url);
  } catch {
    done(url);
  }
});
const start = async () => {
  const module = compiled('${wasm}');
  const { default: init } = await import('${js}');
  const wasm = await init({ module_or_path: await module });
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
};
if (document.visibilityState === 'visible') requestAnimationFrame(() => setTimeout(start));
else start();
`;
}


/**
 * The start screen as static HTML, painted before the wasm has arrived (on a
 * slow network that takes seconds) and removed when the app mounts. Its words
 * come from src/app/texts.rs (Turkish first, then English), so there is one
 * source; register.js shows the English one if that is the saved language.
 */
async function shell() {
  const texts = await readFile(new URL('../src/app/texts.rs', import.meta.url), 'utf8');
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const field = (name) => {
    const found = [...texts.matchAll(new RegExp(`^\\s+${name}: "((?:[^"\\\\]|\\\\.)*)",$`, 'gm'))].map((m) => escape(m[1]));
    if (found.length !== 2) throw new Error(`post-build: expected ${name} in both languages in texts.rs, found ${found.length}`);
    return found;
  };
  const [name, tagline, ranking, duration, device] = ['app_name', 'tagline', 'not_a_ranking', 'duration', 'stays_on_device'].map(field);
  const [menu, saved, rooms, resources, about, language] = ['nav_label', 'nav_saved', 'nav_rooms', 'nav_resources', 'nav_about', 'language_name'].map(field);
  const loading = ['Yükleniyor…', 'Loading…'];
  // The app's own header (same links, same size), so nothing moves when the
  // app takes over; the links work before it has, and so does the language
  // button (register.js).
  const header = (i) => `<header class="bar"><a href="/" class="brand">${name[i]}</a><nav aria-label="${menu[i]}">`
    + `<a href="/saved">${saved[i]}</a><a href="/rooms">${rooms[i]}</a><a href="/resources">${resources[i]}</a><a href="/about">${about[i]}</a></nav>`
    + `<button class="lang" type="button" lang="${i ? 'tr' : 'en'}" data-lang="${i ? 'tr' : 'en'}">${language[1 - i]}</button></header>`;
  const screen = (i, lang) => `<div lang="${lang}"${i ? ' hidden' : ''}>${header(i)}`
    + `<main class="shell-main"><h1>${name[i]}</h1><p class="lead">${tagline[i]}</p>`
    + `<ul class="facts"><li>${ranking[i]}</li><li>${duration[i]}</li><li>${device[i]}</li></ul>`
    + `<p class="muted" role="status">${loading[i]}</p></main></div>`;
  return `<div id="shell">${screen(0, 'tr')}${screen(1, 'en')}</div>`;
}

/** The page without Trunk's preloads of the JS and wasm (see deferLoader). */
function withoutPreloads(html) {
  const preloads = [/<link rel="modulepreload" href="[^"]+"[^>]*>/, /<link rel="preload" href="[^"]+\.wasm"[^>]*>/];
  for (const preload of preloads) {
    if (!preload.test(html)) throw new Error(`post-build: no ${preload} to remove`);
  }
  return preloads.reduce((page, preload) => page.replace(preload, ''), html);
}

/**
 * Copies build.rs's content parts into the build, after checking that the
 * app names exactly these files: a part of another build must never ship.
 */
async function copyParts() {
  const from = join(process.env.CARGO_TARGET_DIR ?? 'target', 'katilim-content');
  const names = (await readFile(join(from, 'parts.txt'), 'utf8')).split('\n').filter(Boolean);
  const wasm = await readFile(join(dir, built.wasm));
  await mkdir(join(dir, 'content'), { recursive: true });
  for (const name of names) {
    if (!wasm.includes(`/content/${name}`)) throw new Error(`post-build: the app does not name ${name}; rebuild`);
    await copyFile(join(from, name), join(dir, 'content', name));
  }
  return names.length;
}
const parts = await copyParts();

async function files(at) {
  const found = [];
  for (const entry of await readdir(at, { withFileTypes: true })) {
    const path = join(at, entry.name);
    if (entry.isDirectory()) found.push(...await files(path));
    else found.push(path);
  }
  return found;
}
// Everything the app can need offline; not the worker itself, nor the
// fallback copy and header notes that only hosts read.
const skip = new Set(['sw.js', '404.html', 'csp.txt']);
// The public institution's bank and the room scanner's decoder are kept
// when first fetched (sw-template.js), never downloaded onto every phone.
const later = (path) => /^content\/institution-|^scan-/.test(path);
const all = (await files(dir))
  .map((path) => relative(dir, path).split('\\').join('/'))
  .filter((path) => !skip.has(path))
  .sort();
const precache = all.filter((path) => !later(path));
const digest = createHash('sha256');
for (const path of all) digest.update(path).update(await readFile(join(dir, path)));
const version = digest.digest('hex').slice(0, 16);
const template = await readFile(new URL('./sw-template.js', import.meta.url), 'utf8');
const urls = precache.map((path) => (path === 'index.html' ? '/' : `/${path}`));
await writeFile(join(dir, 'sw.js'), template
  .replace('__VERSION__', version)
  .replace('[/* __FILES__ */]', JSON.stringify(urls))
  .replace('[/* __LATER__ */]', JSON.stringify(all.filter(later).map((path) => `/${path}`))));
console.log(`post-build: CSP loader sha256-${hash}; ${parts} content parts; sw.js ${version}, ${urls.length} files`);
