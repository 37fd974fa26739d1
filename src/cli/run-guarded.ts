import type { RunStreams } from './parse-command.js';
import { UsageError } from './inputs.js';

/**
 * Runs a command that streams reports with the process's streams, turning SIGINT/SIGTERM into a clean stop
 * between records (exit 130/143; a second signal stops at once) and a reader that left stdout (`| head`,
 * EPIPE) into a quiet exit 0. `run` answers with the exit code it wants otherwise.
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
  const onStdoutError = (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    stdoutClosed = true;
  };
  process.stdout.on('error', onStdoutError);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const code = await run(inputs, {
      stdin: process.stdin,
      stdout: process.stdout,
      stderr: process.stderr,
      stopped: () => signal !== null || stdoutClosed,
      signal: abort.signal,
    });
    if (signal) return signal === 'SIGINT' ? 130 : 143;
    return stdoutClosed ? 0 : code;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
