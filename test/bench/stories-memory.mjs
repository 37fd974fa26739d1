#!/usr/bin/env node
// How many reports one process can hold in the --group index: feeds N distinct signatures (random minima, as
// unrelated reports give: every band value new, the band tables' worst case) to the story assigner and prints
// the bytes it holds per report and the process's RSS. Measures dist/.
// Usage: node test/bench/stories-memory.mjs [--reports 1000000]
import { StoryAssigner } from '../../dist/stories/assign-story.js';
import { PERMUTATIONS } from '../../dist/stories/minhash.js';

const args = process.argv.slice(2);
const n = args.includes('--reports') ? Number(args[args.indexOf('--reports') + 1]) : 1_000_000;
const stories = new StoryAssigner();
const source = { path: 'a/report.txt', line: null, id: null };
const minhash = new Uint32Array(PERMUTATIONS);
let state = 0x2545f491;
const started = performance.now();
for (let i = 0; i < n; i++) {
  for (let k = 0; k < PERMUTATIONS; k++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    minhash[k] = state >>> 0;
  }
  stories.assign({ minhash, shingles: 300, words: 304 }, source);
}
const seconds = (performance.now() - started) / 1000;
const { rss, heapUsed } = process.memoryUsage();
console.log(`${n} reports in ${seconds.toFixed(1)} s: index ${(stories.bytes / n).toFixed(0)} bytes a report (${(stories.bytes / 2 ** 20).toFixed(0)} MB), heap ${(heapUsed / 2 ** 20).toFixed(0)} MB, RSS ${(rss / 2 ** 20).toFixed(0)} MB`);
