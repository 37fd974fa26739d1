import { setFlagsFromString } from 'node:v8';
import { run } from './program.js';

// Every thread of a run compiles the stages' hot functions anew, on the same two or so cores that parse.
// With V8's default inlining budget that compiling took ~2.5 s of CPU per thread over the first thousand
// reports; a third of the budget takes ~1.5 s and parses as fast once compiled. Set for the CLI only: the
// library leaves its host's V8 alone.
setFlagsFromString('--max-inlined-bytecode-size-cumulative=300');

// Exit codes: 0 all parsed, 1 some inputs failed, 2 usage error, 130/143 interrupted.
run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`reports: internal error: ${(err as Error)?.stack ?? String(err)}\n`);
    process.exitCode = 70;
  },
);
