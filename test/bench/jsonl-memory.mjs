#!/usr/bin/env node
// Peak memory of `reports parse` on a large JSONL input (generated here, never committed): memory must stay
// flat whatever the size of the input. Usage: node test/bench/jsonl-memory.mjs [--gb 1] [--jobs 2]
import { createWriteStream, existsSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchReports } from './reports-text.mjs';

const args = process.argv.slice(2);
const opt = (n, d) => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : d; };
const gb = Number(opt('--gb', 1));
const jobs = opt('--jobs', '2');
const file = join(tmpdir(), `reports-bench-${gb}gb.jsonl`);
const bin = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'reports.js');

if (!existsSync(file) || statSync(file).size < gb * 1e9) {
  const { reports } = benchReports();
  const out = createWriteStream(file);
  let written = 0;
  for (let i = 0; written < gb * 1e9; i++) {
    const line = `${JSON.stringify({ id: `r${i}`, text: `${reports[i % reports.length]}\n${i}` })}\n`;
    written += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
const size = statSync(file).size;
const t0 = performance.now();
const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, bin, 'parse', '--quiet', '--jobs', jobs, '--input-format', 'jsonl', file], {
  stdio: ['ignore', 'ignore', 'pipe'],
  encoding: 'utf8',
});
const secs = (performance.now() - t0) / 1000;
const peakKB = Number(r.stderr.trim().split('\n').pop());
console.log(`${(size / 1e9).toFixed(2)} GB JSONL, --jobs ${jobs}: exit ${r.status}, ${secs.toFixed(1)} s, ${(size / 1e6 / secs).toFixed(1)} MB/s, peak RSS ${Math.round(peakKB / 1024)} MB`);
if (args.includes('--clean')) rmSync(file);
