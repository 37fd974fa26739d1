import { closeSync, fsyncSync, mkdirSync, openSync, realpathSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { jsonText, type Parsed } from './parse-item.js';

/** Where records go. `write` resolves when the record may be forgotten (backpressure honoured). */
export interface Sink {
  write(parsed: Parsed): Promise<void>;
  /** Finishes the output; `complete` false when the run was interrupted. */
  close(complete: boolean): Promise<void>;
}

/** Records arrive serialised compactly (as bytes from worker threads); --pretty re-indents them. */
const layout = (parsed: Parsed, pretty: boolean): string | Uint8Array =>
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
 */
export class StreamSink implements Sink {
  private count = 0;
  private chunk: Buffer | null = null;
  private used = 0;
  private flushing: Promise<void> | null = null;
  private flushQueued = false;

  constructor(
    private readonly out: Writable,
    private readonly format: 'ndjson' | 'json',
    private readonly pretty: boolean,
  ) {}

  async write(parsed: Parsed): Promise<void> {
    if (this.format === 'json') await this.append(this.count === 0 ? '[\n' : ',\n');
    this.count++;
    await this.append(layout(parsed, this.pretty));
    if (this.format === 'ndjson') await this.append('\n');
  }

  async close(): Promise<void> {
    if (this.format === 'json') await this.append(this.count === 0 ? '[]\n' : '\n]\n');
    await this.flush();
  }

  private async append(data: string | Uint8Array): Promise<void> {
    if (this.flushing) await this.flushing;
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
        this.flushing ??= this.flush().finally(() => (this.flushing = null));
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
    if (this.out.destroyed || this.out.writableEnded) return;
    if (this.out.write(chunk)) return;
    // Wait for room, or for the reader to go away (EPIPE arrives as an 'error' event, handled by the caller).
    await new Promise<void>((resolve) => {
      const done = () => {
        this.out.off('drain', done).off('close', done).off('error', done);
        resolve();
      };
      this.out.on('drain', done).on('close', done).on('error', done);
    });
  }
}

/**
 * One output file per input below a folder: `<dir>/<path below the input's base, extension → .json>`,
 * or `.ndjson` with every line's record for a JSONL input. Each file is written to a temporary name and
 * renamed when complete, so an existing output is only ever replaced by a whole one. Paths are checked to
 * stay inside the folder (no `..`, no absolute paths, no symlinked folder leading out) and never to land
 * on an input.
 */
export class OutDirSink implements Sink {
  private readonly root: string;
  private jsonl: { rel: string; final: string; temp: string; fd: number } | null = null;
  private readonly written = new Set<string>();

  constructor(dir: string, private readonly pretty: boolean) {
    mkdirSync(dir, { recursive: true });
    this.root = realpathSync(dir);
  }

  async write(parsed: Parsed): Promise<void> {
    if (parsed.source.line !== null) {
      if (this.jsonl?.rel !== parsed.rel) {
        this.finishJsonl(true);
        const final = this.target(parsed);
        const temp = tempName(final);
        this.jsonl = { rel: parsed.rel, final, temp, fd: openSync(temp, 'w') };
      }
      writeLine(this.jsonl.fd, parsed.json);
      return;
    }
    this.finishJsonl(true);
    const final = this.target(parsed);
    const temp = tempName(final);
    const fd = openSync(temp, 'w');
    try {
      writeLine(fd, layout(parsed, this.pretty));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, final);
  }

  async close(complete: boolean): Promise<void> {
    this.finishJsonl(complete);
  }

  private finishJsonl(complete: boolean): void {
    if (!this.jsonl) return;
    const { fd, temp, final } = this.jsonl;
    this.jsonl = null;
    fsyncSync(fd);
    closeSync(fd);
    if (complete) renameSync(temp, final);
    else rmSync(temp, { force: true });
  }

  /** The output path for `rel`, inside the folder, or an exception naming why not. */
  private target(item: Parsed): string {
    const { rel } = item;
    const ext = item.source.line !== null ? '.ndjson' : '.json';
    const clean = path.normalize(rel).replace(/^(\.\.(\/|\\|$))+/, '');
    if (path.isAbsolute(clean) || clean.split(/[\\/]/).includes('..')) throw new Error(`unsafe output path for ${rel}`);
    const parsed = path.parse(clean);
    let final = path.join(this.root, parsed.dir, parsed.name + ext);
    if (this.written.has(final)) final = path.join(this.root, parsed.dir, parsed.base + ext);
    mkdirSync(path.dirname(final), { recursive: true });
    const realDir = realpathSync(path.dirname(final));
    if (realDir !== this.root && !realDir.startsWith(this.root + path.sep)) {
      throw new Error(`output for ${rel} would leave ${this.root} through a symbolic link`);
    }
    final = path.join(realDir, path.basename(final));
    if (item.source.path && item.source.path !== '-' && samePath(item.source.path, final)) {
      throw new Error(`output for ${rel} would overwrite the input itself`);
    }
    this.written.add(final);
    return final;
  }
}

function writeLine(fd: number, data: string | Uint8Array): void {
  if (typeof data === 'string') writeSync(fd, `${data}\n`);
  else {
    writeSync(fd, data);
    writeSync(fd, '\n');
  }
}

const tempName = (final: string): string => `${final}.tmp-${process.pid}-${Date.now().toString(36)}`;

function samePath(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return path.resolve(a) === path.resolve(b);
  }
}
