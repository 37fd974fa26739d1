import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { ReportError, type ErrorCode, type Source, type Warning } from '../contract/types.js';
import { decode } from '../decode/decode.js';
import type { BoilerplateSpan } from '../boilerplate/index.js';
import type { InputRef } from './inputs.js';

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
      const bytes = ref.kind === 'stdin' ? await readStream(options.stdin, options.maxBytes, display) : await readFile(ref.path, options.maxBytes);
      const decoded = decode(bytes);
      yield { source: { ...source, encoding: decoded.encoding }, rel, size: bytes.length, text: decoded.text, warnings: decoded.warnings };
    } catch (err) {
      yield { source, rel, size: 0, error: toError(err, display) };
    }
  }
}

/**
 * Synchronous on purpose: reports are small, and a thread-pool round trip per open/stat/read/close costs
 * more than the read itself. The size and modification time are compared before and after, so a file
 * that changes under us is reported instead of parsed half-old, half-new.
 */
async function readFile(file: string, maxBytes: number): Promise<Uint8Array> {
  const fd = openSync(file, 'r');
  try {
    const before = fstatSync(fd);
    if (before.isDirectory()) throw new ReportError('EISDIR', `${file} is a directory (name files, a pattern, or the directory itself)`);
    if (before.size > maxBytes) throw tooLarge(file, before.size, maxBytes);
    const bytes = readAll(fd, before.size, maxBytes, file);
    const after = fstatSync(fd);
    // Only a regular file has a size to compare; a pipe or a device (/dev/stdin) reports 0.
    if (before.isFile() && (after.size !== bytes.length || after.mtimeMs !== before.mtimeMs)) {
      throw new ReportError('ECHANGED', `${file} changed while it was read; parse it again`);
    }
    return bytes;
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads to the end into a buffer sized by the stat already made (readFileSync would stat again), and never
 * past --max-bytes: a device such as /dev/zero reports size 0 and never ends, and would otherwise take
 * all memory.
 */
function readAll(fd: number, size: number, maxBytes: number, file: string): Buffer {
  let buffer = Buffer.allocUnsafe(size + 1);
  let length = 0;
  for (;;) {
    if (length > maxBytes) throw new ReportError('ETOOLARGE', `${file} is over --max-bytes ${maxBytes} (it grew while read, or never ends)`);
    if (length === buffer.length) {
      // Bigger than it said (a growing file, a device): keep reading; the size check afterwards reports it.
      const larger = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
      buffer.copy(larger, 0, 0, length);
      buffer = larger;
    }
    const n = readSync(fd, buffer, length, buffer.length - length, null);
    if (n === 0) return buffer.subarray(0, length);
    length += n;
  }
}

async function readStream(stream: Readable, maxBytes: number, name: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > maxBytes) throw tooLarge(name, size, maxBytes);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

async function* readJsonl(ref: InputRef, display: string, rel: string, options: ReadOptions): AsyncGenerator<Item> {
  let stream: Readable;
  if (ref.kind === 'stdin') stream = options.stdin;
  else {
    try {
      const handle = await open(ref.path, 'r');
      const st = await handle.stat();
      if (st.isDirectory()) {
        await handle.close();
        throw new ReportError('EISDIR', `${ref.path} is a directory, not a JSONL file`);
      }
      stream = createReadStream('', { fd: handle.fd, autoClose: true });
    } catch (err) {
      yield { source: { path: display, line: null, id: null }, rel, size: 0, error: toError(err, display) };
      return;
    }
  }
  const lines = createInterface({ input: stream, crlfDelay: Infinity, signal: options.signal });
  let n = 0;
  try {
    for await (const raw of lines) {
      n++;
      yield jsonlItem(raw, n, display, rel, options);
    }
  } catch (err) {
    if (options.signal?.aborted) return;
    yield { source: { path: display, line: n + 1, id: null }, rel, size: 0, error: toError(err, display) };
  }
}

function jsonlItem(raw: string, line: number, display: string, rel: string, options: ReadOptions): Item {
  const source: Source = { path: display, line, id: null };
  const size = Buffer.byteLength(raw);
  const bad = (message: string): Item => ({ source, rel, size, error: { code: 'EJSONL', message: `line ${line}: ${message}` } });
  if (size > options.maxBytes) return { source, rel, size, error: toError(tooLarge(`line ${line}`, size, options.maxBytes), display) };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (err) {
    return bad(`not JSON (${(err as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return bad('not a JSON object');
  const record = value as Record<string, unknown>;
  if (options.idField !== undefined || 'id' in record) {
    const id = record[options.idField ?? 'id'];
    if (typeof id === 'string' || typeof id === 'number') source.id = String(id);
  }
  const text = record[options.textField];
  if (typeof text !== 'string') return bad(`field ${JSON.stringify(options.textField)} is missing or not a string (use --text-field)`);
  return { source, rel, size, text, warnings: [] };
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
