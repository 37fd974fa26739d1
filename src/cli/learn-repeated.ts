import path from 'node:path';
import { RepeatedLines } from '../boilerplate/index.js';
import type { Item } from './read-inputs.js';

/**
 * Runs the corpus-level footer learner over a stream of items on this thread, in input order, so the
 * result never depends on --jobs: each report is counted, then the lines already seen in `minReports`
 * reports of its group are attached to the item for the boilerplate stage. The group is the report's
 * folder (a JSONL file is one group). A footer is recognised from its minReports-th occurrence on.
 */
export async function* learnRepeated(items: AsyncIterable<Item>, minReports: number): AsyncGenerator<Item> {
  const learner = new RepeatedLines({ minReports });
  for await (const item of items) {
    if (item.text !== undefined && item.text.length > 0) {
      const group = item.source.line !== null ? (item.source.path ?? '-') : path.dirname(item.source.path ?? '-');
      const spans = learner.learn(item.text, group);
      if (spans.length) item.repeatedSpans = spans;
    }
    yield item;
  }
}
