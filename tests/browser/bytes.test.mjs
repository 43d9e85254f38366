// Guards the bytes of the first load (brotli -q 11 of every file the start
// page loads). Issue 6's budget is 150 KB; the build is far above it (see
// docs/performance.md), so this is a ratchet at the measured size plus
// 0.7 %: any growth must be a decision, recorded by lowering or raising it
// here. Raised from 392,000 B for content version 2 (issue 13: 31 questions
// and 221 choices, each with its own guidance in both languages, +48 KB);
// issue 15 moves guidance and the other language out of the first load.
// Lowered with Leptos's erased components (.cargo/config.toml, -25 KB
// brotli) while issue 14's summary, compass and details came in; the action
// plan, the printed report and carrying a plan over then took 19 KB of that
// room: 435,000 B, still under the 440,400 B the issue started from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';

const CEILING = 435_000;
const BUDGET = 150 * 1024;

test(`the first load stays under ${CEILING} bytes brotli`, () => {
  const { rows, total } = JSON.parse(execFileSync(process.execPath, ['scripts/size-report.mjs', 'dist', '--json'], { encoding: 'utf8' }));
  assert.ok(rows.some((row) => row.file.endsWith('.wasm')), 'the build is there');
  assert.ok(total.brotli <= CEILING, `first load is ${total.brotli} B brotli, over the ratchet of ${CEILING} B (budget ${BUDGET} B)`);
});
