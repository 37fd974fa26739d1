import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from './run-cli.js';

const FIXTURE = 'fixtures/ar/ar-04-direct-quotes.txt';
const ESC = '\u001b[';
const noColorEnv = { NO_COLOR: null, FORCE_COLOR: null };

describe('reports show', () => {
  it('draws a plain layout into a pipe: numbered sentences, marked quotes, a legend, the Arabic untouched', () => {
    const r = cli(['show', FIXTURE], { env: noColorEnv });
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain(ESC);
    expect(r.stdout).toContain('⟨1⟩');
    expect(r.stdout).toMatch(/\{[^}]+\}q1/);
    expect(r.stdout).toMatch(/^q1 /m);
    expect(r.stdout).toContain('language     arb (ar)');
    // no bidi controls or reordering: the sentence text copies out as it went in
    expect(r.stdout).toContain('لن نسمح بتكرار ما حدث في العام الماضي');
    expect(r.stdout).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });

  it('colours with FORCE_COLOR even into a pipe, and marks boilerplate struck through with its kind in the margin', () => {
    const r = cli(['show', 'fixtures/ar/ar-01-channel-link.txt'], { env: { NO_COLOR: null, FORCE_COLOR: '1' } });
    expect(r.stdout).toContain(ESC);
    expect(r.stdout).toContain(`${ESC}9m`); // strikethrough
    expect(r.stdout).toMatch(/channel_link\s*.*│/);
  });

  it('NO_COLOR and --no-color win over FORCE_COLOR', () => {
    expect(cli(['show', FIXTURE], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout).not.toContain(ESC);
    expect(cli(['show', '--no-color', FIXTURE], { env: { NO_COLOR: null, FORCE_COLOR: '1' } }).stdout).not.toContain(ESC);
  });

  it('reads standard input and says what is wrong with a missing file', () => {
    const r = cli(['show', '-'], { input: 'The minister said the talks would resume on Monday, officials said.', env: noColorEnv });
    expect(r.stdout).toContain('language     eng');
    const missing = cli(['show', 'no/such/report.txt']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/ENOENT: no\/such\/report.txt: no such file/);
  });

  it('runs in a real terminal (tmux): colours on, the report readable on screen', () => {
    if (spawnSync('tmux', ['-V']).status !== 0) return expect.fail('tmux is required for this test (apt-get install tmux)');
    const session = `reports-test-${process.pid}`;
    // A server of our own (-L), so no running tmux lends its environment; colour variables unset in the pane.
    const tmux = (...args: string[]) => execFileSync('tmux', ['-L', session, ...args], { encoding: 'utf8' });
    tmux('new-session', '-d', '-s', session, '-x', '200', '-y', '50', '-c', ROOT);
    try {
      tmux('send-keys', '-t', session, `env -u NO_COLOR -u FORCE_COLOR TERM=xterm-256color node bin/reports.js show ${FIXTURE}; echo __DO""NE__`, 'Enter');
      let screen = '';
      for (let i = 0; i < 100 && !screen.includes('__DONE__'); i++) {
        execFileSync('sleep', ['0.1']);
        screen = tmux('capture-pane', '-p', '-e', '-t', session);
      }
      expect(screen).toContain('quotes');
      expect(screen).toContain(ESC); // coloured, since the terminal is a TTY
      expect(screen).toContain('q2');
    } finally {
      tmux('kill-server');
    }
  }, 30_000);
});

describe('reports stats', () => {
  it('prints an aligned table of the fixtures', () => {
    const r = cli(['stats', '--jobs', '1', 'fixtures/'], { env: noColorEnv });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^corpus$/m);
    expect(r.stdout).toMatch(/^ {2}reports +13$/m);
    expect(r.stdout).toMatch(/^ {2}arb +9$/m);
    expect(r.stdout).toMatch(/^top speakers$/m);
  });

  it('gives the numbers as JSON with --json, errors counted by code, exit 1 when some failed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reports-stats-'));
    writeFileSync(join(dir, 'good.txt'), 'قال الوزير إن "المحادثات ستستأنف الأسبوع المقبل".\nhttps://t.me/news_now\n');
    writeFileSync(join(dir, 'bad.txt'), Buffer.from([0x47, 0x49, 0x46, 0x38, 0, 0, 0]));
    const r = cli(['stats', '--json', dir]);
    expect(r.status).toBe(1);
    const s = JSON.parse(r.stdout);
    expect(s).toMatchObject({ reports: 2, parsed: 1, errors: 1, errorsByCode: { EBINARY: 1 }, languages: { arb: 1 } });
    expect(s.quotes.total).toBeGreaterThanOrEqual(1);
    expect(s.boilerplate.channel_link.spans).toBe(1);
  });
});
