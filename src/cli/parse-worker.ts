import { parentPort, workerData } from 'node:worker_threads';
import type { Item } from './read-inputs.js';
import { parseItem, type ItemOptions } from './parse-item.js';

// A worker thread of `--jobs N`: items in, serialised records out, tagged with their sequence number so
// the main thread can write them in input order.
const options = workerData as ItemOptions;
parentPort!.on('message', ({ seq, item }: { seq: number; item: Item }) => {
  parentPort!.postMessage({ seq, parsed: parseItem(item, options) });
});
