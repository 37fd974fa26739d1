import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

// The output side of the CLI under attack: writes that fail, names that collide, runs cut short.
const BIN = fileURLToPath(new URL('../../bin/reports.js', import.meta.url));
const ARABIC = 'قال رئيس البلدية إن "أعمال الترميم ستنتهي قبل الصيف".\nوأضاف أن الطرق المغلقة ستفتح تباعا.\n';
const ENGLISH = 'The harbour master said the ferry would resume on Friday. "The swell has dropped," she added.\n';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'reports-output-'));
});

/** Runs the CLI through bash, so a test can set ulimit or redirect to /dev/full. */
function sh(script: string, cwd = dir): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('bash', ['-c', script], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', R: `${process.execPath} ${BIN}` } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const oneLine = (stderr: string) => {
  expect(stderr.trim().split('\n')).toHaveLength(1);
  expect(stderr).toMatch(/^reports: /);
  expect(stderr).not.toMatch(/\n\s+at /);
};

const noTemp = (folder: string) => expect(readdirSync(folder, { recursive: true }).filter((f) => String(f).includes('.tmp-'))).toEqual([]);

describe('writes that cannot lie', () => {
  // 25,000 short clauses: a record of about 2 MB, over a 100 KB file-size limit.
  const big = () => {
    const d = join(dir, `big-${Math.random().toString(36).slice(2)}`);
    mkdirSync(join(d, 'in'), { recursive: true });
    writeFileSync(join(d, 'in/a.txt'), `${'he said, '.repeat(25000)}\n`);
    return d;
  };

  it('--out-dir over a file-size limit: exit 74, one line, no file under the final name, no temp file', () => {
    const d = big();
    const r = sh('ulimit -f 200; $R parse -q --out-dir out in', d);
    expect(r.status).toBe(74);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(/EFBIG/);
    expect(existsSync(join(d, 'out/a.json'))).toBe(false);
    noTemp(join(d, 'out'));
  });

  it('stdout redirected to a file over a file-size limit: exit 74 and one line, not exit 0', () => {
    const d = big();
    const r = sh('ulimit -f 200; $R parse -q in > all.ndjson', d);
    expect(r.status).toBe(74);
    oneLine(r.stderr);
  });

  it('--output over a file-size limit: exit 74, and neither the file nor a temp file', () => {
    const d = big();
    const r = sh('ulimit -f 200; $R parse -q --output all.ndjson in', d);
    expect(r.status).toBe(74);
    oneLine(r.stderr);
    expect(existsSync(join(d, 'all.ndjson'))).toBe(false);
    noTemp(d);
  });

  it('a rename that fails (the final name is a folder) is exit 74 and leaves no *.tmp-* file', () => {
    const d = join(dir, 'rename');
    mkdirSync(join(d, 'in'), { recursive: true });
    mkdirSync(join(d, 'out/a.json/inside'), { recursive: true });
    writeFileSync(join(d, 'in/a.txt'), ENGLISH);
    const r = sh('$R parse -q --out-dir out in', d);
    expect(r.status).toBe(74);
    oneLine(r.stderr);
    noTemp(join(d, 'out'));
  });

  for (const command of ['parse', 'stats', 'schema']) {
    it(`${command} > /dev/full: one line naming ENOSPC, exit 74, no stack trace`, () => {
      writeFileSync(join(dir, 'one.txt'), ENGLISH);
      const r = sh(`$R ${command} ${command === 'schema' ? '' : 'one.txt'} > /dev/full`);
      expect(r.status).toBe(74);
      oneLine(r.stderr);
      expect(r.stderr).toMatch(/no space left/i);
    });
  }

  it('a reader that leaves early (`reports --help | head -1`) gets no EPIPE trace, ten times over', () => {
    const r = sh('for i in 1 2 3 4 5 6 7 8 9 10; do $R --help | head -1 >/dev/null; $R schema | head -c 10 >/dev/null; done');
    expect(r.stderr).toBe('');
  }, 180_000); // twenty starts of node: over a minute on a loaded machine

  it('--jobs 64 into a pipe prints no warning', () => {
    const many = join(dir, 'many');
    mkdirSync(many, { recursive: true });
    for (let i = 0; i < 600; i++) writeFileSync(join(many, `r${String(i).padStart(3, '0')}.txt`), i % 2 ? ARABIC : ENGLISH);
    const r = sh(`$R parse -j 64 many | wc -l`);
    expect(r.stdout.trim()).toBe('600');
    expect(r.stderr).toBe('');
  }, 120_000);
});

describe('every report in its own guard', () => {
  for (const jobs of ['1', '2']) {
    it(`a text too dense for the memory bound is ETOOLARGE, its neighbours parse (--jobs ${jobs})`, () => {
      const d = join(dir, `dense-${jobs}`);
      mkdirSync(d, { recursive: true });
      writeFileSync(join(d, 'a.txt'), ARABIC);
      writeFileSync(join(d, 'm.txt'), 'x\n'.repeat(400_000));
      writeFileSync(join(d, 'z.txt'), ENGLISH);
      const r = cli(['parse', '-j', jobs, d]);
      expect(r.status).toBe(1);
      expect(r.records.map((x) => x.error?.code ?? x.language.code)).toEqual(['arb', 'ETOOLARGE', 'eng']);
      expect(r.records[1].error.message).toMatch(/lines and sentences/);
    });
  }

  it('ordinary prose of the same size is not refused', () => {
    const f = join(dir, 'prose.txt');
    writeFileSync(f, ENGLISH.repeat(9000));
    const r = cli(['parse', f]);
    expect(r.status).toBe(0);
    expect(r.records[0].sentences.length).toBeGreaterThan(9000);
  }, 60_000);
});

describe('--out-dir names that cannot collide', () => {
  it('three inputs named a.txt in three folders keep their folders: three outputs, exit 0', () => {
    const d = join(dir, 'three');
    for (const s of ['d1', 'd2', 'd3']) {
      mkdirSync(join(d, s), { recursive: true });
      writeFileSync(join(d, s, 'a.txt'), `The mayor of ${s} said the bridge would open.\n`);
    }
    const r = sh('$R parse -q --out-dir out d1/a.txt d2/a.txt d3/a.txt', d);
    expect(r.status).toBe(0);
    for (const s of ['d1', 'd2', 'd3']) expect(JSON.parse(readFileSync(join(d, 'out', s, 'a.json'), 'utf8')).text).toMatch(s);
    expect(existsSync(join(d, 'out/a.txt.json'))).toBe(false);
  });

  it('two inputs that would share an output: the second is refused, not renamed; exit 1', () => {
    const d = join(dir, 'share');
    mkdirSync(join(d, 'in'), { recursive: true });
    writeFileSync(join(d, 'in/a.txt'), ENGLISH);
    writeFileSync(join(d, 'in/a.md'), ARABIC);
    const r = sh('$R parse -q --ext txt,md --out-dir out in', d);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^reports: refused: .*a\.json already holds the record of in\/a\.md; in\/a\.txt is not written/);
    expect(readdirSync(join(d, 'out'))).toEqual(['a.json']);
  });

  it('--ext txt,json --out-dir in in is refused before anything is written; the input a.json is intact', () => {
    const d = join(dir, 'self');
    mkdirSync(join(d, 'in'), { recursive: true });
    writeFileSync(join(d, 'in/a.txt'), ENGLISH);
    writeFileSync(join(d, 'in/a.json'), '{"kept":true}');
    const r = sh('$R parse --ext txt,json --out-dir in in', d);
    expect(r.status).toBe(2);
    oneLine(r.stderr);
    expect(readFileSync(join(d, 'in/a.json'), 'utf8')).toBe('{"kept":true}');
  });

  it('a JSONL input whose output would replace another input still to be read is refused', () => {
    const d = join(dir, 'jsonl-self');
    mkdirSync(join(d, 'in'), { recursive: true });
    writeFileSync(join(d, 'in/c.jsonl'), `${JSON.stringify({ text: ENGLISH })}\n`);
    writeFileSync(join(d, 'in/c.ndjson'), `${JSON.stringify({ text: ARABIC })}\n`);
    const r = sh('$R parse --input-format jsonl --ext jsonl,ndjson --out-dir in in', d);
    expect(r.status).toBe(2);
    expect(JSON.parse(readFileSync(join(d, 'in/c.ndjson'), 'utf8')).text).toBe(ARABIC);
  });

  it('a named input file is never an output: `-o in in/a.txt in/a.json` refuses a.txt\'s output', () => {
    const d = join(dir, 'named');
    mkdirSync(join(d, 'in'), { recursive: true });
    writeFileSync(join(d, 'in/a.txt'), ENGLISH);
    writeFileSync(join(d, 'in/a.json'), JSON.stringify({ text: ARABIC }));
    const r = sh('$R parse -q -o . in/a.txt in/a.json', d);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/refused: .*is an input/);
    expect(JSON.parse(readFileSync(join(d, 'in/a.json'), 'utf8')).text).toBe(ARABIC);
  });
});

describe('-o and --output', () => {
  it('-o naming an existing file is a usage error with a hint, not an EEXIST trace', () => {
    writeFileSync(join(dir, 'existing'), 'x');
    const r = sh('$R parse -o existing one.txt');
    expect(r.status).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(/--output existing/);
  });

  it('-o out.ndjson is refused with a hint instead of making a folder of that name', () => {
    const r = sh('$R parse -o out.ndjson one.txt');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/use --output out\.ndjson/);
    expect(existsSync(join(dir, 'out.ndjson'))).toBe(false);
  });

  it('--output FILE writes every record into one file, JSON for a .json name', () => {
    writeFileSync(join(dir, 'one.txt'), ENGLISH);
    writeFileSync(join(dir, 'two.txt'), ARABIC);
    const r = sh('$R parse --output all.ndjson one.txt two.txt && $R parse --output all.json one.txt two.txt');
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, 'all.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).language.code)).toEqual(['eng', 'arb']);
    expect((JSON.parse(readFileSync(join(dir, 'all.json'), 'utf8')) as { language: { code: string } }[]).map((x) => x.language.code)).toEqual(['eng', 'arb']);
    noTemp(dir);
  });

  it('--output onto an input is a usage error; the input is intact', () => {
    writeFileSync(join(dir, 'in.txt'), ENGLISH);
    const r = sh('$R parse --output in.txt in.txt');
    expect(r.status).toBe(2);
    expect(readFileSync(join(dir, 'in.txt'), 'utf8')).toBe(ENGLISH);
  });
});

describe('the summary line and help', () => {
  it('no summary line when stderr is not a terminal; --verbose prints it', () => {
    writeFileSync(join(dir, 'one.txt'), ENGLISH);
    writeFileSync(join(dir, 'two.txt'), ARABIC);
    expect(sh('$R parse one.txt two.txt >/dev/null').stderr).toBe('');
    expect(sh('$R parse --verbose one.txt two.txt >/dev/null').stderr).toMatch(/^reports: parsed 2 reports in /);
  });

  it('stats prints no summary line over its table, even on a terminal', () => {
    writeFileSync(join(dir, 'one.txt'), ENGLISH);
    writeFileSync(join(dir, 'two.txt'), ARABIC);
    // `script` gives the run a terminal; its transcript holds stdout and stderr together.
    const r = sh('script -qec "$R stats one.txt two.txt" /dev/null');
    expect(r.stdout).toMatch(/reports\s+2/);
    expect(r.stdout).not.toMatch(/reports: parsed/);
  });

  it('-j help shows its default once', () => {
    const help = cli(['parse', '--help']).stdout;
    expect(help.match(/default/g)?.filter(Boolean).length).toBeGreaterThan(0);
    const jobs = help.split('\n').filter((l, i, all) => l.includes('--jobs') || (i > 0 && all[i - 1]!.includes('--jobs') && /^\s{20,}/.test(l))).join(' ');
    expect(jobs.match(/default/g)).toHaveLength(1);
  });
});

describe('interrupted runs', () => {
  it('SIGTERM during a JSONL --out-dir run renames nothing into place and leaves no temp file', async () => {
    const d = join(dir, 'jsonl-term');
    mkdirSync(d, { recursive: true });
    const line = `${JSON.stringify({ text: ENGLISH.repeat(3) })}\n`;
    writeFileSync(join(d, 'c.jsonl'), line.repeat(40_000));
    const child = spawn(process.execPath, [BIN, 'parse', '-q', '-j', '1', '--input-format', 'jsonl', '--out-dir', join(d, 'out'), join(d, 'c.jsonl')], { stdio: 'ignore' });
    // Wait for the temporary output to appear, then stop the run.
    for (let i = 0; i < 600 && !(existsSync(join(d, 'out')) && readdirSync(join(d, 'out')).length > 0); i++) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGTERM');
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(143);
    expect(existsSync(join(d, 'out/c.ndjson'))).toBe(false);
    noTemp(join(d, 'out'));
  }, 120_000);

  it('SIGINT during an --output run leaves no file and no temp file', async () => {
    const d = join(dir, 'output-int');
    mkdirSync(d, { recursive: true });
    for (let i = 0; i < 2000; i++) writeFileSync(join(d, `r${String(i).padStart(4, '0')}.txt`), ARABIC);
    const child = spawn(process.execPath, [BIN, 'parse', '-j', '1', '--output', join(dir, 'int.ndjson'), d], { stdio: 'ignore' });
    // Wait for the temporary output to appear (the run has started writing), then stop it.
    for (let i = 0; i < 600 && !readdirSync(dir).some((f) => f.startsWith('int.ndjson.tmp-')); i++) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGINT');
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    expect(existsSync(join(dir, 'int.ndjson'))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.startsWith('int.ndjson'))).toEqual([]);
  }, 120_000);

  it('a second SIGINT (exit at once) still leaves no temporary --output file', async () => {
    const d = join(dir, 'output-int');
    const child = spawn(process.execPath, [BIN, 'parse', '-j', '1', '--output', join(dir, 'twice.ndjson'), d], { stdio: 'ignore' });
    for (let i = 0; i < 600 && !readdirSync(dir).some((f) => f.startsWith('twice.ndjson.tmp-')); i++) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGINT');
    child.kill('SIGINT');
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    expect(readdirSync(dir).filter((f) => f.startsWith('twice.ndjson'))).toEqual([]);
  }, 120_000);
});
