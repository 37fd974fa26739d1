import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/reports.js', import.meta.url));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
  records: any[];
}

/** Runs the built CLI (`npm test` builds first) as a user would, with optional standard input. */
export function cli(args: string[], options: { input?: string | Buffer; cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: options.input ?? '',
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    maxBuffer: 1 << 28,
  });
  const out = r.stdout.trim();
  let records: any[] = [];
  try {
    records = out.startsWith('[') ? JSON.parse(out) : out ? out.split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];
  } catch {
    records = []; // not NDJSON (the schema, help text): the test reads stdout itself
  }
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, records };
}
