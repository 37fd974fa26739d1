import { Worker } from 'node:worker_threads';
import type { Item } from './read-inputs.js';
import { parseItem, type ItemOptions, type Parsed } from './parse-item.js';

/** Items in flight per worker: enough to keep every worker busy, few enough to keep memory flat. */
const IN_FLIGHT_PER_WORKER = 8;

/**
 * Parses items and yields their results in input order. With one job, or a single item, everything
 * happens on this thread; otherwise worker threads parse while this thread reads and writes, and a small
 * reorder buffer puts results back in order, so the output is byte for byte the same for any --jobs.
 */
export async function* parseAll(items: AsyncIterable<Item>, options: ItemOptions, jobs: number): AsyncGenerator<Parsed> {
  const it = items[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) return;
  const second = jobs > 1 ? await it.next() : null;
  if (!second || second.done) {
    yield parseItem(first.value, options);
    if (!second) for (let r = await it.next(); !r.done; r = await it.next()) yield parseItem(r.value, options);
    return;
  }
  const pool = new WorkerPool(jobs, options);
  try {
    pool.send(first.value);
    pool.send(second.value);
    yield* pool.drain(false);
    for (let r = await it.next(); !r.done; r = await it.next()) {
      pool.send(r.value);
      yield* pool.drain(false);
    }
    yield* pool.drain(true);
  } finally {
    await pool.close();
  }
}

class WorkerPool {
  private readonly workers: { worker: Worker; busy: number }[] = [];
  private readonly done = new Map<number, Parsed>();
  private sent = 0;
  private next = 0;
  private wake: (() => void) | null = null;
  private failure: Error | null = null;

  constructor(
    private readonly size: number,
    private readonly options: ItemOptions,
  ) {}

  send(item: Item): void {
    const w = this.leastBusy();
    const seq = this.sent++;
    w.busy++;
    w.worker.postMessage({ seq, item });
  }

  /** Yields the results that are ready in order; waits while too many are in flight, or for all at the end. */
  async *drain(all: boolean): AsyncGenerator<Parsed> {
    const limit = all ? 0 : this.size * IN_FLIGHT_PER_WORKER - 1;
    while (this.sent - this.next > limit || this.done.has(this.next)) {
      if (this.failure) throw this.failure;
      const parsed = this.done.get(this.next);
      if (parsed) {
        this.done.delete(this.next++);
        yield parsed;
      } else await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }

  private leastBusy(): { worker: Worker; busy: number } {
    const idle = this.workers.find((w) => w.busy === 0);
    if (idle) return idle;
    if (this.workers.length < this.size) return this.start();
    return this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
  }

  private start(): { worker: Worker; busy: number } {
    const entry = { worker: new Worker(new URL('./parse-worker.js', import.meta.url), { workerData: this.options }), busy: 0 };
    entry.worker.on('message', ({ seq, parsed }: { seq: number; parsed: Parsed }) => {
      entry.busy--;
      this.done.set(seq, parsed);
      this.notify();
    });
    entry.worker.on('error', (err) => {
      this.failure = err;
      this.notify();
    });
    this.workers.push(entry);
    return entry;
  }

  private notify(): void {
    this.wake?.();
    this.wake = null;
  }
}
