import { spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { schemaErrors } from '../helpers/invariants.js';
import { cli, ROOT } from './run-cli.js';

const ARABIC = 'قال وزير الخارجية إن المحادثات ستستأنف في الدوحة.\nوأضاف أن الوفدين اتفقا على جدول الأعمال.';
// Windows-1256 and ISO-8859-6 codes of the letters used below (their published code charts).
const CP1256: Record<string, number> = { ' ': 0x20, '.': 0x2e, 'ا': 0xc7, 'ل': 0xe1, 'و': 0xe6, 'ز': 0xd2, 'ي': 0xed, 'ر': 0xd1, 'ق': 0xde, 'ع': 0xda, 'ن': 0xe4, 'م': 0xe3, 'ف': 0xdd, 'د': 0xcf, 'ة': 0xc9, 'ح': 0xcd, 'ك': 0xdf, 'ص': 0xd5, 'ى': 0xec, 'ث': 0xcb, 'ت': 0xca };
const ISO: Record<string, number> = { ' ': 0x20, '.': 0x2e, 'ا': 0xc7, 'ل': 0xe4, 'و': 0xe8, 'ز': 0xd2, 'ي': 0xea, 'ر': 0xd1, 'ق': 0xe2, 'ع': 0xd9, 'ن': 0xe6, 'م': 0xe5, 'ف': 0xe1, 'د': 0xcf, 'ة': 0xc9, 'ح': 0xcd, 'ك': 0xe3, 'ص': 0xd5, 'ى': 0xe9, 'ث': 0xcb, 'ت': 0xca };
const LEGACY_TEXT = 'قال الوزير ان الوفد وصل الى الدوحة وان المحادثات مفيدة.';
const encode = (table: Record<string, number>) => Uint8Array.from([...LEGACY_TEXT].map((c) => table[c]!));

let dir: string;
const file = (name: string, bytes: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'reports-decode-'));
});

describe('decoding through the CLI', () => {
  const cases: [string, () => Uint8Array | string, string, string][] = [
    ['UTF-8', () => ARABIC, 'utf-8', ARABIC],
    ['UTF-8 with BOM', () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARABIC)]), 'utf-8-bom', ARABIC],
    ['UTF-16 LE with BOM', () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARABIC, 'utf16le')]), 'utf-16le', ARABIC],
    ['UTF-16 BE with BOM', () => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(ARABIC, 'utf16le').swap16()]), 'utf-16be', ARABIC],
    ['Windows-1256', () => encode(CP1256), 'windows-1256', LEGACY_TEXT],
    ['ISO-8859-6', () => encode(ISO), 'iso-8859-6', LEGACY_TEXT],
  ];
  for (const [name, bytes, encoding, text] of cases) {
    it(`${name}: decoded, named in source.encoding, offsets into the decoded text`, () => {
      const r = cli(['parse', file(`${name}.txt`, bytes())]);
      expect(r.status).toBe(0);
      const rec = r.records[0];
      expect(rec.source.encoding).toBe(encoding);
      expect(rec.language.code).toBe('arb');
      const first = rec.sentences[0];
      expect(Array.from(text).slice(first.start, first.end).join('')).toBe(first.text);
    });
  }

  it('invalid UTF-8: replacement characters and a warning, exit 0', () => {
    const r = cli(['parse', file('bad-utf8.txt', Buffer.concat([Buffer.from('The minister said on Monday '), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from(' that talks would go on.')]))]);
    expect(r.status).toBe(0);
    expect(r.records[0].warnings.map((w: { code: string }) => w.code)).toEqual(['WINVALIDUTF8']);
    expect(r.records[0].text).toContain('\uFFFD');
  });

  it('an empty file gives an empty report with a warning', () => {
    const r = cli(['parse', file('empty.txt', '')]);
    expect(r.status).toBe(0);
    expect(r.records[0]).toMatchObject({ text: '', sentences: [], quotes: [], warnings: [{ code: 'WEMPTY' }] });
    expect(schemaErrors(r.records[0])).toEqual([]);
  });

  it('CRLF and lone CR line ends: sentences per line, offsets exact', () => {
    const text = 'عاجل: انقطاع الكهرباء عن العاصمة\r\nقال المتحدث إن الأعطال ستصلح خلال ساعات.\rوأضاف أن الفرق تعمل في الموقع.';
    const r = cli(['parse', file('crlf.txt', text)]);
    const cps = Array.from(text);
    const sentences = r.records[0].sentences;
    expect(sentences.length).toBe(3);
    for (const s of sentences) expect(cps.slice(s.start, s.end).join('')).toBe(s.text);
    expect(sentences.every((s: { text: string }) => !/[\r\n]/.test(s.text))).toBe(true);
  });

  it('a binary file is refused with EBINARY, the run goes on, exit 1', () => {
    const r = cli(['parse', file('photo.txt', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0])), file('fine.txt', ARABIC)]);
    expect(r.status).toBe(1);
    expect(r.records.map((x) => x.error?.code ?? 'ok')).toEqual(['EBINARY', 'ok']);
  });
});

describe('error records through the CLI', () => {
  it('EISDIR: a directory where one report file is expected', () => {
    // show draws one report: a directory is a usage error with a hint that fits show (exit 2)
    const r = cli(['show', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/is a directory; show draws one report/);
  });

  it('EACCES: a file the user may not read (run as an unprivileged user)', async () => {
    const locked = file('locked.txt', ARABIC);
    chmodSync(locked, 0o000);
    chmodSync(dir, 0o755);
    const asNobody = process.getuid?.() === 0 ? 65534 : undefined;
    const copy = asNobody === undefined ? ROOT : readableCopy();
    try {
      const { code, stdout } = await cliAs(asNobody, ['parse', locked, file('open.txt', ARABIC)], undefined, copy);
      const records = stdout.trim().split('\n').map((l) => JSON.parse(l));
      expect(code).toBe(1);
      expect(records.map((x) => x.error?.code ?? 'ok')).toEqual(['EACCES', 'ok']);
    } finally {
      if (copy !== ROOT) rmSync(copy, { recursive: true, force: true });
    }
  }, 60_000);

  it('a file that vanishes during the run is an ENOENT record; the rest are parsed', async () => {
    const many = join(dir, 'vanishing');
    mkdirSync(many);
    for (let i = 0; i < 400; i++) writeFileSync(join(many, `r${String(i).padStart(3, '0')}.txt`), ARABIC.repeat(20));
    const { code, stdout } = await cliAs(undefined, ['parse', '--jobs', '1', many], () => rmSync(join(many, 'r399.txt')));
    const records = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(code).toBe(1);
    expect(records).toHaveLength(400);
    expect(records[399].error.code).toBe('ENOENT');
    expect(records.slice(0, 399).every((x) => !x.error)).toBe(true);
  }, 60_000);
});

/**
 * The built CLI copied where any user can read it: a checkout may sit in a folder only root can enter
 * (`mktemp -d` makes them 0700), and the unprivileged user must still be able to run the program.
 */
function readableCopy(): string {
  const copy = mkdtempSync(join(tmpdir(), 'reports-copy-'));
  chmodSync(copy, 0o755);
  for (const part of ['package.json', 'bin', 'dist', 'node_modules']) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
  return copy;
}

/** Runs the CLI (optionally as another user); `onFirstRecord` runs once the first record is out. */
function cliAs(uid: number | undefined, args: string[], onFirstRecord?: () => void, root = ROOT): Promise<{ code: number | null; stdout: string }> {
  const bin = join(root, 'bin', 'reports.js');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { uid, gid: uid, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'ignore'] });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => {
      const first = !stdout.includes('\n');
      stdout += d.toString();
      if (first && stdout.includes('\n')) onFirstRecord?.();
    });
    child.on('close', (code) => resolve({ code, stdout }));
  });
}
