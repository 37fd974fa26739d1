import { run } from './program.js';

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
