// Valid share codes with random answers, made in JS with the app's layout
// (see src/core/codes/share_code.rs), for the workshop bench and the byte test.
import { readFile } from 'node:fs/promises';

const golden = JSON.parse(await readFile(new URL('../tests/browser/patterns.json', import.meta.url), 'utf8'));
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A valid share code with random answers. */
export function randomCode(random) {
  const bits = [];
  const push = (value, width) => { for (let i = width - 1; i >= 0; i -= 1) bits.push((value >>> i) & 1); };
  push(1, 5);
  push(golden.content_version, 10);
  push(Math.floor(random() * 0x100000), 20);
  for (const [kind, n] of golden.shapes) {
    if (kind === 'multiple') push(Math.floor(random() * (1 << n)), n);
    else push(Math.floor(random() * (n + 1)), 32 - Math.clz32(n));
  }
  while (bits.length % 5) bits.push(0);
  let register = 0xFFFFF;
  for (const bit of bits) {
    const top = (register >>> 19) & 1;
    const shifted = (register << 1) & 0xFFFFF;
    register = top !== bit ? shifted ^ 0x9 : shifted;
  }
  push(register ^ 0xFFFFF, 20);
  let code = '';
  for (let i = 0; i < bits.length; i += 5) code += ALPHABET[bits.slice(i, i + 5).reduce((v, b) => (v << 1) | b, 0)];
  return code;
}

/** A small seeded generator, so runs are alike. */
export function seeded(seed) {
  return () => { seed = (seed * 1664525 + 1013904223) >>> 0; return seed / 0x100000000; };
}
