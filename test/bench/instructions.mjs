#!/usr/bin/env node
// Steady-state cost of each stage in machine instructions per input byte, counted by valgrind. On a shared
// VM wall time moves by 20% or more between two runs of the same build, so it cannot tell a 5% change
// from noise; the instruction count of one build repeats exactly. Each stage runs twice under valgrind in
// one V8 thread (--single-threaded: no background compiling or GC to count elsewhere), for 2 and for 8
// rounds over the same reports; the difference is six rounds of warm code, without start-up, reading and
// the first rounds, where V8 still compiles. Between two builds the garbage collector runs at other points,
// which moves a small stage by a few instructions a byte. Instructions are not time (a cache miss costs
// none), so confirm a gain in MB/s as well. Needs valgrind (Debian: apt-get install valgrind); a stage
// takes a few minutes. Measures dist/.
// Usage: node test/bench/instructions.mjs [--mb 2] [stage ...]   (stages as in stages.mjs --stage)
import { spawnSync } from 'node:child_process';
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

/** Instructions executed by a whole run of one stage for `rounds` rounds. */
function instructions(stage, rounds) {
  const run = spawnSync(
    'valgrind',
    ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', process.execPath, '--single-threaded', stagesScript, '--stage', stage, '--mb', String(mb), '--rounds', String(rounds)],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  const refs = /I\s+refs:\s+([\d,]+)/.exec(run.stderr);
  if (run.status !== 0 || !refs) {
    console.error(`${stage}: the run under valgrind failed\n${run.stdout}${run.stderr.slice(-2000)}`);
    process.exit(1);
  }
  return Number(refs[1].replaceAll(',', ''));
}

console.log(`instructions per input byte, steady state (${mb} MB of reports, 6 rounds counted)`);
for (const stage of stages) {
  const perByte = (instructions(stage, 8) - instructions(stage, 2)) / 6 / (mb * 1e6);
  console.log(`${stage.padEnd(12)} ${perByte.toFixed(0).padStart(6)}`);
}
