import type { RunStreams } from './parse-command.js';
import { UsageError } from './inputs.js';
import { EXIT_OUTPUT, OutputError } from './write-fully.js';

/**
 * Runs a command that streams reports with the process's streams, turning SIGINT/SIGTERM into a clean stop
 * between records (exit 130/143; a second signal stops at once), a reader that left stdout (`| head`,
 * EPIPE) into a quiet exit 0, and an output that cannot be written (a full disk, /dev/full, a file-size
 * limit) into one line on stderr and exit 74. `run` answers with the exit code it wants otherwise.
 */
export async function runGuarded(inputs: string[], run: (inputs: string[], io: RunStreams) => Promise<number>, filesFrom?: string): Promise<number> {
  if (filesFrom === '-' && inputs.includes('-')) throw new UsageError('--files-from - and the input - would both read standard input; name one');
  // Standard input is the input only when nothing else is named (a --files-from list names inputs too).
  if (inputs.length === 0 && filesFrom === undefined) {
    if (process.stdin.isTTY) throw new UsageError('no input: name files, directories or patterns, or pipe a report into `reports parse -`');
    inputs = ['-'];
  }
  let signal: NodeJS.Signals | null = null;
  const abort = new AbortController();
  const onSignal = (s: NodeJS.Signals) => {
    if (signal) process.exit(s === 'SIGINT' ? 130 : 143);
    signal = s;
    // A run waiting for more standard input would never reach the check between records.
    abort.abort();
    if (inputs.includes('-') || filesFrom === '-') process.stdin.destroy();
  };
  let stdoutClosed = false;
  let failure: OutputError | null = null;
  const onStdoutError = (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') stdoutClosed = true;
    else failure ??= OutputError.from('standard output', err);
  };
  process.stdout.on('error', onStdoutError);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    let code: number;
    try {
      code = await run(inputs, {
        stdin: process.stdin,
        stdout: process.stdout,
        stderr: process.stderr,
        stopped: () => signal !== null || stdoutClosed || failure !== null,
        signal: abort.signal,
      });
      // A stream reports a failed write after the fact: wait for what was written to be written.
      await written(process.stdout);
    } catch (err) {
      if (!(err instanceof OutputError)) throw err;
      failure ??= err;
      code = EXIT_OUTPUT;
    }
    if (signal) return signal === 'SIGINT' ? 130 : 143;
    if (failure) {
      process.stderr.write(`reports: ${(failure as OutputError).message}\n`);
      return EXIT_OUTPUT;
    }
    return stdoutClosed ? 0 : code;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    process.stdout.off('error', onStdoutError);
    // Node reports a write error on stdout after the fact: keep it from becoming an uncaught 'error' event.
    process.stdout.on('error', () => undefined);
  }
}

/** Resolves once everything written to `out` so far has been handed to the system (or failed). */
function written(out: NodeJS.WritableStream & { destroyed?: boolean }): Promise<void> {
  if (out.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    out.write('', () => resolve());
  });
}
