#!/usr/bin/env node
// Steady-state cost of each stage in machine instructions per input byte, counted by valgrind. On a shared
// VM wall time moves by 20% or more between two runs of the same build, so it cannot tell a 5% change
// from noise; an instruction count can. Each stage runs twice under valgrind in one V8 thread
// (--single-threaded: no background threads), for 2 and for 8 rounds over the same reports; the difference
// is six rounds of warm code, without start-up and reading. V8's optimizing compilers still run in those
// rounds, a different amount from run to run (the same build read 126 and 153 once), so their functions
// are counted apart and left out of the figure to compare. What remains moves by a few instructions a
// byte between runs (the garbage collector runs at other points). Instructions are not time (a cache miss
// costs none): confirm a gain in MB/s as well.
// Needs valgrind with cg_annotate (Debian: apt-get install valgrind); a stage takes a few minutes.
// Measures dist/. Usage: node test/bench/instructions.mjs [--mb 2] [stage ...]  (stages: stages.mjs --stage)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const mbAt = args.indexOf('--mb');
const mb = mbAt >= 0 ? Number(args[mbAt + 1]) : 2;
const named = args.filter((a, i) => !a.startsWith('--') && (mbAt < 0 || i !== mbAt + 1));
const stages = named.length ? named : ['language', 'boilerplate', 'sentences', 'quotes', 'parse', 'parse+json', 'segmenter'];
const stagesScript = fileURLToPath(new URL('./stages.mjs', import.meta.url));

if (spawnSync('valgrind', ['--version']).error) {
  console.error('instructions.mjs needs valgrind (Debian: apt-get install valgrind)');
  process.exit(2);
}

/** V8's optimizing compilers, by the names of their C++ functions. */
const COMPILER = /compiler::|maglev::|turboshaft::|Compiler::|Pipeline|baseline::/;
const work = mkdtempSync(join(tmpdir(), 'reports-instructions-'));

/** Instructions of a whole run of one stage for `rounds` rounds: { compiling, rest }. */
function instructions(stage, rounds) {
  const out = join(work, `${stage}-${rounds}.out`);
  const run = spawnSync(
    'valgrind',
    ['--tool=cachegrind', '--cache-sim=no', `--cachegrind-out-file=${out}`, process.execPath, '--single-threaded', stagesScript, '--stage', stage, '--mb', String(mb), '--rounds', String(rounds)],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  const table = spawnSync('cg_annotate', ['--threshold=0', out], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status !== 0 || table.status !== 0) {
    console.error(`${stage}: the run under valgrind failed\n${run.stdout}${run.stderr.slice(-2000)}${table.stderr ?? ''}`);
    process.exit(1);
  }
  const counts = { compiling: 0, rest: 0 };
  // Rows of the per-function table: "1,234,567 ( 1.23%)  file:function".
  const rows = table.stdout.slice(table.stdout.indexOf('file:function'));
  for (const [, ir, fn] of rows.matchAll(/^\s*([\d,]+) \([^)]*\)\s+(.*)$/gm)) counts[COMPILER.test(fn) ? 'compiling' : 'rest'] += Number(ir.replaceAll(',', ''));
  return counts;
}

console.log(`instructions per input byte, steady state (${mb} MB of reports, 6 rounds counted)`);
console.log(`${'stage'.padEnd(12)} ${'code'.padStart(6)} ${'compiling'.padStart(10)}`);
try {
  for (const stage of stages) {
    const [few, many] = [instructions(stage, 2), instructions(stage, 8)];
    const perByte = (key) => ((many[key] - few[key]) / 6 / (mb * 1e6)).toFixed(0);
    console.log(`${stage.padEnd(12)} ${perByte('rest').padStart(6)} ${perByte('compiling').padStart(10)}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
