import { describe, expect, it } from 'vitest';
import { RepeatedLines } from '../../src/boilerplate/index.js';
import { run } from './helpers.js';

const FOOTER = 'للمزيد من الأخبار زوروا موقعنا الإلكتروني وصفحاتنا الرسمية';
const CITIES = ['بغداد', 'البصرة', 'الموصل', 'أربيل', 'النجف', 'كربلاء', 'الحلة', 'الرمادي', 'كركوك', 'الديوانية'];

/** Fifty different reports from one source, all ending with the same footer that no rule knows. */
function report(i: number): string {
  const city = CITIES[i % CITIES.length];
  return `أعلنت السلطات في ${city} افتتاح ${i + 2} مدارس جديدة هذا الأسبوع.\nوقال مسؤول محلي إن العمل جار على ${i + 5} مشاريع أخرى.\n${FOOTER}\n`;
}

describe('RepeatedLines', () => {
  it('learns a footer shared by a folder of 50 reports, from the threshold on', () => {
    const repeated = new RepeatedLines({ minReports: 5 });
    const marked: number[] = [];
    for (let i = 0; i < 50; i++) {
      const text = report(i);
      const r = run(text, 'arb', { repeated, folder: 'iraq-site' });
      const footer = r.spans.find((s) => s.kind === 'repeated');
      if (footer) {
        expect(text.slice(footer.start, footer.end)).toBe(FOOTER);
        expect(footer.rule).toBe('corpus/repeated');
        marked.push(i);
      }
      expect(r.spans.every((s) => s.kind === 'repeated')).toBe(true); // the body lines differ: never marked
    }
    // Streaming: the footer is recognised from its fifth occurrence on.
    expect(marked).toEqual(Array.from({ length: 46 }, (_, k) => k + 4));
    expect(repeated.count(FOOTER, 'iraq-site')).toBe(50);
  });

  it('marks every report when all are added before parsing (two passes)', () => {
    const repeated = new RepeatedLines();
    for (let i = 0; i < 10; i++) repeated.add(report(i), 'site');
    const r = run(report(0), 'arb', { repeated, folder: 'site', learn: false });
    expect(r.kinds).toEqual(['repeated']);
    expect(repeated.count(FOOTER, 'site')).toBe(10);
  });

  it('keeps folders apart', () => {
    const repeated = new RepeatedLines({ minReports: 3 });
    for (let i = 0; i < 5; i++) repeated.add(report(i), 'one');
    expect(run(report(6), 'arb', { repeated, folder: 'two' }).spans).toEqual([]);
  });

  it('learns a permalink label whose headline changes', () => {
    const repeated = new RepeatedLines({ minReports: 3 });
    const texts = ['ارتفعت أسعار الذهب اليوم.', 'انخفضت أسعار النفط اليوم.', 'استقرت أسعار الصرف اليوم.', 'ارتفعت أسهم البنوك اليوم.'].map(
      (s, i) => `${s}\nوقال محللون إن السوق تترقب قرار الفائدة رقم ${i}.\nرابط المقال على موقع السوق اليوم: ${s.slice(0, 12)}`,
    );
    const last = texts.map((t) => run(t, 'arb', { repeated, folder: 'market' })).pop();
    expect(last?.texts.some((t) => t.startsWith('رابط المقال على موقع السوق اليوم:'))).toBe(true);
  });

  it('marks nothing in a report that repeats another one whole', () => {
    const repeated = new RepeatedLines({ minReports: 2 });
    const text = 'Officials said the bridge would reopen on Monday.\nTraffic will be diverted until then.\n';
    run(text, 'eng', { repeated, folder: 'dup' });
    expect(run(text, 'eng', { repeated, folder: 'dup' }).spans).toEqual([]);
  });

  it('cleans a one-line post whose two-line footer repeats, but not an update of the same story', () => {
    const repeated = new RepeatedLines({ minReports: 3 });
    const footer = 'لمزيد من التغطية ابقوا معنا\nصفحة الأخبار المحلية اليومية';
    const posts = ['انقطاع الكهرباء عن حي الميدان', 'افتتاح جسر جديد في وسط المدينة', 'ارتفاع منسوب النهر بعد الأمطار'];
    const last = posts.map((p) => run(`${p}\n${footer}`, 'arb', { repeated, folder: 'channel' })).pop();
    expect(last?.kinds).toEqual(['repeated', 'repeated']);
    const story = (n: number) => `Floods closed ${n} roads on Sunday.\nThe army sent boats to the villages.\nSchools will stay shut until Wednesday.\nThe weather service expects more rain.`;
    const updates = [3, 5, 8].map((n) => run(story(n), 'eng', { repeated, folder: 'wire' }));
    expect(updates[2].spans).toEqual([]);
  });

  it('refuses a threshold below two', () => {
    expect(() => new RepeatedLines({ minReports: 1 })).toThrow(RangeError);
  });
});

describe('RepeatedLines on a long stream', () => {
  it('still learns a footer that first appears after the table filled up with one-off lines', () => {
    const learner = new RepeatedLines({ minReports: 3, maxLines: 50 });
    for (let i = 0; i < 200; i++) learner.add(`خبر رقم ${i} عن الطقس في المدينة\nسطر ثان فريد ${i * 7}`, 'stream');
    const footer = 'تابعوا نشرتنا اليومية عبر الرسائل القصيرة';
    for (let i = 0; i < 3; i++) learner.add(`خبر جديد رقم ${i + 500} عن الاقتصاد\n${footer}`, 'stream');
    expect(learner.count(footer, 'stream')).toBe(3);
    const text = `خبر أخير عن الرياضة المحلية في المدينة\n${footer}`;
    expect(learner.find(text, 'stream').map((s) => text.slice(s.start, s.end))).toEqual([footer]);
  });
});
