import path from 'node:path';
import { RepeatedLines } from '../boilerplate/index.js';
import type { Item } from './read-inputs.js';

/**
 * Runs the corpus-level footer learner over a stream of items on this thread, in input order, so the
 * result never depends on --jobs: each report is counted, then the lines already seen in `minReports`
 * reports of its group are attached to the item for the boilerplate stage. The group is the report's
 * folder (a JSONL file is one group). A footer is recognised from its minReports-th occurrence on.
 */
/**
 * Reports larger than this are neither learnt from nor checked. The learner runs on the main thread, which
 * alone receives SIGINT and SIGTERM: a 48 MB report kept it busy for 3-6 s, holding a signal back that long.
 * A report of 8 MB (half a second) is not one item of a feed whose footer repeats across a folder anyway.
 */
const LEARN_MAX_BYTES = 8 * 1024 * 1024;

export async function* learnRepeated(items: AsyncIterable<Item>, minReports: number): AsyncGenerator<Item> {
  const learner = new RepeatedLines({ minReports });
  for await (const item of items) {
    if (item.text !== undefined && item.text.length > 0 && item.size <= LEARN_MAX_BYTES) {
      const group = item.source.line !== null ? (item.source.path ?? '-') : path.dirname(item.source.path ?? '-');
      const spans = learner.learn(item.text, group);
      if (spans.length) item.repeatedSpans = spans;
    }
    yield item;
  }
}
