import { mkdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';
import type { InputPlaces } from './input-places.js';
import { jsonText, type Parsed } from './parse-item.js';
import { AtomicFile, OutputError, writeFully } from './write-fully.js';

/** Where records go. `write` resolves when the record may be forgotten (backpressure honoured). */
export interface Sink {
  write(parsed: Parsed): Promise<void>;
  /** Finishes the output; `complete` false when the run was interrupted. */
  close(complete: boolean): Promise<void>;
}

/** Records arrive serialised compactly (as bytes from worker threads); --pretty re-indents them. */
export const layout = (parsed: Parsed, pretty: boolean): string | Uint8Array =>
  pretty ? JSON.stringify(JSON.parse(jsonText(parsed)), null, 2) : parsed.json;

/**
 * Records are gathered into chunks of about this many bytes, one write per chunk: a write per record cost
 * more than the encoding itself (22,000 small writes in a 40 MB run).
 */
const CHUNK_BYTES = 1 << 16;

/**
 * NDJSON (one record a line) or one JSON array written incrementally, to a stream such as stdout. Records
 * are encoded into a chunk that goes out when full or as soon as the event loop turns: a run that waits for
 * input (a JSONL mapper fed line by line) has each record written before it waits.
 *
 * Given a file descriptor (stdout redirected to a file or a device, an --output file), chunks are written to it directly until every byte
 * is out: Node's stream for a file ignores a short write, which a file-size limit makes. Any write error but
 * EPIPE (a reader that went away, handled by the caller) becomes an OutputError from the next write or from
 * close, which also waits for the last chunk to be written.
 */
export class StreamSink implements Sink {
  private count = 0;
  private chunk: Buffer | null = null;
  private used = 0;
  private flushing: Promise<void> | null = null;
  private flushQueued = false;
  private failure: OutputError | null = null;
  /** Writes handed to the stream and not yet called back; `idle` is told when none is left. */
  private pending = 0;
  private idle: (() => void) | null = null;
  private drained: Promise<void> | null = null;

  private readonly out: Writable | null;
  private readonly fd: number | undefined;

  constructor(
    to: Writable | number,
    private readonly format: 'ndjson' | 'json',
    private readonly pretty: boolean,
    private readonly name = 'standard output',
  ) {
    this.fd = typeof to === 'number' ? to : undefined;
    this.out = typeof to === 'number' ? null : to;
    this.out?.on('error', (err: NodeJS.ErrnoException) => this.fail(err));
  }

  async write(parsed: Parsed): Promise<void> {
    if (this.format === 'json') await this.append(this.count === 0 ? '[\n' : ',\n');
    this.count++;
    await this.append(layout(parsed, this.pretty));
    if (this.format === 'ndjson') await this.append('\n');
  }

  async close(): Promise<void> {
    if (this.format === 'json') await this.append(this.count === 0 ? '[]\n' : '\n]\n');
    if (this.flushing) await this.flushing;
    await this.flush();
    await this.allWritten();
    if (this.failure) throw this.failure;
  }

  /** Resolves when the stream has called back every write, or closed (a destroyed stream may never call back). */
  private allWritten(): Promise<void> {
    const out = this.out;
    if (!out || this.pending === 0 || out.destroyed) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        out.off('close', done);
        this.idle = null;
        resolve();
      };
      this.idle = done;
      out.on('close', done);
    });
  }

  private fail(err: NodeJS.ErrnoException): void {
    if (err?.code !== 'EPIPE') this.failure ??= OutputError.from(this.name, err);
  }

  private async append(data: string | Uint8Array): Promise<void> {
    if (this.flushing) await this.flushing;
    if (this.failure) throw this.failure;
    // UTF-8 takes at most three bytes a UTF-16 code unit.
    const most = typeof data === 'string' ? data.length * 3 : data.byteLength;
    if (this.used > 0 && this.used + most > CHUNK_BYTES) await this.flush();
    if (most > CHUNK_BYTES) {
      await this.push(data);
      return;
    }
    this.chunk ??= Buffer.allocUnsafeSlow(CHUNK_BYTES);
    if (typeof data === 'string') this.used += this.chunk.write(data, this.used);
    else {
      this.chunk.set(data, this.used);
      this.used += data.byteLength;
    }
    if (!this.flushQueued) {
      this.flushQueued = true;
      setImmediate(() => {
        this.flushQueued = false;
        this.flushing ??= this.flush()
          .catch(() => undefined) // kept in this.failure, thrown by the next write or close
          .finally(() => (this.flushing = null));
      });
    }
  }

  private async flush(): Promise<void> {
    if (this.used === 0 || !this.chunk) return;
    // A stream may keep the chunk until it is written: hand it over and start a new one.
    const data = this.chunk.subarray(0, this.used);
    this.chunk = null;
    this.used = 0;
    await this.push(data);
  }

  private async push(chunk: string | Uint8Array): Promise<void> {
    if (this.failure) throw this.failure;
    if (!this.out) {
      try {
        writeFully(this.fd!, chunk);
      } catch (err) {
        // EPIPE included: a descriptor written directly is a file or a device, never a pipe.
        this.failure ??= OutputError.from(this.name, err);
        throw this.failure;
      }
      return;
    }
    const out = this.out;
    if (out.destroyed || out.writableEnded) return;
    this.pending++;
    const room = out.write(chunk, (err) => {
      if (err) this.fail(err as NodeJS.ErrnoException);
      if (--this.pending === 0) this.idle?.();
    });
    if (room) return;
    // Wait for room, or for the reader to go away (EPIPE arrives as an 'error' event, handled by the caller).
    // One wait shared by every write waiting at once, so listeners never pile up on stdout.
    this.drained ??= new Promise<void>((resolve) => {
      const done = () => {
        out.off('drain', done).off('close', done).off('error', done);
        this.drained = null;
        resolve();
      };
      out.on('drain', done).on('close', done).on('error', done);
    });
    await this.drained;
    if (this.failure) throw this.failure;
  }
}

/** An output the run refuses to write (it would replace an input or another input's output); that report only. */
export class RefusedOutput extends Error {}

/**
 * One output file per input below a folder: `<dir>/<path below the input's base, extension → .json>`,
 * or `.ndjson` with every line's record for a JSONL input. Each file is written to a temporary name and
 * renamed when complete (see AtomicFile), so an existing output is only ever replaced by a whole one. Paths
 * are checked to stay inside the folder (no `..`, no absolute paths, no symlinked folder leading out), never
 * to land on an input or a file the run reads, and never to land on another input's output of this run:
 * such a report is refused, not renamed.
 */
export class OutDirSink implements Sink {
  private readonly root: string;
  private jsonl: { rel: string; file: AtomicFile | null } | null = null;
  /** Output path → the input it holds the record of. */
  private readonly written = new Map<string, string>();

  constructor(
    dir: string,
    private readonly pretty: boolean,
    private readonly places?: InputPlaces,
  ) {
    try {
      mkdirSync(dir, { recursive: true });
      this.root = realpathSync(dir);
    } catch (err) {
      throw OutputError.from(dir, err);
    }
  }

  async write(parsed: Parsed): Promise<void> {
    if (parsed.source.line !== null) {
      if (this.jsonl?.rel !== parsed.rel) {
        this.finishJsonl(true);
        // A refused JSONL input is named once, not once per line.
        this.jsonl = { rel: parsed.rel, file: null };
        this.jsonl.file = new AtomicFile(this.target(parsed));
      }
      if (!this.jsonl.file) return;
      this.jsonl.file.write(parsed.json);
      this.jsonl.file.write('\n');
      return;
    }
    this.finishJsonl(true);
    const file = new AtomicFile(this.target(parsed));
    file.write(layout(parsed, this.pretty));
    file.write('\n');
    file.commit();
  }

  async close(complete: boolean): Promise<void> {
    this.finishJsonl(complete);
  }

  private finishJsonl(complete: boolean): void {
    const file = this.jsonl?.file;
    this.jsonl = null;
    if (!file) return;
    if (complete) file.commit();
    else file.abandon();
  }

  /** The output path for an item, inside the folder, or a RefusedOutput naming why not. */
  private target(item: Parsed): string {
    const { rel } = item;
    const input = item.source.path ?? '-';
    const ext = item.source.line !== null ? '.ndjson' : '.json';
    const clean = path.normalize(rel).replace(/^(\.\.(\/|\\|$))+/, '');
    if (path.isAbsolute(clean) || clean.split(/[\\/]/).includes('..')) throw new RefusedOutput(`unsafe output path for ${input}`);
    const parsed = path.parse(clean);
    let final = path.join(this.root, parsed.dir, parsed.name + ext);
    try {
      mkdirSync(path.dirname(final), { recursive: true });
    } catch (err) {
      throw OutputError.from(path.dirname(final), err);
    }
    const realDir = realpathSync(path.dirname(final));
    if (realDir !== this.root && !realDir.startsWith(this.root + path.sep)) {
      throw new RefusedOutput(`output for ${input} would leave ${this.root} through a symbolic link`);
    }
    final = path.join(realDir, path.basename(final));
    const before = this.written.get(final);
    if (before !== undefined) {
      throw new RefusedOutput(`${final} already holds the record of ${before}; ${input} is not written (parse them into separate folders)`);
    }
    if (input !== '-' && samePath(input, final)) throw new RefusedOutput(`output for ${input} would overwrite the input itself`);
    const conflict = this.places?.conflict(final);
    if (conflict) throw new RefusedOutput(`output for ${input} not written: ${conflict}`);
    this.written.set(final, input);
    return final;
  }
}

function samePath(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return path.resolve(a) === path.resolve(b);
  }
}
