import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { schemaErrors } from '../helpers/invariants.js';
import { cli, ROOT } from './run-cli.js';

// Reports written for these tests, in the style of wire copy.
const ARABIC = 'قال وزير النقل إن الطريق الساحلي سيفتح أمام السيارات يوم الأحد.\nوأضاف أن أعمال الصيانة انتهت قبل موعدها.\n';
const ENGLISH = 'The transport minister said the coastal road would reopen to traffic on Sunday.\n';
const BIN = join(ROOT, 'bin/reports.js');

let dir: string;
const at = (...parts: string[]) => join(dir, ...parts);
const put = (rel: string, content: string | Buffer) => {
  mkdirSync(join(dir, rel, '..'), { recursive: true });
  writeFileSync(join(dir, rel), content);
  return join(dir, rel);
};
/** The CLI with a time limit: an input that makes it hang fails the test instead of stalling the suite. */
const bounded = (args: string[], input = '', cwd = dir) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, input, encoding: 'utf8', timeout: 20_000, killSignal: 'SIGKILL', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 26 });
  const records = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, records };
};
const paths = (records: any[]) => records.map((r) => r.source.path);
const codes = (records: any[]) => records.map((r) => r.error?.code ?? 'ok');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'reports-inputs-'));
});

describe('folders, patterns and symbolic links', () => {
  it('a pattern over symbolic link loops ends, parses each file once, and names each loop once', () => {
    put('loops/a/b/x.txt', ENGLISH);
    symlinkSync('..', at('loops/a/b/up'));
    symlinkSync('../../a', at('loops/a/b/up2'));
    const r = bounded(['parse', 'a/**/*.txt'], '', at('loops'));
    expect(r.signal).toBeNull();
    expect(r.status).toBe(0);
    expect(paths(r.records)).toEqual(['a/b/x.txt']);
    const warnings = r.stderr.split('\n').filter((l) => l.includes('warning'));
    expect(warnings).toHaveLength(2);
    expect(warnings.join('\n')).toMatch(/a\/b\/up leads to a again/);
    const folder = bounded(['parse', 'a'], '', at('loops'));
    expect(paths(folder.records)).toEqual(['a/b/x.txt']);
  });

  it('two links to one folder: its files are read once', () => {
    put('twice/real/r.txt', ENGLISH);
    mkdirSync(at('twice/corpus'));
    symlinkSync('../real', at('twice/corpus/one'));
    symlinkSync('../real', at('twice/corpus/two'));
    const r = bounded(['parse', 'corpus'], '', at('twice'));
    expect(paths(r.records)).toEqual(['corpus/one/r.txt']);
    expect(r.stderr).toMatch(/corpus\/two leads to corpus\/one again/);
  });

  it('a pattern enters only the folders that can hold a match (braces expanded), and lists them in order', () => {
    put('braces/en/b.txt', ENGLISH);
    put('braces/ar/a.txt', ARABIC);
    put('braces/other/c.txt', ENGLISH);
    symlinkSync('..', at('braces/other/up'));
    const r = bounded(['parse', '{en,ar}/*.txt'], '', at('braces'));
    expect(paths(r.records)).toEqual(['ar/a.txt', 'en/b.txt']);
    expect(r.stderr).not.toMatch(/warning/);
  });

  it('a tree 1,900 folders deep: no stack overflow, the deepest file and its neighbours parsed', () => {
    let rel = 'deep';
    for (let i = 0; i < 1900; i++) rel += '/d';
    put(`${rel}/bottom.txt`, ENGLISH);
    put('deep/top.txt', ENGLISH);
    put('deep/z.txt', ENGLISH);
    const r = bounded(['parse', 'deep'], '', dir);
    expect(r.status).toBe(0);
    expect(r.records).toHaveLength(3);
    expect(r.records[0].source.path.endsWith('/d/bottom.txt')).toBe(true);
    expect(paths(r.records).slice(1)).toEqual(['deep/top.txt', 'deep/z.txt']);
  });

  it('--ext ignores case; --ignore without a slash matches names at any depth, as .gitignore does', () => {
    put('names/A.TXT', ENGLISH);
    put('names/b.Txt', ENGLISH);
    put('names/drafts/c.txt', ENGLISH);
    put('names/sub/ar-1.txt', ARABIC);
    put('names/sub/en-1.txt', ENGLISH);
    const r = bounded(['parse', '--ignore', 'drafts', '--ignore', 'ar-*', 'names']);
    expect(paths(r.records)).toEqual(['names/A.TXT', 'names/b.Txt', 'names/sub/en-1.txt']);
    const g = bounded(['parse', 'names/**/*.txt', '--ignore', 'sub/']);
    expect(paths(g.records)).toEqual(['names/drafts/c.txt']);
  });

  it('--ignore takes one pattern per use: the inputs after it are inputs, stdin is not read', () => {
    put('variadic/ar-1.txt', ARABIC);
    put('variadic/en-1.txt', ENGLISH);
    const r = bounded(['parse', '--ignore', '**/ar-*', 'variadic'], 'The piped text must not be read.');
    expect(r.status).toBe(0);
    expect(paths(r.records)).toEqual(['variadic/en-1.txt']);
  });

  it('an --ignore that matched nothing is a warning', () => {
    put('unused/a.txt', ENGLISH);
    const r = bounded(['parse', '--ignore', 'no-such-name', 'unused']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/warning: --ignore "no-such-name" matched nothing/);
  });

  it('a run with nothing to parse is a usage error: a message, exit 2, nothing on stdout', () => {
    put('nothing/notes.md', '# notes');
    const r = bounded(['parse', 'nothing']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/nothing to parse: no \*\.txt file in nothing/);
    put('all-ignored/a.txt', ENGLISH);
    const all = bounded(['parse', '--ignore', '*.txt', 'all-ignored']);
    expect(all.status).toBe(2);
    expect(all.stderr).toMatch(/that --ignore leaves in/);
  });
});

describe('--files-from', () => {
  it('reads NUL-separated paths from stdin (fd -0, find -print0), including names a pattern would expand', () => {
    const a = put('listed/one *.txt', ENGLISH);
    const b = put('listed/two.txt', ARABIC);
    const r = bounded(['parse', '--files-from', '-', '-0'], `${a}\0${b}\0`);
    expect(r.status).toBe(0);
    expect(paths(r.records)).toEqual([a, b]);
  });

  it('reads one path a line from a file, after the named inputs, each file once', () => {
    const a = put('listed2/a.txt', ENGLISH);
    const b = put('listed2/b.txt', ENGLISH);
    const list = put('list.txt', `${b}\r\n\n${a}\n`);
    const r = bounded(['parse', a, '--files-from', list]);
    expect(paths(r.records)).toEqual([a, b]);
  });

  it('listed relative paths keep their folders under --out-dir, so two a.txt do not collide', () => {
    put('tree/x/a.txt', ENGLISH);
    put('tree/y/a.txt', ARABIC);
    const r = bounded(['parse', '--out-dir', at('tree-out'), '--files-from', '-', '-0'], 'x/a.txt\0y/a.txt\0', at('tree'));
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(at('tree-out/x/a.json'), 'utf8')).language.code).toBe('eng');
    expect(JSON.parse(readFileSync(at('tree-out/y/a.json'), 'utf8')).language.code).toBe('arb');
  });

  it('a missing list is a usage error', () => {
    const r = bounded(['parse', '--files-from', at('no-list.txt')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--files-from .*no such file/);
  });
});

describe('inputs that are not regular files', () => {
  it('a named pipe nobody writes to is an error record within seconds; the next input is parsed', () => {
    const fifo = at('p.txt');
    spawnSync('mkfifo', [fifo]);
    const good = put('after-fifo.txt', ENGLISH);
    const started = Date.now();
    const r = bounded(['parse', fifo, good]);
    expect(r.signal).toBeNull();
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(r.status).toBe(1);
    expect(codes(r.records)).toEqual(['EIO', 'ok']);
    expect(r.records[0].error.message).toMatch(/named pipe/);
  });

  it('a named pipe with a writer is read as a stream', async () => {
    const fifo = at('q.txt');
    spawnSync('mkfifo', [fifo]);
    const child = spawn(process.execPath, [BIN, 'parse', fifo], { env: { ...process.env, NO_COLOR: '1' } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    // The writer opens the pipe after the reader has: the open must not have blocked the reader.
    await new Promise((resolve) => setTimeout(resolve, 200));
    writeFileSync(fifo, ENGLISH);
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    const record = JSON.parse(out);
    expect(record.sentences[0].text).toBe(ENGLISH.trim());
  });

  it('a device that never ends stops at --max-bytes', () => {
    const r = bounded(['parse', '--max-bytes', '100000', '/dev/zero']);
    expect(codes(r.records)).toEqual(['ETOOLARGE']);
  });
});

describe('binary input and file names', () => {
  it('a NUL byte after the first 8 KB is binary too, and stderr names the file', () => {
    const f = put('tail-nul.txt', Buffer.concat([Buffer.from(ENGLISH.repeat(200)), Buffer.from([0, 1, 2, 0])]));
    const r = bounded(['parse', f]);
    expect(codes(r.records)).toEqual(['EBINARY']);
    expect(r.stderr).toContain(`EBINARY: ${f}: binary input`);
  });

  it('a file whose name is not UTF-8 is read, in a folder and named as an argument', () => {
    const folder = at('latin1');
    mkdirSync(folder);
    const name = Buffer.concat([Buffer.from(`${folder}/caf`), Buffer.from([0xe9]), Buffer.from('.txt')]);
    writeFileSync(name, ENGLISH);
    const r = bounded(['parse', folder]);
    expect(codes(r.records)).toEqual(['ok']);
    expect(r.records[0].source.path).toBe(`${folder}/caf\uFFFD.txt`);
    // The shell passes the name's bytes as they are; Node would decode them lossily.
    const sh = spawnSync('sh', ['-c', `node "${BIN}" parse "$(printf '${folder}/caf\\351.txt')"`], { encoding: 'utf8' });
    expect(sh.status).toBe(0);
    expect(JSON.parse(sh.stdout).sentences).toHaveLength(1);
  });
});

describe('JSONL read as a stream', () => {
  it('/dev/zero as JSONL: one bounded error record, not a crash', () => {
    const r = bounded(['parse', '--input-format', 'jsonl', '/dev/zero']);
    expect(r.status).toBe(1);
    expect(codes(r.records)).toEqual(['EBINARY']);
  });

  it('a line over --max-bytes is an ETOOLARGE record at once, and the lines after it are parsed', () => {
    const long = JSON.stringify({ text: 'word '.repeat(50_000) });
    const r = bounded(['parse', '--input-format', 'jsonl', '--max-bytes', '10000', '-'], `${long}\n${JSON.stringify({ text: ENGLISH })}\n`);
    expect(codes(r.records)).toEqual(['ETOOLARGE', 'ok']);
    expect(r.records.map((x) => x.source.line)).toEqual([1, 2]);
  });

  it('a BOM before the first line is accepted; blank lines (a trailing one too) are skipped', () => {
    const input = `\uFEFF${JSON.stringify({ text: ENGLISH })}\n\n   \n${JSON.stringify({ text: ARABIC })}\n\n`;
    const r = bounded(['parse', '--input-format', 'jsonl', '-'], input);
    expect(r.status).toBe(0);
    expect(codes(r.records)).toEqual(['ok', 'ok']);
    expect(r.records.map((x) => x.source.line)).toEqual([1, 4]);
  });

  it('lone surrogates and invalid UTF-8 become U+FFFD with a warning; the output is strict UTF-8 JSON', () => {
    const bytes = Buffer.concat([
      Buffer.from('{"text": "The minister said the road \\ud800 would reopen."}\n{"text": "He added that the '),
      Buffer.from([0xff, 0xfe]),
      Buffer.from(' works were over."}\n'),
    ]);
    const r = spawnSync(process.execPath, [BIN, 'parse', '--input-format', 'jsonl', '-'], { input: bytes, timeout: 20_000, killSignal: 'SIGKILL' });
    const out = r.stdout.toString('utf8');
    expect(out).not.toMatch(/\\ud[89ab]/i);
    const records = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(records.map((x) => x.warnings.map((w: { code: string }) => w.code))).toEqual([['WLONESURROGATE'], ['WINVALIDUTF8']]);
    expect(records[0].text).toContain('\uFFFD');
    expect(records[1].text).toContain('\uFFFD');
    for (const record of records) expect(schemaErrors(record)).toEqual([]);
  });

  it('numeric ids keep every digit as written', () => {
    const r = bounded(['parse', '--input-format', 'jsonl', '-'], `{"id": 1234567890123456789012, "text": ${JSON.stringify(ENGLISH)}}\n{"id": 7, "text": ${JSON.stringify(ENGLISH)}}\n`);
    expect(r.records.map((x) => x.source.id)).toEqual(['1234567890123456789012', '7']);
  });

  it('--text-field and --id-field take dotted paths into nested objects', () => {
    const line = JSON.stringify({ meta: { id: 98765432109876543210n.toString() }, data: { body: ARABIC } }).replace('"98765432109876543210"', '98765432109876543210');
    const r = bounded(['parse', '--input-format', 'jsonl', '--text-field', 'data.body', '--id-field', 'meta.id', '-'], `${line}\n`);
    expect(r.status).toBe(0);
    expect(r.records[0].source.id).toBe('98765432109876543210');
    expect(r.records[0].language.code).toBe('arb');
    const literal = bounded(['parse', '--input-format', 'jsonl', '--text-field', 'data.body', '-'], `${JSON.stringify({ 'data.body': ENGLISH })}\n`);
    expect(literal.records[0].language.code).toBe('eng');
  });
});

describe('invisible lines', () => {
  it('lines of only bidi or zero-width marks fall in a boilerplate span: every other character is in a sentence', () => {
    const text = `${ENGLISH}\u200f\u200b\n\u200e\n \u2067\u2069 \n\ufeff\nHe added that the works were over.\n`;
    const r = bounded(['parse', put('invisible.txt', text)]);
    const record = r.records[0];
    const cps = Array.from(text);
    const covered = new Array(cps.length).fill(false);
    for (const s of [...record.sentences, ...record.boilerplate]) for (let i = s.start; i < s.end; i++) covered[i] = true;
    const outside = cps.filter((c, i) => !covered[i]).join('');
    expect(outside).toMatch(/^\s*$/);
    // U+FEFF alone is white space as JavaScript's \s and JSON readers see it; the three other lines are cut.
    expect(record.boilerplate.map((b: { rule: string }) => b.rule)).toEqual(Array(3).fill('common/invisible-line'));
    expect(record.text).not.toMatch(/[\u200b-\u200f\u2066-\u2069]/);
  });
});
