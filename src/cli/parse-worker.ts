import { parentPort, workerData } from 'node:worker_threads';
import type { Item } from './read-inputs.js';
import { packForTransfer, parseItem, type ItemOptions } from './parse-item.js';

// A worker thread of `--jobs N`: a batch of items in, their serialised records out in one message (as UTF-8
// in one transferred buffer), tagged with the first item's sequence number so the main thread can write them
// in input order.
const options = workerData as ItemOptions;
parentPort!.on('message', ({ seq, items }: { seq: number; items: Item[] }) => {
  const parsed = items.map((item) => parseItem(item, options));
  const buffer = packForTransfer(parsed);
  parentPort!.postMessage({ seq, parsed }, [buffer]);
});
