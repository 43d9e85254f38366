// A small static server for dist/, as a plain static host would serve it:
// correct types (application/wasm), precompressed brotli/gzip when asked,
// and index.html for unknown paths (the app's own routes).
//   node scripts/static-server.mjs --dir dist --port 8080 [--compress]
// Port 0 picks a free port. Listens on 127.0.0.1 only; prints the URL.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) =>
    arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]?.startsWith('--') ? true : all[i + 1] ?? true]] : pairs, []),
);
const root = resolve(args.dir ?? 'dist');
const port = Number(args.port ?? 8080);
const compress = Boolean(args.compress);

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
};
const cache = new Map();

async function load(path) {
  const full = normalize(join(root, path));
  if (!full.startsWith(root)) return null;
  try { return { body: await readFile(full), type: TYPES[extname(full)] ?? 'application/octet-stream' }; } catch { return null; }
}

function encoded(key, body, accept) {
  if (!compress) return { body };
  const pick = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null;
  if (!pick) return { body };
  const id = `${pick}:${key}`;
  if (!cache.has(id)) {
    cache.set(id, pick === 'br'
      ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
      : gzipSync(body, { level: 9 }));
  }
  return { body: cache.get(id), encoding: pick };
}

const server = createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  let file = path.endsWith('/') ? await load(join(path, 'index.html')) : await load(path);
  let key = path;
  if (!file && !extname(path)) { file = await load('index.html'); key = '/index.html'; }
  if (!file) { res.writeHead(404, { 'content-type': 'text/plain' }); res.end('not found'); return; }
  const { body, encoding } = encoded(key, file.body, req.headers['accept-encoding'] ?? '');
  const headers = { 'content-type': file.type, 'cache-control': 'no-cache', 'vary': 'accept-encoding' };
  if (encoding) headers['content-encoding'] = encoding;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Katılım Pusulası: http://127.0.0.1:${server.address().port}/`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
