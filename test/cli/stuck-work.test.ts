import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

const BIN = fileURLToPath(new URL('../../bin/reports.js', import.meta.url));
const SENTENCE = 'The minister said on Tuesday that talks would resume next week. "We are ready," he told reporters.\n';
/** About 6 MB of ordinary prose: several seconds of parsing, which a signal must not wait for. */
const LONG = SENTENCE.repeat(60_000);

/** CPU seconds a process has used (Linux /proc), or null where there is no /proc. */
function cpuSeconds(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks
  } catch {
    return null;
  }
}

/**
 * Starts a run, sends `signal` once it is deep in parsing (`cpu` seconds of CPU used: start-up takes about
 * a third of one, and on a loaded machine wall-clock time says nothing), and says how long the process
 * took to end after the signal.
 */
function interruptWhenBusy(args: string[], signal: NodeJS.Signals, cpu: number): Promise<{ code: number | null; stdout: string; stopMs: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let sentAt = 0;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    const started = performance.now();
    const poll = setInterval(() => {
      const used = cpuSeconds(child.pid!);
      if ((used ?? (performance.now() - started) / 1000) < cpu) return;
      clearInterval(poll);
      sentAt = performance.now();
      child.kill(signal);
    }, 50);
    child.on('close', (code) => {
      clearInterval(poll);
      resolve({ code, stdout, stopMs: performance.now() - sentAt });
    });
  });
}

describe('signals reach work stuck in a long report', () => {
  const dir = mkdtempSync(join(tmpdir(), 'reports-stuck-'));
  const single = join(dir, 'long.txt');
  writeFileSync(single, LONG);
  const folder = join(dir, 'folder');
  mkdirSync(folder);
  writeFileSync(join(folder, '0-short.txt'), SENTENCE);
  writeFileSync(join(folder, '1-long.txt'), LONG);
  writeFileSync(join(folder, '2-long.txt'), LONG);

  it('SIGTERM ends a single long report at once with 143', async () => {
    const r = await interruptWhenBusy(['parse', single], 'SIGTERM', 1.2);
    expect(r.code).toBe(143);
    expect(r.stopMs).toBeLessThan(2000);
    expect(r.stdout).toBe('');
    expect(r.stopMs).toBeGreaterThan(0); // the signal was sent before the run ended by itself
  }, 60_000);

  for (const jobs of ['1', '2']) {
    it(`SIGINT ends a folder run with --jobs ${jobs} mid-report with 130, the lines written whole`, async () => {
      const r = await interruptWhenBusy(['parse', '--jobs', jobs, folder], 'SIGINT', 1.2);
      expect(r.code).toBe(130);
      expect(r.stopMs).toBeLessThan(2000);
      const lines = r.stdout.split('\n');
      expect(lines.pop()).toBe('');
      expect(lines.length).toBeLessThan(3);
      for (const line of lines) expect(JSON.parse(line).schemaVersion).toBe(1);
    }, 60_000);
  }
});

describe('user rules cannot hang a run', () => {
  it('parses with the attack patterns of issue 17 on their hostile lines in seconds', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reports-rules-'));
    const patterns = ['(?:(?:a|aa))+$', '((a|a))*$', '(?:a*){00002,}$', 'a*a*a*a*a*b', '.*.*.*.*.*=', 'a.*a.*a.*x', '(a+)+$'];
    writeFileSync(join(dir, 'rules.json'), JSON.stringify({ rules: patterns.map((pattern, i) => ({ name: `attack-${i}`, kind: 'other', pattern })) }));
    const hostile = ['a'.repeat(1900) + '!', 'x'.repeat(1900), 'a'.repeat(41) + '!', 'y '.repeat(900)];
    writeFileSync(join(dir, 'r.txt'), `The mayor spoke on Monday.\n${hostile.join('\n')}\n`.repeat(5));
    const t0 = performance.now();
    const r = cli(['parse', '--rules', join(dir, 'rules.json'), join(dir, 'r.txt')]);
    expect(r.status).toBe(0);
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(r.records[0].boilerplate.filter((b: { rule: string }) => b.rule.startsWith('user/'))).toEqual([]);
  }, 60_000);

  it('refuses what the linear-time engine cannot run, naming the rule', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reports-rules-'));
    writeFileSync(join(dir, 'rules.json'), JSON.stringify([{ name: 'huge-repeat', kind: 'other', pattern: '(a+){2,99999}$' }]));
    const r = cli(['parse', '--rules', join(dir, 'rules.json'), 'fixtures/']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/rule "huge-repeat": unsupported pattern: invalid repeat count/);
    expect(r.stdout).toBe('');
  });
});
