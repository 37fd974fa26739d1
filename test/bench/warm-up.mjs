#!/usr/bin/env node
// How a fresh process gets up to speed: parseReport + JSON over reports in order, in slices, with the CPU time
// of this thread and of every other thread of the process (V8 compiling the hot functions, concurrent GC),
// read from /proc, so the figures hold on a loaded machine better than wall time does. The first slices
// show what each --jobs thread pays before it runs at its steady rate (the last slices).
// Usage: node test/bench/warm-up.mjs [--reports 20000]   (Linux only: reads /proc; measures dist/)
import { readFileSync } from 'node:fs';
import { parseReport } from '../../dist/index.js';
import { benchReports } from './reports-text.mjs';

const args = process.argv.slice(2);
const count = Number(args[args.indexOf('--reports') + 1] || 20000);
const { reports: base, source } = benchReports();
const reports = Array.from({ length: count }, (_, i) => `${base[i % base.length]}\n${i}\n`);

/** CPU milliseconds of this thread (utime + stime, in clock ticks of 10 ms). */
function thisThreadMs() {
  const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
const processMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

console.log(`${count} reports from ${source}`);
console.log('reports        this thread, ms/report   other threads (compiler, GC), ms/report');
const marks = [0, 100, 300, 1000, 3000, 6000, 10000, count].filter((m, i, all) => m <= count && (i === 0 || m > all[i - 1]));
let mainTotal = 0;
let otherTotal = 0;
for (let k = 0; k + 1 < marks.length; k++) {
  const [from, to] = [marks[k], marks[k + 1]];
  const main0 = thisThreadMs();
  const all0 = processMs();
  for (let i = from; i < to; i++) JSON.stringify(parseReport(reports[i]));
  const main = thisThreadMs() - main0;
  const other = Math.max(0, processMs() - all0 - main);
  mainTotal += main;
  otherTotal += other;
  console.log(`${`${from}-${to}`.padEnd(14)} ${(main / (to - from)).toFixed(3).padStart(10)} ${(other / (to - from)).toFixed(3).padStart(30)}`);
}
console.log(`total: this thread ${(mainTotal / 1000).toFixed(1)} s, other threads ${(otherTotal / 1000).toFixed(1)} s`);
