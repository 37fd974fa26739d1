import { parentPort, workerData } from 'node:worker_threads';
import type { Item } from './read-inputs.js';
import { parseItem, type ItemOptions } from './parse-item.js';

// A worker thread of `--jobs N`: a batch of items in, their serialised records out in one message, tagged
// with the first item's sequence number so the main thread can write them in input order.
const options = workerData as ItemOptions;
parentPort!.on('message', ({ seq, items }: { seq: number; items: Item[] }) => {
  parentPort!.postMessage({ seq, parsed: items.map((item) => parseItem(item, options)) });
});
