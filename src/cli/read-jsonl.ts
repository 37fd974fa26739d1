import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { ReportError, type Source, type Warning } from '../contract/types.js';
import type { InputRef } from './inputs.js';
import { rawValueAt } from './json-raw.js';
import { openInput } from './open-input.js';
import type { Item, ReadOptions } from './read-inputs.js';
import { toError } from './read-inputs.js';
import { splitLines, type Line } from './split-lines.js';

/**
 * One report per line of a JSONL input, read as a stream: a line is held only up to --max-bytes (a longer one
 * becomes an ETOOLARGE record as soon as it crosses the limit, and is skipped), blank lines are skipped as jq
 * skips them, a BOM before the first line is accepted, and a NUL byte ends the input with EBINARY (a JSON
 * text never holds one; `/dev/zero` would otherwise be one endless line).
 */
export async function* readJsonl(ref: InputRef, display: string, rel: string, options: ReadOptions): AsyncGenerator<Item> {
  let chunks: AsyncIterable<Buffer | string>;
  let close = () => {};
  if (ref.kind === 'stdin') chunks = options.stdin;
  else {
    try {
      const opened = await openInput(ref.fsPath ?? ref.path, display);
      if (opened.kind === 'file') {
        const stream = createReadStream('', { fd: opened.fd, autoClose: true, highWaterMark: 1 << 16 });
        chunks = stream;
        close = () => stream.destroy();
      } else {
        chunks = opened.chunks;
        close = opened.close;
      }
    } catch (err) {
      yield { source: { path: display, line: null, id: null }, rel, size: 0, error: toError(err, display) };
      return;
    }
  }
  options.signal?.addEventListener('abort', close, { once: true });
  let n = 0;
  try {
    for await (const line of splitLines(refuseNul(chunks), 0x0a, options.maxBytes)) {
      n = line.number;
      const item = jsonlItem(line, display, rel, options);
      if (item) yield item;
    }
  } catch (err) {
    if (options.signal?.aborted) return;
    // Named as the line errors are (`file: line N: why`); a system error's message names the file already.
    const error = toError(err, display);
    const message = err instanceof ReportError ? `${display}: line ${n + 1}: ${error.message}` : `line ${n + 1}: ${error.message}`;
    yield { source: { path: display, line: n + 1, id: null }, rel, size: 0, error: { ...error, message } };
  } finally {
    options.signal?.removeEventListener('abort', close);
    close();
  }
}

async function* refuseNul(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer | string> {
  for await (const chunk of chunks) {
    if (typeof chunk !== 'string' && chunk.includes(0)) throw new ReportError('EBINARY', 'binary data (NUL bytes), not JSON lines; the rest of this input was not read');
    yield chunk;
  }
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const BLANK = /^[ \t\r]*$/;

/** The item for one line, or null for a blank line. */
function jsonlItem(line: Line, display: string, rel: string, options: ReadOptions): Item | null {
  const source: Source = { path: display, line: line.number, id: null };
  const size = line.size;
  if (line.bytes === null) {
    return { source, rel, size, error: { code: 'ETOOLARGE', message: `${display}: line ${line.number} is over --max-bytes ${options.maxBytes}; skipped` } };
  }
  const bad = (message: string): Item => ({ source, rel, size, error: { code: 'EJSONL', message: `${display}: line ${line.number}: ${message}` } });
  let bytes = line.bytes;
  if (line.number === 1 && bytes.subarray(0, 3).equals(BOM)) bytes = bytes.subarray(3);
  const warnings: Warning[] = [];
  const raw = bytes.toString('utf8');
  if (BLANK.test(raw)) return null;
  if (raw.includes('\uFFFD') && !isUtf8(bytes)) {
    warnings.push({ code: 'WINVALIDUTF8', message: 'the line is not valid UTF-8; undecodable bytes were replaced with U+FFFD' });
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (err) {
    return bad(`not JSON (${(err as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return bad('not a JSON object');
  const record = value as Record<string, unknown>;
  if (options.idField !== undefined || 'id' in record) {
    const id = fieldAt(record, options.idField ?? 'id');
    if (typeof id?.value === 'string') source.id = wellFormed(id.value);
    // Kept as written: through a JS number, ids above 2^53 would change their last digits.
    else if (typeof id?.value === 'number') source.id = rawValueAt(raw, id.path) ?? String(id.value);
  }
  const text = fieldAt(record, options.textField)?.value;
  if (typeof text !== 'string') return bad(`field ${JSON.stringify(options.textField)} is missing or not a string (use --text-field)`);
  if (wellFormed(text) === text) return { source, rel, size, text, warnings };
  // A lone surrogate (`"\ud800"`) would be written back as an escape that jq and strict parsers reject.
  warnings.push({ code: 'WLONESURROGATE', message: 'the text held lone UTF-16 surrogates (unpaired \\u escapes), which no UTF-8 output can carry; they were replaced with U+FFFD' });
  return { source, rel, size, text: wellFormed(text), warnings };
}

/** A field by its name, or by a dotted path into nested objects (`data.body`) when no field has that name. */
function fieldAt(record: Record<string, unknown>, name: string): { value: unknown; path: string[] } | null {
  if (name in record) return { value: record[name], path: [name] };
  const path = name.split('.');
  let at: unknown = record;
  for (const key of path) {
    if (typeof at !== 'object' || at === null || Array.isArray(at) || !(key in at)) return null;
    at = (at as Record<string, unknown>)[key];
  }
  return { value: at, path };
}

/** The string with each lone surrogate replaced by U+FFFD (String.prototype.toWellFormed, Node 20; not in the ES2023 types). */
const wellFormed = (s: string): string => (s as unknown as { toWellFormed(): string }).toWellFormed();
