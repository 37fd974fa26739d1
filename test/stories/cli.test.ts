import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../cli/run-cli.js';
import * as T from './texts.js';

function corpus(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'reports-stories-'));
  const files: [string, string][] = [
    ['a/1-wire.txt', T.WIRE_EN],
    ['a/2-other.txt', T.OTHER_EN],
    ['b/3-short.txt', T.WIRE_EN_SHORTENED],
    ['b/4-ar.txt', T.WIRE_AR],
    ['c/5-ar-repost.txt', T.WIRE_AR_REPOST],
    ['c/6-fr.txt', T.WIRE_FR],
    ['c/7-fr-repost.txt', T.WIRE_FR_REPOST],
    ['c/8-tiny.txt', 'Reservoir low.'],
  ];
  // Enough files for both threads of --jobs 2 to parse some.
  for (let copy = 0; copy < 5; copy++) {
    for (const [name, text] of files) {
      const file = path.join(dir, `copy${copy}`, name);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, `${text}\n`);
    }
  }
  return dir;
}

describe('reports parse --group', { timeout: 120_000 }, () => {
  const dir = corpus();
  const one = cli(['parse', '-q', '--group', '--jobs', '1', '--repeated-min', '0', dir]);
  const two = cli(['parse', '-q', '--group', '--jobs', '2', '--repeated-min', '0', dir]);

  it('writes the same bytes for --jobs 1 and --jobs 2, in input order', () => {
    expect(one.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const paths = one.records.map((r) => r.source.path);
    expect(paths).toEqual([...paths].sort());
  });
  it('gives every report a story, copies the story of their first, and validates against the schema', () => {
    const byName = new Map(one.records.map((r) => [path.relative(dir, r.source.path), r.story]));
    expect(byName.get('copy0/a/1-wire.txt')).toMatchObject({ id: 's1', similarity: 1 });
    expect(byName.get('copy3/b/3-short.txt')!.id).toBe('s1');
    expect(byName.get('copy4/a/1-wire.txt')!.first.path).toBe(path.join(dir, 'copy0/a/1-wire.txt'));
    expect(byName.get('copy2/c/5-ar-repost.txt')!.id).toBe(byName.get('copy0/b/4-ar.txt')!.id);
    expect(byName.get('copy0/a/2-other.txt')!.id).not.toBe('s1');
    const tiny = one.records.filter((r) => r.source.path.endsWith('8-tiny.txt')).map((r) => r.story.id);
    expect(new Set(tiny).size).toBe(5);
    const schema = JSON.parse(cli(['schema']).stdout);
    expect(schema.oneOf[0].properties.story.required).toEqual(['id', 'first', 'similarity']);
  });
  it('adds no story without --group', () => {
    const plain = cli(['parse', '-q', path.join(dir, 'copy0/a/1-wire.txt')]);
    expect(plain.records[0].story).toBeUndefined();
  });
  it('rejects a threshold outside (0, 1] as a usage error', () => {
    expect(cli(['parse', '--group', '--group-threshold', '1.5', dir]).status).toBe(2);
  });
});

describe('reports group', { timeout: 120_000 }, () => {
  const dir = corpus();
  it('prints one line per report, the same from raw inputs and from parse records', () => {
    const raw = cli(['group', '-q', '--repeated-min', '0', dir]);
    expect(raw.status).toBe(0);
    const lines = raw.stdout.trim().split('\n');
    expect(lines).toHaveLength(40);
    expect(lines[0]).toBe(`${path.join(dir, 'copy0/a/1-wire.txt')}\ts1\t1`);
    const parsed = cli(['parse', '-q', '--repeated-min', '0', dir]).stdout;
    const fromRecords = cli(['group', '--records', '-'], { input: parsed });
    expect(fromRecords.stdout).toBe(raw.stdout);
  });
  it('--summary: one line per story with its size, first and last report', () => {
    const out = cli(['group', '-q', '--summary', '--json', '--repeated-min', '0', dir]).records;
    const wire = out.find((s) => s.story === 's1');
    expect(wire.size).toBe(10);
    expect(wire.last.path).toBe(path.join(dir, 'copy4/b/3-short.txt'));
    expect(out.reduce((n, s) => n + s.size, 0)).toBe(40);
  });
  it('names a line that is not a record and goes on, with exit 1', () => {
    const r = cli(['group', '--records', '-'], { input: `not json\n${cli(['parse', '-q', path.join(dir, 'copy0/a/1-wire.txt')]).stdout}` });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('-:1: not JSON');
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });
  it('stats --group counts the stories', () => {
    const r = cli(['stats', '-q', '--group', '--json', '--repeated-min', '0', dir]);
    const stats = JSON.parse(r.stdout);
    expect(stats.stories.largest[0]).toMatchObject({ story: 's1', size: 10 });
  });
});
