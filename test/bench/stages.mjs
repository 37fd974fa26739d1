#!/usr/bin/env node
// Throughput of each stage alone and of the whole parse, on the same reports, in one run, next to Node's
// Intl.Segmenter (sentences only) as the yardstick; and the peak memory of the run. Measures dist/:
// `npm run bench` builds first. Usage: node test/bench/stages.mjs [--mb 20] [--rounds 3] [--stage NAME]
// (--stage runs one row only: decode, language, boilerplate, sentences, quotes, parse, parse+json, stories or
// segmenter; instructions.mjs counts the instructions of such a run.)
import { decode } from '../../dist/decode/decode.js';
import { detectLanguage } from '../../dist/language/detect.js';
import { findBoilerplate } from '../../dist/boilerplate/index.js';
import { segment } from '../../dist/sentences/index.js';
import { findQuotes } from '../../dist/quotes/index.js';
import { parseReport } from '../../dist/index.js';
import { complement } from '../../dist/text/span.js';
import { signatureOf } from '../../dist/stories/minhash.js';
import { StoryAssigner } from '../../dist/stories/assign-story.js';
import { benchReports } from './reports-text.mjs';

const args = process.argv.slice(2);
const opt = (n, d) => { const i = args.indexOf(n); return i >= 0 ? Number(args[i + 1]) : d; };
const only = args.includes('--stage') ? args[args.indexOf('--stage') + 1] : null;
const targetMB = opt('--mb', 20);
const rounds = opt('--rounds', 3);

const { reports: base, source } = benchReports();
const reports = [];
let bytes = 0;
for (let i = 0; bytes < targetMB * 1e6; i++) {
  const text = `${base[i % base.length]}\n${i}\n`;
  reports.push(text);
  bytes += Buffer.byteLength(text);
}
const encoded = reports.map((r) => Buffer.from(r));

// The inputs of each stage are computed once, outside the timed loops, so each row times one stage.
const languages = reports.map((r) => detectLanguage(r).code);
const boilerplate = reports.map((r, i) => findBoilerplate(r, { language: languages[i] }));
const regions = reports.map((r, i) => complement(boilerplate[i].spans, r.length));
const sentences = reports.map((r, i) => segment(r, regions[i], languages[i]));
const segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
// --group's own work (signature of the body, then the story), on the bodies parse leaves.
const bodies = only === null || only === 'stories' ? reports.map((r) => parseReport(r).text) : [];
const stories = new StoryAssigner();
const storySource = { path: null, line: null, id: null };

const stages = {
  decode: ['decode', (i) => decode(encoded[i]).text.length],
  language: ['language', (i) => detectLanguage(reports[i]).code.length],
  boilerplate: ['boilerplate', (i) => findBoilerplate(reports[i], { language: languages[i] }).spans.length],
  sentences: ['sentences', (i) => segment(reports[i], regions[i], languages[i]).length],
  quotes: ['quotes', (i) => findQuotes(reports[i], sentences[i], languages[i], regions[i]).length],
  parse: ['parseReport (all stages)', (i) => parseReport(reports[i]).sentences.length],
  'parse+json': ['parseReport + JSON', (i) => JSON.stringify(parseReport(reports[i])).length],
  stories: ['--group: signature + story', (i) => stories.assign(signatureOf(bodies[i]), storySource).similarity],
  segmenter: ['Intl.Segmenter (yardstick)', (i) => { let n = 0; for (const _ of segmenter.segment(reports[i])) n++; return n; }],
};
if (only !== null && !(only in stages)) {
  console.error(`--stage: one of ${Object.keys(stages).join(', ')}`);
  process.exit(2);
}

let peakRss = process.memoryUsage().rss;
const rows = [];
for (const [name, run] of Object.entries(stages).filter(([key]) => only === null || key === only).map(([, row]) => row)) {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (let i = 0; i < reports.length; i++) run(i);
    best = Math.min(best, performance.now() - t0);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  rows.push([name, bytes / 1e6 / (best / 1000), reports.length / (best / 1000)]);
}
console.log(`${(bytes / 1e6).toFixed(1)} MB in ${reports.length} reports (${source}), best of ${rounds} rounds, one thread`);
console.log(`${'stage'.padEnd(28)} ${'MB/s'.padStart(8)} ${'reports/s'.padStart(10)}`);
for (const [name, mbs, rps] of rows) console.log(`${name.padEnd(28)} ${mbs.toFixed(1).padStart(8)} ${Math.round(rps).toString().padStart(10)}`);
console.log(`peak RSS ${Math.round(peakRss / 1e6)} MB (inputs held in memory: ${Math.round((bytes * 3) / 1e6)} MB as strings and buffers)`);
