import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { schemaErrors } from '../helpers/invariants.js';
import { cli, ROOT } from './run-cli.js';

const ARABIC = 'قال وزير الصحة إن "الوضع تحت السيطرة".\nوأضاف أن المستشفيات استقبلت 40 مصابا.\nhttps://t.me/health_news\n';
const ENGLISH = 'The minister said the hospitals had received 40 injured people. "We are coping," he added.\n';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'reports-cli-'));
  mkdirSync(join(dir, 'in/sub'), { recursive: true });
  writeFileSync(join(dir, 'in/a.txt'), ARABIC);
  writeFileSync(join(dir, 'in/sub/b.txt'), ENGLISH);
  writeFileSync(join(dir, 'in/notes.md'), '# not a report');
});

describe('reports parse', () => {
  it('reads standard input when no input is named and stdin is piped', () => {
    const r = cli(['parse'], { input: ARABIC });
    expect(r.status).toBe(0);
    expect(r.records).toHaveLength(1);
    expect(r.records[0].source).toMatchObject({ path: '-', line: null, id: null, encoding: 'utf-8' });
    expect(r.records[0].language.code).toBe('arb');
    expect(schemaErrors(r.records[0])).toEqual([]);
  });

  it('recurses into directories for *.txt, sorted, and --ext changes the endings', () => {
    const r = cli(['parse', join(dir, 'in')]);
    expect(r.records.map((x) => x.source.path)).toEqual([join(dir, 'in/a.txt'), join(dir, 'in/sub/b.txt')]);
    const md = cli(['parse', '--ext', 'md', join(dir, 'in')]);
    expect(md.records.map((x) => x.source.path)).toEqual([join(dir, 'in/notes.md')]);
  });

  it('keeps the order of the arguments and reads each file once', () => {
    const r = cli(['parse', join(dir, 'in/sub/b.txt'), join(dir, 'in'), join(dir, 'in/a.txt')]);
    expect(r.records.map((x) => x.source.path)).toEqual([join(dir, 'in/sub/b.txt'), join(dir, 'in/a.txt')]);
  });

  it('expands glob patterns and honours --ignore', () => {
    const r = cli(['parse', `${dir}/in/**/*.txt`, '--ignore', '**/sub/**']);
    expect(r.records.map((x) => x.source.path)).toEqual([join(dir, 'in/a.txt')]);
  });

  it('writes one JSON array with --format json, indented with --pretty', () => {
    const r = cli(['parse', '--format', 'json', '--pretty', join(dir, 'in')]);
    expect(r.stdout.startsWith('[\n{\n  "schemaVersion": 1')).toBe(true);
    expect(r.records).toHaveLength(2);
  });

  it('reads JSONL with --text-field and --id-field, one record per line in order', () => {
    const lines = [
      JSON.stringify({ doc: 'x1', body: ARABIC }),
      '{"doc": "x2", "body": 12}',
      JSON.stringify({ doc: 'x3', body: ENGLISH }),
    ].join('\n');
    const r = cli(['parse', '--input-format', 'jsonl', '--text-field', 'body', '--id-field', 'doc', '-'], { input: `${lines}\n` });
    expect(r.status).toBe(1);
    expect(r.records.map((x) => [x.source.line, x.source.id, x.error?.code ?? x.language.code])).toEqual([
      [1, 'x1', 'arb'],
      [2, 'x2', 'EJSONL'],
      [3, 'x3', 'eng'],
    ]);
    expect(r.records[1].error.message).toMatch(/line 2: field "body"/);
    for (const rec of r.records) expect(schemaErrors(rec)).toEqual([]);
  });

  it('turns a file over --max-bytes into an ETOOLARGE record and goes on', () => {
    const r = cli(['parse', '--max-bytes', '120', join(dir, 'in/a.txt'), join(dir, 'in/sub/b.txt')]);
    expect(r.status).toBe(1);
    expect(r.records.map((x) => x.error?.code ?? 'ok')).toEqual(['ETOOLARGE', 'ok']);
  });

  it('stops reading a device that never ends at --max-bytes, and parses the next file', () => {
    // /dev/zero says its size is 0 and never reaches its end: read whole, it would take all memory.
    const r = cli(['parse', '--max-bytes', '100000', '/dev/zero', join(dir, 'in/a.txt')]);
    expect(r.status).toBe(1);
    expect(r.records.map((x) => x.error?.code ?? 'ok')).toEqual(['ETOOLARGE', 'ok']);
    expect(r.records[0].error.message).toMatch(/\/dev\/zero is over --max-bytes 100000/);
  });

  it('reads a pipe named as a file (/dev/stdin) without calling it changed', () => {
    // Through a shell pipe, as a user writes it (a spawned child's stdin is a socket, which /dev/stdin cannot open).
    const bin = join(ROOT, 'bin/reports.js');
    const r = spawnSync('sh', ['-c', `cat "${join(dir, 'in/a.txt')}" | "${process.execPath}" "${bin}" parse /dev/stdin`], { encoding: 'utf8' });
    expect(r.stderr).not.toMatch(/ECHANGED/);
    expect(r.status).toBe(0);
    const record = JSON.parse(r.stdout);
    expect(record.source.path).toBe('/dev/stdin');
    expect(record.language.code).toBe('arb');
  });

  it('reports an unreadable file as EACCES', () => {
    if (process.getuid?.() === 0) {
      // root reads everything; a file root cannot read does not exist here
      return;
    }
    const f = join(dir, 'locked.txt');
    writeFileSync(f, ENGLISH);
    chmodSync(f, 0o000);
    expect(cli(['parse', f]).records[0].error.code).toBe('EACCES');
  });

  it('exits 2 on a usage error with one line on stderr and no data', () => {
    for (const args of [['parse', '--format', 'xml', '-'], ['parse', '--lang', 'klingon', '-'], ['parse', '--max-bytes', '-3', '-'], ['nope']]) {
      const r = cli(args, { input: ENGLISH });
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().length).toBeGreaterThan(0);
    }
  });

  it('prints the JSON Schema with `reports schema`', () => {
    const r = cli(['schema']);
    expect(JSON.parse(r.stdout).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });
});

describe('reports parse --out-dir', () => {
  it('writes <dir>/<relative path>.json for each input, complete files only', () => {
    const out = join(dir, 'parsed');
    const r = cli(['parse', '--out-dir', out, join(dir, 'in')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(out, 'a.json'), 'utf8')).language.code).toBe('arb');
    expect(JSON.parse(readFileSync(join(out, 'sub/b.json'), 'utf8')).language.code).toBe('eng');
    expect(readdirSync(out).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('writes a JSONL input to one .ndjson file', () => {
    const out = join(dir, 'parsed-jsonl');
    const f = join(dir, 'corpus.jsonl');
    writeFileSync(f, `${JSON.stringify({ text: ARABIC })}\n${JSON.stringify({ text: ENGLISH })}\n`);
    cli(['parse', '--input-format', 'jsonl', '--out-dir', out, f]);
    expect(readFileSync(join(out, 'corpus.ndjson'), 'utf8').trim().split('\n')).toHaveLength(2);
  });

  it('never overwrites an input, even when the inputs are .json files inside the output folder', () => {
    const both = join(dir, 'both');
    mkdirSync(both, { recursive: true });
    const input = join(both, 'report.json');
    writeFileSync(input, ENGLISH);
    const r = cli(['parse', '--ext', 'json', '--out-dir', both, both]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^reports: --out-dir .* read for \*\.json files/);
    expect(readFileSync(input, 'utf8')).toBe(ENGLISH);
  });

  it('keeps ../ and absolute inputs inside the folder', () => {
    const out = join(dir, 'parsed-rel');
    const r = cli(['parse', '--out-dir', out, '../' + join(dir, 'in/a.txt').split('/').slice(1).join('/').replace(/^/, '../'.repeat(8)), join(dir, 'in/sub/b.txt')]);
    expect(r.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['a.json', 'b.json']);
  });

  it('does not follow a symbolic link out of the folder', () => {
    const out = join(dir, 'parsed-link');
    const outside = join(dir, 'outside');
    mkdirSync(out, { recursive: true });
    mkdirSync(outside, { recursive: true });
    symlinkSync(outside, join(out, 'sub'));
    const r = cli(['parse', '--out-dir', out, join(dir, 'in')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/symbolic link/);
    expect(existsSync(join(outside, 'b.json'))).toBe(false);
    expect(existsSync(join(out, 'a.json'))).toBe(true);
  });
});

describe('reports parse --jobs', () => {
  it('writes the same bytes in the same order with 1 and 3 worker threads', () => {
    const many = join(dir, 'many');
    mkdirSync(many, { recursive: true });
    for (let i = 0; i < 40; i++) writeFileSync(join(many, `r${String(i).padStart(2, '0')}.txt`), i % 2 ? ARABIC.repeat(1 + (i % 5)) : ENGLISH);
    writeFileSync(join(many, 'r05.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    const one = cli(['parse', '--jobs', '1', many]);
    const three = cli(['parse', '--jobs', '3', many]);
    expect(one.records).toHaveLength(40);
    expect(three.stdout).toBe(one.stdout);
    expect(three.status).toBe(1);
    expect(one.records[5].error.code).toBe('EBINARY');
  });
});
