#!/usr/bin/env node
// Benchmark of the sentence stage alone against Intl.Segmenter, on the same Arabic and English text, in the
// same run. Run `npm run build` first: it measures the compiled stage in dist/.
// Text: the raw reports in ../shared/corpus/{ar,en} when that folder exists next to the project, else a
// few paragraphs written here; either way repeated to about 4 MB per language and split one report at a
// time, as the pipeline does (Intl.Segmenter slows down badly on one string of several megabytes).
// Usage: node test/bench/sentences.mjs [--mb 4] [--rounds 5]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { segment } from '../../dist/sentences/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const targetBytes = option('--mb', 4) * 1e6;
const rounds = option('--rounds', 5);

const fallback = {
  ar: [
    'دمشق - أعلن مصدر عسكري اليوم أن وحدات الجيش سيطرت على بلدتين في ريف حلب الشمالي، بعد اشتباكات استمرت ساعات.',
    'وقال المصدر لوكالة الأنباء إن "العمليات مستمرة حتى إعادة الأمن إلى كامل المنطقة"، مضيفا أن الطرق الرئيسية فتحت أمام المدنيين.',
    'وأوضح د. أحمد حسن، مدير المستشفى الوطني، أن 12 جريحا وصلوا إلى المستشفى؟ وأن حالة ثلاثة منهم خطرة.',
    'الجيش يتقدم في ريف حلب',
    'ومن المقرر أن تصل قيمة المشروع إلى 7.9 مليارات دولار في 12/08/2024... وفق ما ذكرته الوزارة.',
  ].join('\n'),
  en: [
    'WASHINGTON (Reuters) - U.S. officials said on Tuesday that talks with Acme Co. would resume next week.',
    '"We are ready. We will vote," Sen. John Smith told reporters at 9 a.m. on Jan. 5, adding that No. 10 had not replied.',
    'The deal, worth $3.5 billion, was signed by Mr. Lee and Dr. Harris! It closes in June?',
    'Troops leave the region',
    'Inflation rose 7.9 percent, according to the report published at www.example.org/report.html... Prices fell later.',
  ].join('\n'),
};

function corpusReports(language) {
  const dir = resolve(here, '..', '..', '..', 'shared', 'corpus', language);
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).sort() : [];
  if (files.length === 0) return { reports: [fallback[language]], source: 'text written in this script' };
  const reports = files.map((f) => readFileSync(join(dir, f), 'utf8').replace(/^\uFEFF/, ''));
  return { reports, source: `${files.length} reports in ${dir}` };
}

function repeatTo(reports, bytes) {
  const out = [];
  for (let total = 0; total < bytes; ) {
    for (const report of reports) {
      // a fresh flat copy each time, as a file read from disk would be
      out.push(Buffer.from(report, 'utf8').toString('utf8'));
      total += Buffer.byteLength(report, 'utf8');
    }
  }
  return out;
}

function measure(run, reports, bytes) {
  run(reports); // warm-up: compile and fill the character tables
  let best = Infinity;
  let count = 0;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    count = run(reports);
    best = Math.min(best, performance.now() - t0);
  }
  return { mbPerSecond: bytes / 1e6 / (best / 1000), count };
}

const languages = { ar: 'arb', en: 'eng' };
const rows = [];
for (const [language, code] of Object.entries(languages)) {
  const { reports: base, source } = corpusReports(language);
  const reports = repeatTo(base, targetBytes);
  const bytes = reports.reduce((sum, r) => sum + Buffer.byteLength(r, 'utf8'), 0);
  const ours = measure((all) => {
    let n = 0;
    for (const t of all) n += segment(t, [{ start: 0, end: t.length }], code).length;
    return n;
  }, reports, bytes);
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  const icu = measure((all) => {
    let n = 0;
    for (const t of all) for (const _ of segmenter.segment(t)) n++;
    return n;
  }, reports, bytes);
  rows.push({ language, source, mb: (bytes / 1e6).toFixed(1), ours, icu });
}

console.log('language\tMB\tsegment MB/s\tIntl.Segmenter MB/s\tsentences (segment / Intl)\tratio');
for (const r of rows) {
  const ratio = r.ours.mbPerSecond / r.icu.mbPerSecond;
  console.log(
    `${r.language}\t${r.mb}\t${r.ours.mbPerSecond.toFixed(1)}\t${r.icu.mbPerSecond.toFixed(1)}\t${r.ours.count} / ${r.icu.count}\t${ratio.toFixed(2)}x`,
  );
}
for (const r of rows) console.log(`# ${r.language}: ${r.source}`);
const slower = rows.filter((r) => r.ours.mbPerSecond < r.icu.mbPerSecond);
if (slower.length) console.log(`# slower than Intl.Segmenter on: ${slower.map((r) => r.language).join(', ')}`);
