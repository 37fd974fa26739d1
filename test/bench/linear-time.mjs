#!/usr/bin/env node
// Linear time on adversarial input: parses 1, 2, 4 and 8 MB of each pathological text with the built
// library (best of two runs per size) and prints the times and the 8 MB / 1 MB ratio (linear is 8; the bar is ≤ 10).
// Usage: npm run build && node test/bench/linear-time.mjs [--sizes 1,2,4,8] [--only dots,quotes]
import { parseReport } from '../../dist/index.js';

const args = process.argv.slice(2);
const opt = (n, d) => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : d; };
const sizes = opt('--sizes', '1,2,4,8').split(',').map(Number);
const only = opt('--only', '')?.split(',').filter(Boolean);
const MB = 1_000_000;

/** Repeats `unit` to `mb` megabytes (UTF-8 bytes), whole units only. */
const fill = (unit, mb) => unit.repeat(Math.max(1, Math.floor((mb * MB) / Buffer.byteLength(unit))));

const inputs = {
  'quote marks': (mb) => fill('"«»“”„\'', mb),
  'dots': (mb) => fill('.', mb),
  'one word': (mb) => fill('ب', mb),
  'one Latin word': (mb) => fill('a', mb),
  'Arabic commas': (mb) => fill('،', mb),
  'nested brackets': (mb) => { const half = fill('(', mb / 2); return half + ')'.repeat(half.length); },
  'URLs': (mb) => fill('https://t.me/a_b.c/d?e=f ', mb),
  'glued URLs': (mb) => fill('https://telegram.me/x', mb),
  'e-mail-like': (mb) => fill('a@b.', mb),
  'quotes and cues': (mb) => fill('وقال المتحدث: "', mb),
  'unclosed quotes in sentences': (mb) => fill('وأضاف أن «الوضع مستقر. ', mb),
  'abbreviations': (mb) => fill('Mr. U.S. د. ', mb),
  'one line of words': (mb) => fill('word ', mb),
  'newlines': (mb) => fill('\n', mb),
  'bidi marks': (mb) => fill('\u200f\u202b', mb),
};

const rows = [];
for (const [name, make] of Object.entries(inputs)) {
  if (only?.length && !only.includes(name)) continue;
  const times = [];
  for (const mb of sizes) {
    const text = make(mb);
    // Best of two: the first run of a size also pays for compilation and for growing the heap.
    let best = Infinity;
    for (let round = 0; round < 2; round++) {
      const t0 = performance.now();
      parseReport(text, { language: 'ar' });
      best = Math.min(best, (performance.now() - t0) / 1000);
    }
    times.push(best);
  }
  const ratio = times[times.length - 1] / Math.max(times[0], 1e-3);
  rows.push({ name, times, ratio });
  console.log(`${name.padEnd(30)} ${times.map((t, i) => `${sizes[i]} MB ${t.toFixed(2)}s`).join('  ')}  ratio ${ratio.toFixed(1)}${ratio > 10 ? '  NOT LINEAR' : ''}`);
}
if (rows.some((r) => r.ratio > 10)) process.exitCode = 1;
