// Builds the app's wasm split in chunks, for scripts/post-build.mjs (Trunk's
// own Rust step cannot split): the routes a volunteer does not need to
// answer are lazy (src/app/routes.rs), and their code goes into chunks the
// router fetches when a route is first opened.
//   1. cargo builds the wasm with relocations and its table exported
//      (.cargo/config.toml), so wasm-split can cut it;
//   2. wasm-split-cli writes the main module, the chunks and the link file
//      that loads them;
//   3. wasm-bindgen makes the main module's JS (keeping the exports the
//      chunks link against);
//   4. wasm-opt -Oz shrinks each module;
//   5. every file gets the build's hash in its name, and the names they
//      use for each other are rewritten to match.
// Returns the names of the main JS and wasm, for the loader.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (command, args) => execFileSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
const WASM_OPT = ['-Oz', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-reference-types', '--enable-mutable-globals', '--enable-sign-ext'];

export async function buildWasm(staging) {
  const target = process.env.CARGO_TARGET_DIR ?? 'target';
  run('cargo', ['build', '--release', '--offline', '--target', 'wasm32-unknown-unknown', '--bin', 'katilim']);
  const split = await mkdtemp(join(tmpdir(), 'katilim-split-'));
  const bound = await mkdtemp(join(tmpdir(), 'katilim-bound-'));
  try {
    run('wasm-split-cli', ['--target', 'web', '--out-name', 'katilim', join(target, 'wasm32-unknown-unknown/release/katilim.wasm'), split]);
    run('wasm-bindgen', ['--target', 'web', '--keep-lld-exports', '--no-typescript', '--out-dir', bound, '--out-name', 'katilim', join(split, 'katilim.wasm')]);
    const files = new Map();
    for (const name of await readdir(bound)) {
      if (name.endsWith('.wasm')) run('wasm-opt', [...WASM_OPT, join(bound, name), '-o', join(bound, name)]);
      files.set(name, await readFile(join(bound, name)));
    }
    for (const name of await readdir(split)) {
      if (name === 'katilim.wasm') continue;
      if (name.endsWith('.wasm')) run('wasm-opt', [...WASM_OPT, join(split, name), '-o', join(split, name)]);
      files.set(name, await readFile(join(split, name)));
    }
    // One hash for the build, in every name: the files name each other in
    // a circle (the main JS imports the link file, which imports it back).
    const digest = createHash('sha256');
    for (const name of [...files.keys()].sort()) digest.update(name).update(files.get(name));
    const hash = digest.digest('hex').slice(0, 16);
    const renamed = (name) => name.replace(/\.(js|wasm)$/, (ext) => `-${hash}${ext}`);
    const names = [...files.keys()];
    for (const [name, body] of files) {
      let out = body;
      if (name.endsWith('.js')) {
        let text = body.toString('utf8');
        // Only where a file is loaded: the wasm's import object keeps the
        // module names the wasm was linked with ("./__wasm_split.js").
        for (const other of names) {
          for (const [before, after] of [[`from "./${other}"`, `from "./${renamed(other)}"`], [`new URL("./${other}"`, `new URL("./${renamed(other)}"`]]) {
            text = text.split(before).join(after);
          }
        }
        out = Buffer.from(text);
      }
      await writeFile(join(staging, renamed(name)), out);
    }
    const scanner = await buildScanner(staging, bound);
    return { js: `/${renamed('katilim.js')}`, wasm: `/${renamed('katilim_bg.wasm')}`, files: names.map(renamed), scanner };
  } finally {
    await rm(split, { recursive: true, force: true });
    await rm(bound, { recursive: true, force: true });
  }
}

/**
 * The room scanner's QR decoder (scan/), a module of its own that only a
 * trainer's room screen loads, in a worker. Built without the app's split
 * flags (it is not split), its three files named by their own contents'
 * hash: the service worker keeps them once fetched, and a later build
 * with the same decoder finds its kept copy by name. Returns the worker's
 * URL.
 */
async function buildScanner(staging, scratch) {
  const target = join(process.env.CARGO_TARGET_DIR ?? 'target', 'scan');
  execFileSync('cargo', ['build', '--release', '--offline', '--target', 'wasm32-unknown-unknown', '-p', 'katilim-scan'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, RUSTFLAGS: '', CARGO_TARGET_DIR: target },
  });
  const out = join(scratch, 'scan');
  run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', out, '--out-name', 'scan', join(target, 'wasm32-unknown-unknown/release/katilim_scan.wasm')]);
  run('wasm-opt', [...WASM_OPT, join(out, 'scan_bg.wasm'), '-o', join(out, 'scan_bg.wasm')]);
  const js = await readFile(join(out, 'scan.js'));
  const wasm = await readFile(join(out, 'scan_bg.wasm'));
  const hash = createHash('sha256').update(js).update(wasm).update(SCAN_WORKER).digest('hex').slice(0, 16);
  const names = { js: `scan-${hash}.js`, wasm: `scan-${hash}.wasm`, worker: `scan-worker-${hash}.js` };
  await writeFile(join(staging, names.js), js);
  await writeFile(join(staging, names.wasm), wasm);
  await writeFile(join(staging, names.worker), SCAN_WORKER.replace('./scan.js', `./${names.js}`).replace('./scan.wasm', `./${names.wasm}`));
  return `/${names.worker}`;
}

// The worker: first it says whether its decoder loaded ({ready: true} or
// {failed: true}); then one frame in (RGBA pixels, transferred), the texts
// of its QR codes out. A frame that makes the decoder fail answers
// "failed": its memory may be spoilt, so the page starts a new worker.
const SCAN_WORKER = `import init, { read_frame } from './scan.js';
const ready = init({ module_or_path: new URL('./scan.wasm', import.meta.url) });
ready.then(() => self.postMessage({ ready: true }), () => self.postMessage({ failed: true }));
self.onmessage = async ({ data }) => {
  try {
    await ready;
    self.postMessage({ id: data.id, text: read_frame(data.width, data.height, new Uint8Array(data.pixels)) });
  } catch {
    self.postMessage({ id: data.id, failed: true });
  }
};
`;
