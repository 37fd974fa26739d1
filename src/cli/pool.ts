import { Worker } from 'node:worker_threads';
import type { Item } from './read-inputs.js';
import { parseItem, type ItemOptions, type Parsed } from './parse-item.js';

/** Items sent to a worker in one message: a message costs tens of microseconds, a small report a few hundred. */
const BATCH_ITEMS = 16;
/** A batch is sent early when its texts reach this size, so a few big reports do not wait for each other. */
const BATCH_CHARS = 256 * 1024;
/**
 * Batches in flight per worker: two keep every worker busy. Counted in batches, not items: a batch of one
 * large report is a full batch, and counting it as one item of 32 let a worker queue 32 large reports
 * while this thread, with nothing left to parse, sat idle.
 */
const BATCHES_PER_WORKER = 2;

/**
 * Records parsed but not yet written, at most: this thread parses faster than a worker (no message to
 * send), and with a window of two batches it ran out of room and waited for the worker a quarter of the
 * run. The window is also bounded in input bytes, so a run of large reports keeps memory flat.
 */
const REORDER_ITEMS = 256;
const REORDER_BYTES = 16 * 1024 * 1024;

/** See start(). */
const WORKER_YOUNG_GENERATION_MB = 8;

/** Items this thread parses between two looks at the workers' replies (a few milliseconds of work). */
const LOCAL_ITEMS = 4;

/**
 * Larger items are parsed on a worker thread, even with --jobs 1. Only this thread receives SIGINT and
 * SIGTERM, and only between two pieces of JavaScript: a long parse here would hold a signal back for
 * seconds (an 8 MB report takes several), while a worker can be terminated mid-report. This much parses in
 * about a tenth of a second, and starting a worker costs less than the parse it takes over.
 */
export const LOCAL_MAX_BYTES = 256 * 1024;
const parsesHere = (item: Item): boolean => item.error !== undefined || item.size <= LOCAL_MAX_BYTES;

/** Resolves after the pending I/O callbacks (worker replies among them). */
const turnOfTheEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

const NOT_YET = Symbol('not yet');
/** An item that is not ready after a turn of the event loop is waiting on input. */
const afterIo = (): Promise<typeof NOT_YET> => turnOfTheEventLoop().then(() => NOT_YET);

/**
 * Parses items on `jobs` threads and yields their results in input order. With one job everything happens
 * on this thread. Otherwise this thread reads, hands batches to jobs - 1 worker threads, and parses a few
 * items itself whenever every worker already has two batches waiting, so all cores parse without a thread
 * more than there are cores (and without the memory of one more V8 heap). Results are yielded as soon as the next one in
 * order is ready, even while the input is waiting (a JSONL stream on stdin gets each line's record as soon as
 * it is parsed). A reorder buffer of at most 256 records (and 16 MB of input) keeps the output byte for
 * byte the same for any --jobs, and memory flat.
 */
export async function* parseAll(items: AsyncIterable<Item>, options: ItemOptions, jobs: number, signal?: AbortSignal): AsyncGenerator<Parsed> {
  if (jobs <= 1) {
    yield* parseInTurn(items, options, signal);
    return;
  }
  const pool = new WorkerPool(jobs - 1, options, signal);
  const feeder = pool.feed(items);
  try {
    yield* pool.results();
    // Once aborted, the feeder may still wait on input that will never come; the run is over anyway.
    if (!signal?.aborted) await feeder;
  } finally {
    pool.stop();
    await pool.close();
  }
}

/** --jobs 1: one item at a time, a large one on a worker thread (see LOCAL_MAX_BYTES); ends when aborted. */
async function* parseInTurn(items: AsyncIterable<Item>, options: ItemOptions, signal?: AbortSignal): AsyncGenerator<Parsed> {
  let pool: WorkerPool | null = null;
  try {
    for await (const item of items) {
      if (signal?.aborted) return;
      if (parsesHere(item)) {
        yield parseItem(item, options);
        continue;
      }
      pool ??= new WorkerPool(1, options, signal);
      const parsed = await pool.parseOne(item);
      if (!parsed) return;
      yield parsed;
    }
  } finally {
    pool?.stop();
    await pool?.close();
  }
}

interface Slot {
  worker: Worker;
  /** Batches sent and not yet answered. */
  busy: number;
}

class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly done = new Map<number, Parsed>();
  private sent = 0;
  /** Input bytes of the items read and not yet yielded. */
  private pendingBytes = 0;
  private next = 0;
  private inputEnded = false;
  private stopped = false;
  private failure: unknown = null;
  private waiters: (() => void)[] = [];

  private readonly onAbort = () => this.stop();

  constructor(
    private readonly size: number,
    private readonly options: ItemOptions,
    private readonly signal?: AbortSignal,
  ) {
    // A signal must not wait for a worker stuck in a long report: stopping wakes every waiter here, and
    // close() terminates the workers mid-report.
    if (signal?.aborted) this.stopped = true;
    signal?.addEventListener('abort', this.onAbort, { once: true });
  }

  /** Parses one item on a worker; null when the run was stopped first. */
  async parseOne(item: Item): Promise<Parsed | null> {
    const seq = this.sent++;
    const slot = this.slotWithRoom()!;
    slot.busy++;
    slot.worker.postMessage({ seq, items: [item] });
    for (;;) {
      if (this.failure) throw this.failure;
      if (this.stopped) return null;
      const parsed = this.done.get(seq);
      if (parsed) {
        this.done.delete(seq);
        return parsed;
      }
      await this.change();
    }
  }

  /**
   * Sends items in batches. A batch is sent when it is full, or as soon as the next item is not ready at
   * once (a line on stdin still to come), so line-in/line-out latency stays one report.
   */
  async feed(items: AsyncIterable<Item>): Promise<void> {
    const iterator = items[Symbol.asyncIterator]();
    let batch: Item[] = [];
    let chars = 0;
    const send = async () => {
      while (batch.length && !this.stopped) {
        const slot = this.slotWithRoom();
        if (slot) {
          slot.busy++;
          slot.worker.postMessage({ seq: this.sent, items: batch });
          this.sent += batch.length;
          batch = [];
          break;
        }
        // Every worker has two batches waiting: parse a few here. Reads finish without turning the event
        // loop, so turn it first: the replies waiting there may have made room, and a worker must not
        // sit idle while this thread parses.
        await turnOfTheEventLoop();
        if (this.slotWithRoom()) continue;
        let local = 0;
        while (local < LOCAL_ITEMS && local < batch.length && parsesHere(batch[local]!)) local++;
        if (local === 0) {
          await this.change(); // a large item waits for a worker
          continue;
        }
        for (const item of batch.splice(0, local)) this.done.set(this.sent++, parseItem(item, this.options));
        this.wakeAll();
      }
      chars = 0;
      this.wakeAll();
    };
    try {
      for (;;) {
        const pending = iterator.next();
        let step = batch.length ? await Promise.race([pending, afterIo()]) : await pending;
        if (step === NOT_YET) {
          await send();
          step = await pending;
        }
        if (step.done) break;
        while (!this.stopped && (this.sent + batch.length - this.next >= REORDER_ITEMS || this.pendingBytes >= REORDER_BYTES)) {
          await send();
          await this.change();
        }
        if (this.stopped) {
          await iterator.return?.();
          return;
        }
        batch.push(step.value);
        this.pendingBytes += step.value.size;
        chars += step.value.text?.length ?? 0;
        if (batch.length >= BATCH_ITEMS || chars >= BATCH_CHARS) await send();
      }
      await send();
    } catch (err) {
      this.failure = err;
    } finally {
      this.inputEnded = true;
      this.wakeAll();
    }
  }

  async *results(): AsyncGenerator<Parsed> {
    for (;;) {
      if (this.failure) throw this.failure;
      if (this.stopped) return;
      const parsed = this.done.get(this.next);
      if (parsed) {
        this.done.delete(this.next++);
        this.pendingBytes -= parsed.size;
        this.wakeAll(); // room for the feeder
        yield parsed;
      } else if (this.inputEnded && this.next === this.sent) return;
      else await this.change();
    }
  }

  stop(): void {
    this.stopped = true;
    this.wakeAll();
  }

  async close(): Promise<void> {
    this.signal?.removeEventListener('abort', this.onAbort);
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private change(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private wakeAll(): void {
    const waiting = this.waiters;
    this.waiters = [];
    for (const wake of waiting) wake();
  }

  /** An idle worker, else a new one while fewer than `size` run (started lazily), else one with room for a batch. */
  private slotWithRoom(): Slot | null {
    const idle = this.slots.find((s) => s.busy === 0);
    if (idle) return idle;
    if (this.slots.length < this.size) return this.start();
    return this.slots.find((s) => s.busy < BATCHES_PER_WORKER) ?? null;
  }

  private start(): Slot {
    // A small young generation: a report's garbage dies young whatever its size, and V8's default lets each
    // worker hold ~30 MB of it, which the memory bar of a long run cannot afford. The old generation is
    // left unbounded so a 50 MB report still parses.
    const resourceLimits = { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB };
    // A worker's stdout and stderr are not piped into ours: each pipe adds listeners to process.stdout
    // (MaxListenersExceededWarning from --jobs 12 on), and stdout carries only records. Whatever a worker
    // prints goes to stderr.
    const worker = new Worker(new URL('./parse-worker.js', import.meta.url), { workerData: this.options, resourceLimits, stdout: true, stderr: true });
    const toStderr = (chunk: Buffer) => process.stderr.write(chunk);
    worker.stdout.on('data', toStderr);
    worker.stderr.on('data', toStderr);
    const slot: Slot = { worker, busy: 0 };
    slot.worker.on('message', ({ seq, parsed }: { seq: number; parsed: Parsed[] }) => {
      slot.busy--;
      parsed.forEach((p, k) => this.done.set(seq + k, p));
      this.wakeAll();
    });
    slot.worker.on('error', (err) => {
      this.failure = err;
      this.wakeAll();
    });
    this.slots.push(slot);
    return slot;
  }
}
