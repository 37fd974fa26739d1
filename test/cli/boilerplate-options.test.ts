import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

const FOOTER = 'للاشتراك في نشرتنا المسائية أرسلوا كلمة أخبار إلى الرقم 5050';
const PLACES = ['الحي الشرقي', 'وسط المدينة', 'الضاحية الجنوبية', 'حي الميناء', 'المنطقة الصناعية'];
const THINGS = ['حديقة عامة', 'مكتبة', 'مركز صحي', 'ملعب', 'سوق شعبي', 'مدرسة', 'جسر للمشاة'];
// Fifty different reports of one channel that share only the footer.
const body = (i: number) =>
  `أعلنت بلدية المدينة افتتاح ${THINGS[i % 7]} جديد في ${PLACES[i % 5]} بتكلفة ${i + 3} ملايين.\n` +
  `وقال رئيس البلدية إن المشروع رقم ${i} سيخدم نحو ${(i + 1) * 1000} من السكان، مضيفا أن العمل بدأ قبل ${i % 12 + 2} أشهر.\n${FOOTER}\n`;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'reports-bp-'));
  mkdirSync(join(dir, 'channel'));
  for (let i = 0; i < 50; i++) writeFileSync(join(dir, 'channel', `post-${String(i).padStart(2, '0')}.txt`), body(i));
});

describe('repeated footers learnt across a folder', () => {
  it('cuts a footer no rule knows once it has been seen in 5 reports of the folder, the same with any --jobs', () => {
    const one = cli(['parse', '--jobs', '1', join(dir, 'channel')]);
    const kinds = one.records.map((r) => r.boilerplate.filter((b: { kind: string }) => b.kind === 'repeated').map((b: { text: string }) => b.text));
    expect(kinds.slice(0, 4)).toEqual([[], [], [], []]);
    expect(kinds.slice(4).every((k) => k.length === 1 && k[0] === FOOTER)).toBe(true);
    expect(one.records[49].text).not.toContain('للاشتراك');
    expect(one.records[49].sentences.map((s: { text: string }) => s.text)).not.toContain(FOOTER);
    expect(cli(['parse', '--jobs', '2', join(dir, 'channel')]).stdout).toBe(one.stdout);
  });

  it('--repeated-min changes the threshold and 0 turns learning off', () => {
    const three = cli(['parse', '--repeated-min', '3', join(dir, 'channel')]);
    expect(three.records[2].boilerplate.some((b: { kind: string }) => b.kind === 'repeated')).toBe(true);
    const off = cli(['parse', '--repeated-min', '0', join(dir, 'channel')]);
    expect(off.records.every((r) => r.boilerplate.every((b: { kind: string }) => b.kind !== 'repeated'))).toBe(true);
  });
});

describe('--rules FILE', () => {
  it("cuts what the user's own pattern matches, naming the rule", () => {
    const rules = join(dir, 'rules.json');
    writeFileSync(rules, JSON.stringify({ rules: [{ name: 'evening-bulletin', kind: 'promo', pattern: '^للاشتراك في نشرتنا', scope: 'line' }] }));
    const r = cli(['parse', '--repeated-min', '0', '--rules', rules, join(dir, 'channel', 'post-00.txt')]);
    expect(r.status).toBe(0);
    expect(r.records[0].boilerplate).toEqual([expect.objectContaining({ kind: 'promo', rule: 'user/evening-bulletin', text: FOOTER })]);
  });

  it('refuses a bad rules file before parsing anything, with exit 2 and the reason', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ rules: [{ name: 'x', kind: 'advert', pattern: 'a' }] }));
    const r = cli(['parse', '--rules', bad, join(dir, 'channel')]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/--rules .*bad\.json: .*kind/);
    // (a+)+$ runs in linear time on RE2 now; what RE2 cannot run is refused
    const unsupported = join(dir, 'unsupported.json');
    writeFileSync(unsupported, JSON.stringify({ rules: [{ name: 'ahead', kind: 'promo', pattern: 'Read(?= more)' }] }));
    expect(cli(['parse', '--rules', unsupported, join(dir, 'channel')]).status).toBe(2);
    expect(cli(['parse', '--rules', join(dir, 'missing.json'), '-']).stderr).toMatch(/no such file/);
  });
});
