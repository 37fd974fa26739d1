import { setFlagsFromString } from 'node:v8';
import { run } from './program.js';

// Every thread of a run compiles the stages' hot functions anew, on the same two or so cores that parse.
// With V8's default inlining budget that compiling took ~2.5 s of CPU per thread over the first thousand
// reports; a third of the budget takes ~1.5 s and parses as fast once compiled. Set for the CLI only: the
// library leaves its host's V8 alone.
setFlagsFromString('--max-inlined-bytecode-size-cumulative=300');

const argv = process.argv.slice(2);
const debug = argv.includes('--debug');

/** A bug: one line on stderr (the stack only with --debug) and exit 70 (sysexits' EX_SOFTWARE). */
function internalError(err: unknown): void {
  const e = err as Error;
  const line = debug ? (e?.stack ?? String(err)) : `${e?.name ?? 'Error'}: ${e?.message ?? String(err)} (run with --debug for the stack trace)`;
  process.stderr.write(`reports: internal error: ${line}\n`);
  process.exitCode = 70;
}

// A reader that goes away (`reports --help | head -1`) is not an error; any other stdout failure of a
// command that does not handle it itself (help, schema) is one line and exit 74.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') return;
  if (process.stdout.listenerCount('error') > 1) return; // a running command handles it
  process.stderr.write(`reports: cannot write standard output: ${err.message}\n`);
  process.exitCode = 74;
});
process.on('uncaughtException', (err) => {
  internalError(err);
  process.exit(70);
});

// Exit codes: 0 all parsed, 1 some inputs failed, 2 usage error, 70 internal error, 74 output not written,
// 130/143 interrupted.
run(argv.filter((a) => a !== '--debug')).then(
  (code) => {
    if (!process.exitCode) process.exitCode = code;
  },
  internalError,
);
