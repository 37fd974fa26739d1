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

/**
 * Runs the built CLI (`npm test` builds first) as a user would, with optional standard input. Colour is off
 * (NO_COLOR=1) unless the test says otherwise; an env value of null removes that variable.
 */
export function cli(args: string[], options: { input?: string | Buffer; cwd?: string; env?: Record<string, string | null> } = {}): CliResult {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  for (const [k, v] of Object.entries(options.env ?? {})) {
    if (v === null) delete env[k];
    else env[k] = v;
  }
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: options.input ?? '',
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    env,
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
