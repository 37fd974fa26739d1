import { ReportError, SCHEMA_VERSION, type ErrorRecord, type OutputRecord, type Source } from '../contract/types.js';
import { loadUserRules, type UserRules } from '../boilerplate/index.js';
import { parseReport } from '../report.js';
import type { Story } from '../stories/assign-story.js';
import { signatureOf, type Signature } from '../stories/minhash.js';
import { toError, type Item } from './read-inputs.js';

export interface ItemOptions {
  lang?: string;
  keepBoilerplate: boolean;
  /** The text of a --rules file, already validated; each thread compiles it once. */
  rulesText?: string;
  /** --group: compute each body's story signature where the report is parsed. */
  group?: unknown;
}

let compiled: { text: string; rules: UserRules } | null = null;
function userRules(text: string | undefined): UserRules | undefined {
  if (text === undefined) return undefined;
  if (compiled?.text !== text) compiled = { text, rules: loadUserRules(text) };
  return compiled.rules;
}

/**
 * One item's outcome as it travels to the writer: the record already serialised (compact JSON), as text, or
 * as UTF-8 bytes when a worker thread made it (see packForTransfer).
 */
export interface Parsed {
  source: Source;
  rel: string;
  size: number;
  json: string | Uint8Array;
  error?: ErrorRecord['error'];
  /** With --group: the body's signature, until the main thread has decided the story. */
  signature?: Signature;
  story?: Story;
}

/** The record's JSON as text, whichever form it travelled in. */
export const jsonText = (parsed: Parsed): string =>
  typeof parsed.json === 'string' ? parsed.json : Buffer.from(parsed.json.buffer, parsed.json.byteOffset, parsed.json.byteLength).toString('utf8');

/**
 * Encodes a batch's records as UTF-8 into one buffer, to be transferred rather than copied: a worker's
 * message then costs nothing per character (cloning the strings took a worker 1.3 s of a 40 MB run), and
 * the writer has bytes ready to write. Returns the buffer to list as transferable.
 */
export function packForTransfer(batch: Parsed[]): ArrayBuffer {
  // Sized without measuring: a UTF-16 unit takes at most 3 bytes of UTF-8 (a pair of surrogates takes 4 for
  // 2 units, and JSON.stringify escapes a lone surrogate), and Buffer.byteLength read every record a second time.
  let total = 0;
  for (const parsed of batch) total += (parsed.json as string).length * 3;
  const buffer = Buffer.allocUnsafeSlow(total);
  let at = 0;
  for (const parsed of batch) {
    const n = buffer.write(parsed.json as string, at);
    parsed.json = buffer.subarray(at, at + n);
    at += n;
  }
  return buffer.buffer as ArrayBuffer;
}

/** Turns one item into its record; a bug in a stage becomes an EINTERNAL record, not a crash. */
export function recordFor(item: Item, options: ItemOptions): OutputRecord {
  if (item.error) return { schemaVersion: SCHEMA_VERSION, source: item.source, error: item.error };
  try {
    return parseReport(item.text ?? '', {
      language: options.lang,
      keepBoilerplate: options.keepBoilerplate,
      source: item.source,
      warnings: item.warnings,
      userRules: userRules(options.rulesText),
      repeatedSpans: item.repeatedSpans,
    });
  } catch (err) {
    if (err instanceof ReportError) return { schemaVersion: SCHEMA_VERSION, source: item.source, error: { code: err.code, message: err.message } };
    const { message } = toError(err, item.source.path ?? '-');
    return { schemaVersion: SCHEMA_VERSION, source: item.source, error: { code: 'EINTERNAL', message } };
  }
}

/**
 * Parses and serialises one item inside its own guard: a record too large for one JavaScript string (about
 * 512 MB of JSON) becomes an ETOOLARGE record, and the reports around it come out as usual.
 */
export function parseItem(item: Item, options: ItemOptions): Parsed {
  let record = recordFor(item, options);
  let json: string;
  try {
    json = JSON.stringify(record);
  } catch (err) {
    const message = `${item.source.path ?? '-'}: its record is too large to serialise (${(err as Error).message})`;
    record = { schemaVersion: SCHEMA_VERSION, source: item.source, error: { code: 'ETOOLARGE', message } };
    json = JSON.stringify(record);
  }
  const parsed: Parsed = { source: item.source, rel: item.rel, size: item.size, json };
  if ('error' in record) parsed.error = record.error;
  else if (options.group) parsed.signature = signatureOf(record.text);
  return parsed;
}
