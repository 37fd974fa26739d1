import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/reports.js', import.meta.url));
const REPORT = 'قال المتحدث باسم البلدية إن "أعمال الصيانة ستنتهي قبل الشتاء".\nوأضاف أن الفرق تعمل ليلا ونهارا في الأحياء القديمة.\n'.repeat(30);

/** Starts a run, sends `signal` once the first record is out, and collects what was written. */
function interrupt(args: string[], signal: NodeJS.Signals, stdin?: 'keep-open'): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let sent = false;
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (!sent && stdout.includes('\n')) {
        sent = true;
        child.kill(signal);
      }
    });
    if (stdin === 'keep-open') child.stdin.write(`${JSON.stringify({ text: REPORT })}\n`);
    else child.stdin.end();
    child.on('close', (code) => resolve({ code, stdout }));
  });
}

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'reports-signals-'));
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < 3000; i++) writeFileSync(join(dir, `r${String(i).padStart(4, '0')}.txt`), REPORT);
  return dir;
}

describe('interrupts', () => {
  const dir = corpus();

  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    it(`${signal} stops a long run with exit ${code}, every NDJSON line whole`, async () => {
      const r = await interrupt(['parse', '--jobs', '1', dir], signal);
      expect(r.code).toBe(code);
      const lines = r.stdout.split('\n');
      expect(lines.pop()).toBe(''); // ends with a newline: no half line
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.length).toBeLessThan(3000);
      for (const line of lines) expect(JSON.parse(line).schemaVersion).toBe(1);
    }, 60_000);
  }

  it('SIGINT with worker threads closes a JSON array so it still parses', async () => {
    const r = await interrupt(['parse', '--jobs', '2', '--format', 'json', dir], 'SIGINT');
    expect(r.code).toBe(130);
    expect(JSON.parse(r.stdout).length).toBeGreaterThan(0);
  }, 60_000);

  it('SIGTERM while waiting on an open standard input ends the run', async () => {
    const r = await interrupt(['parse', '--input-format', 'jsonl', '-'], 'SIGTERM', 'keep-open');
    expect(r.code).toBe(143);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  }, 60_000);
});
