#!/usr/bin/env node
// Pairwise precision and recall of `--group` stories against a labelled set of re-posts, per language: every
// pair of reports of one language is counted as in the same labelled story or not, and in the same predicted
// story or not. Reads ../shared/eval/groups (groups.jsonl: id, group, lang; texts in docs/) when it is there,
// or the folder given with --set; the project's own tests never need it. Measures dist/ (`npm run bench:groups`
// builds first). Reports are read in the order of groups.jsonl, each parsed as `reports parse` would (body
// without boilerplate), then given a story as `reports parse --group` does.
// Usage: node test/bench/groups-score.mjs [--set DIR] [--threshold X] [--min WORDS] [--verbose]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseReport } from '../../dist/index.js';
import { signatureOf } from '../../dist/stories/minhash.js';
import { DEFAULT_GROUP, StoryAssigner } from '../../dist/stories/assign-story.js';

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const set = opt('--set', fileURLToPath(new URL('../../../shared/eval/groups/', import.meta.url)));
if (!existsSync(join(set, 'groups.jsonl'))) {
  console.log(`no labelled set at ${set}: nothing to score`);
  process.exit(0);
}
const options = { threshold: Number(opt('--threshold', DEFAULT_GROUP.threshold)), minWords: Number(opt('--min', DEFAULT_GROUP.minWords)) };
const rows = readFileSync(join(set, 'groups.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
const stories = new StoryAssigner(options);
const started = performance.now();
const predicted = rows.map((row) => {
  const text = readFileSync(join(set, 'docs', `${row.id}.txt`), 'utf8');
  return stories.assign(signatureOf(parseReport(text).text), { path: row.id, line: null, id: null }).id;
});
const ms = performance.now() - started;

console.log(`${rows.length} reports, threshold ${options.threshold}, --group-min ${options.minWords}: ${stories.stories} stories (${ms.toFixed(0)} ms with parsing)`);
console.log(`${'language'.padEnd(9)} ${'pairs'.padStart(6)} ${'found'.padStart(6)} ${'false'.padStart(6)} ${'missed'.padStart(6)} ${'P%'.padStart(6)} ${'R%'.padStart(6)}`);
for (const lang of [...new Set(rows.map((r) => r.lang))].sort()) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const wrong = [];
  for (let i = 0; i < rows.length; i++) {
    if (rows[i].lang !== lang) continue;
    for (let j = i + 1; j < rows.length; j++) {
      if (rows[j].lang !== lang) continue;
      const labelled = rows[i].group === rows[j].group;
      const same = predicted[i] === predicted[j];
      if (labelled && same) tp++;
      else if (same) {
        fp++;
        wrong.push(`  false pair  ${rows[i].id} ${rows[j].id}`);
      } else if (labelled) {
        fn++;
        wrong.push(`  missed pair ${rows[i].id} ${rows[j].id}`);
      }
    }
  }
  const pct = (a, b) => (b === 0 ? '-' : ((100 * a) / b).toFixed(1));
  console.log(`${lang.padEnd(9)} ${String(tp + fn).padStart(6)} ${String(tp).padStart(6)} ${String(fp).padStart(6)} ${String(fn).padStart(6)} ${pct(tp, tp + fp).padStart(6)} ${pct(tp, tp + fn).padStart(6)}`);
  if (args.includes('--verbose')) for (const line of wrong) console.log(line);
}
