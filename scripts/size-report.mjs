// Prints the bytes of every code, style and page file of dist/ (with the
// split build, the lazy screens' chunks too), raw, gzip -9 and brotli -q 11,
// and the total. What a person actually fetches: scripts/fetched.mjs.
//   node scripts/size-report.mjs [dist] [--json]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const dir = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 'dist';
const asJson = process.argv.includes('--json');

function files(at) {
  return readdirSync(at).flatMap((name) => {
    const path = join(at, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const rows = files(dir)
  // 404.html is a copy of index.html for static hosts, not part of the load.
  .filter((path) => /\.(html|js|wasm|css)$/.test(path) && !path.endsWith('404.html'))
  .sort()
  .map((path) => {
    const body = readFileSync(path);
    return {
      file: relative(dir, path),
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      }).length,
    };
  });
const total = rows.reduce((sum, row) => ({ file: 'total', raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip, brotli: sum.brotli + row.brotli }), { raw: 0, gzip: 0, brotli: 0 });

if (asJson) {
  console.log(JSON.stringify({ rows, total }, null, 2));
} else {
  const width = Math.max(...rows.map((row) => row.file.length), 5);
  const line = (row) => `| ${row.file.padEnd(width)} | ${String(row.raw).padStart(9)} | ${String(row.gzip).padStart(9)} | ${String(row.brotli).padStart(9)} |`;
  console.log(`| ${'file'.padEnd(width)} |   raw (B) |  gzip -9 | brotli 11 |`);
  console.log(`|${'-'.repeat(width + 2)}|----------:|----------:|----------:|`);
  rows.forEach((row) => console.log(line(row)));
  console.log(line(total));
}
