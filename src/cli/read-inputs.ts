import { closeSync, fstatSync, readSync, type Stats } from 'node:fs';
import type { Readable } from 'node:stream';
import { ReportError, type ErrorCode, type Source, type Warning } from '../contract/types.js';
import { decode, type Decoded } from '../decode/decode.js';
import type { BoilerplateSpan } from '../boilerplate/index.js';
import type { InputRef } from './inputs.js';
import { openInput } from './open-input.js';
import { readJsonl } from './read-jsonl.js';

/** One report to parse, or the reason it cannot be. */
export interface Item {
  source: Source;
  /** Where an --out-dir output goes, relative to the folder. */
  rel: string;
  /** Bytes read, for progress. */
  size: number;
  text?: string;
  warnings?: Warning[];
  /** Lines a run-wide footer learner found repeated (see learn-repeated.ts). */
  repeatedSpans?: BoilerplateSpan[];
  error?: { code: ErrorCode; message: string };
}

export interface ReadOptions {
  inputFormat: 'text' | 'jsonl';
  textField: string;
  idField?: string;
  maxBytes: number;
  stdin: Readable;
  /** Aborted on SIGINT/SIGTERM: stops waiting for more lines. */
  signal?: AbortSignal;
}

/** Reads every input as a stream of items; failures become items with an error, never exceptions. */
export async function* readItems(refs: AsyncIterable<InputRef>, options: ReadOptions): AsyncGenerator<Item> {
  for await (const ref of refs) {
    const display = ref.kind === 'stdin' ? '-' : ref.path;
    const rel = ref.kind === 'stdin' ? 'stdin' : ref.rel;
    if (options.inputFormat === 'jsonl') {
      yield* readJsonl(ref, display, rel, options);
      continue;
    }
    const source: Source = { path: display, line: null, id: null };
    try {
      const bytes = ref.kind === 'stdin' ? await readStream(options.stdin, options.maxBytes, display) : await readInput(ref.fsPath ?? ref.path, options.maxBytes, display);
      const decoded = decodeNamed(bytes, display);
      // A literal, not a spread of `source`: V8 gave nearly every spread copy a shape of its own, and every
      // later read of the item's source (the learner, the pool, the record) went through the slow generic path.
      yield { source: { path: display, line: null, id: null, encoding: decoded.encoding }, rel, size: bytes.length, text: decoded.text, warnings: decoded.warnings };
    } catch (err) {
      yield { source, rel, size: 0, error: toError(err, display) };
    }
  }
}

/** decode(), with the file named in a refusal (stderr shows the message without the record's path). */
function decodeNamed(bytes: Uint8Array, name: string): Decoded {
  try {
    return decode(bytes);
  } catch (err) {
    if (err instanceof ReportError) throw new ReportError(err.code, `${name}: ${err.message}`);
    throw err;
  }
}

async function readInput(file: string | Buffer, maxBytes: number, name: string): Promise<Uint8Array> {
  const opened = await openInput(file, name);
  if (opened.kind === 'file') return readFile(opened.fd, opened.stats, maxBytes, name);
  try {
    return await readStream(opened.chunks, maxBytes, name);
  } finally {
    opened.close();
  }
}

/**
 * Synchronous on purpose: reports are small, and a thread-pool round trip per open/stat/read/close costs
 * more than the read itself. The size and modification time are compared before and after, so a file
 * that changes under us is reported instead of parsed half-old, half-new.
 */
function readFile(fd: number, before: Stats, maxBytes: number, file: string): Uint8Array {
  try {
    if (before.size > maxBytes) throw tooLarge(file, before.size, maxBytes);
    const bytes = readAll(fd, before.size, maxBytes, file);
    const after = fstatSync(fd);
    if (after.size !== bytes.length || after.mtimeMs !== before.mtimeMs) {
      throw new ReportError('ECHANGED', `${file} changed while it was read; parse it again`);
    }
    return bytes;
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads to the end into a buffer sized by the stat already made (readFileSync would stat again), and never
 * past --max-bytes, for a file that grows while it is read.
 */
function readAll(fd: number, size: number, maxBytes: number, file: string): Buffer {
  let buffer = Buffer.allocUnsafe(size + 1);
  let length = 0;
  for (;;) {
    if (length > maxBytes) throw new ReportError('ETOOLARGE', `${file} is over --max-bytes ${maxBytes} (it grew while read)`);
    if (length === buffer.length) {
      // Bigger than it said (a growing file): keep reading; the size check afterwards reports it.
      const larger = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
      buffer.copy(larger, 0, 0, length);
      buffer = larger;
    }
    const n = readSync(fd, buffer, length, buffer.length - length, null);
    if (n === 0) return buffer.subarray(0, length);
    length += n;
  }
}

/** A stream (standard input, a pipe, a device) read to its end, stopped as soon as it passes --max-bytes. */
async function readStream(chunks: AsyncIterable<Buffer | string>, maxBytes: number, name: string): Promise<Uint8Array> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buf.length;
    if (size > maxBytes) throw new ReportError('ETOOLARGE', `${name} is over --max-bytes ${maxBytes} (${size} bytes read so far)`);
    parts.push(buf);
  }
  return Buffer.concat(parts);
}

const tooLarge = (name: string, size: number, max: number) =>
  new ReportError('ETOOLARGE', `${name} is ${size} bytes, over --max-bytes ${max}`);

const SYSTEM_CODES: ReadonlySet<string> = new Set(['ENOENT', 'EACCES', 'EISDIR']);

export function toError(err: unknown, name: string): { code: ErrorCode; message: string } {
  if (err instanceof ReportError) return { code: err.code, message: err.message };
  const e = err as NodeJS.ErrnoException;
  if (e && typeof e.code === 'string') {
    if (SYSTEM_CODES.has(e.code)) return { code: e.code as ErrorCode, message: describe(e.code, name) };
    if (e.code === 'EPERM') return { code: 'EACCES', message: describe('EACCES', name) };
    return { code: 'EIO', message: `${name}: ${e.message}` };
  }
  return { code: 'EINTERNAL', message: `${name}: ${String((err as Error)?.message ?? err)}` };
}

function describe(code: string, name: string): string {
  switch (code) {
    case 'ENOENT':
      return `${name}: no such file`;
    case 'EACCES':
      return `${name}: permission denied`;
    default:
      return `${name} is a directory`;
  }
}
