import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'reports-show-'));
const noColorEnv = { NO_COLOR: null, FORCE_COLOR: null, COLUMNS: null };
const colourEnv = { NO_COLOR: null, FORCE_COLOR: '3', COLUMNS: null };
/** What chalk itself draws: SGR colour sequences. Anything else starting with ESC came from the report. */
const SGR = /\u001b\[[0-9;]*m/gu;
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

/** Columns a line takes (no wide characters in these tests; combining marks take none). */
const columns = (line: string) => [...line.replace(SGR, '')].filter((ch) => !/\p{M}/u.test(ch)).length;

/** The body rows of a show: between the header's blank line and the legend's. */
const bodyOf = (stdout: string) => stdout.split('\n\n')[1]!.split('\n');

describe('reports show draws nothing from the report that a terminal would obey', () => {
  const dir = tmp();
  const hostile =
    '\u001b]0;PWNED\u0007\u001b]52;c;aGVsbG8=\u0007\u001b[2J\u001b[1;1HThe port authority said on Monday that "the cranes are back in service".\r\n' +
    'Ferries resume\u001b[1A\u001b[2K on Tuesday, \u009b31m officials added \u202eevif ta\u202c and \u2066quietly\u2069.\u0008\u007f\n';
  const file = join(dir, 'hostile.txt');
  writeFileSync(file, hostile);
  writeFileSync(join(dir, 'name\u001b[31m.txt'), 'The mayor said the bridge would reopen on Friday.\n');

  for (const [mode, env] of [['plain', noColorEnv], ['colour', colourEnv]] as const) {
    it(`${mode}: every control character, ESC sequence and bidi override becomes a visible stand-in`, () => {
      const r = cli(['show', file], { env });
      expect(r.status).toBe(0);
      const printed = r.stdout.replace(SGR, '');
      expect(printed).not.toMatch(UNSAFE);
      expect(printed).toContain('␛]0;PWNED␇');
      expect(printed).toContain('␛]52;c;aGVsbG8=␇');
      expect(printed).toContain('␛[2J');
      expect(printed).toContain('⟦U+009B⟧');
      for (const mark of ['⟦RLO⟧', '⟦PDF⟧', '⟦LRI⟧', '⟦PDI⟧']) expect(printed).toContain(mark);
      expect(printed).toContain('␈␡');
      expect(printed).not.toContain('␍'); // a CRLF line ending is a line ending
      if (mode === 'colour') expect(r.stdout).toMatch(SGR);
    });
  }

  it('a file name with an escape sequence is shown, not obeyed', () => {
    const r = cli(['show', join(dir, 'name\u001b[31m.txt')], { env: colourEnv });
    expect(r.status).toBe(0);
    expect(r.stdout.replace(SGR, '')).toContain('name␛[31m.txt');
    expect(r.stdout.replace(SGR, '')).not.toMatch(UNSAFE);
  });
});

describe('reports show wraps to the terminal', () => {
  const fixture = 'fixtures/ar/ar-04-direct-quotes.txt';
  const tokens = (lines: string[]) => lines.flatMap((l) => l.replace(SGR, '').slice(20).split(/\s+/u)).filter(Boolean);

  for (const width of [50, 72]) {
    it(`--width ${width}: no line wider, every line beside the margin, no word split`, () => {
      const wrapped = cli(['show', '--width', String(width), fixture], { env: noColorEnv });
      const whole = cli(['show', '--width', '0', fixture], { env: noColorEnv });
      expect(wrapped.status).toBe(0);
      for (const line of wrapped.stdout.split('\n')) expect([line, columns(line) <= width]).toEqual([line, true]);
      const body = bodyOf(wrapped.stdout);
      expect(body.length).toBeGreaterThan(bodyOf(whole.stdout).length);
      for (const line of body) expect(line).toMatch(/^.{18}│ /u); // nothing spills into column 0
      expect(tokens(body)).toEqual(tokens(bodyOf(whole.stdout))); // only white space became line breaks
    });
  }

  it('takes the width from $COLUMNS in a pipe, and wraps the legend too', () => {
    const r = cli(['show', fixture], { env: { ...noColorEnv, COLUMNS: '60' } });
    for (const line of r.stdout.split('\n')) expect(columns(line)).toBeLessThanOrEqual(60);
    expect(r.stdout.split('\n').some((l) => /^ {3}\S/u.test(l))).toBe(true); // a legend continuation line
  });

  it('cuts a word longer than a whole line, and only that', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'long.txt'), `The officials said the site ${'x'.repeat(100)} stays closed.\n`);
    const r = cli(['show', '-w', '60', join(dir, 'long.txt')], { env: noColorEnv });
    const body = bodyOf(r.stdout);
    expect(body.map((l) => l.slice(20)).join('')).toContain('x'.repeat(100));
    for (const line of body) expect(columns(line)).toBeLessThanOrEqual(60);
  });
});

describe('reports show numbers like the JSON and previews options', () => {
  const fixture = 'fixtures/ar/ar-04-direct-quotes.txt';

  it('numbers sentences and quotes from 0, as .index', () => {
    const shown = cli(['show', fixture], { env: noColorEnv }).stdout;
    const record = cli(['parse', fixture]).records[0];
    const sentenceMarks = [...shown.matchAll(/⟨(\d+)⟩/gu)].map((m) => Number(m[1]));
    expect(sentenceMarks).toEqual(record.sentences.map((s: { index: number }) => s.index));
    expect(sentenceMarks[0]).toBe(0);
    const quoteMarks = [...shown.matchAll(/\}q(\d+)/gu)].map((m) => Number(m[1]));
    expect(quoteMarks).toEqual(record.quotes.map((q: { index: number }) => q.index));
    expect(shown).toMatch(/^q0 /mu);
  });

  it('--rules previews what a rules file cuts; a bad file is a usage error', () => {
    const dir = tmp();
    const report = join(dir, 'r.txt');
    writeFileSync(report, 'The council approved the budget on Wednesday.\nGet our morning briefing every day\n');
    writeFileSync(join(dir, 'rules.json'), JSON.stringify({ rules: [{ name: 'briefing', kind: 'promo', pattern: '^Get our morning briefing' }] }));
    const without = cli(['show', report], { env: noColorEnv });
    expect(without.stdout).not.toContain('[-Get our morning briefing every day-]');
    const r = cli(['show', '--rules', join(dir, 'rules.json'), report], { env: noColorEnv });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('[-Get our morning briefing every day-]');
    expect(r.stdout).toMatch(/^promo\s+│ \[-Get our/mu);
    writeFileSync(join(dir, 'bad.json'), '[{"name":"x","kind":"advert","pattern":"a"}]');
    const bad = cli(['show', '--rules', join(dir, 'bad.json'), report]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/unknown kind "advert"/);
  });

  it('--keep-boilerplate keeps the boilerplate in the sentences and says so', () => {
    const dir = tmp();
    const report = join(dir, 'r.txt');
    writeFileSync(report, 'The council approved the budget on Wednesday.\nGet our morning briefing every day\n');
    writeFileSync(join(dir, 'rules.json'), JSON.stringify({ rules: [{ name: 'briefing', kind: 'promo', pattern: '^Get our morning briefing' }] }));
    const kept = cli(['show', '--keep-boilerplate', '--rules', join(dir, 'rules.json'), report], { env: noColorEnv });
    const cut = cli(['show', '--rules', join(dir, 'rules.json'), report], { env: noColorEnv });
    expect(kept.stdout).toMatch(/2 sentences, 0 quotes, 1 boilerplate span marked, kept in the body/u);
    expect(kept.stdout).toContain('[-⟨1⟩Get our morning briefing every day-]');
    expect(cut.stdout).toMatch(/1 sentence, 0 quotes, 1 boilerplate span removed/u);
    expect(cut.stdout).toContain('[-Get our morning briefing every day-]');
  });

  it('a directory gets a hint for show, not for parse', () => {
    const r = cli(['show', 'fixtures/ar']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^reports: fixtures\/ar is a directory; show draws one report: name one of its files \(e\.g\. `reports show fixtures\/ar\/[^`]+\.txt`\), or use `reports parse fixtures\/ar`/u);
    expect(r.stdout).toBe('');
  });
});

describe('reports stats', () => {
  it('draws a speaker holding a bidi override with a visible marker, not the override', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'r.txt'), '"We will rebuild the port," said Mayor John \u202eSmith on Monday.\n');
    const r = cli(['stats', '-q', join(dir, 'r.txt')], { env: noColorEnv });
    expect(r.stdout).toMatch(/^ {2}Mayor John ⟦RLO⟧Smith +1$/mu);
    expect(r.stdout).not.toMatch(UNSAFE);
  });
});
