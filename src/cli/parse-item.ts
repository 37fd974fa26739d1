import { SCHEMA_VERSION, type ErrorRecord, type OutputRecord, type Source } from '../contract/types.js';
import { loadUserRules, type UserRules } from '../boilerplate/index.js';
import { parseReport } from '../report.js';
import { toError, type Item } from './read-inputs.js';

export interface ItemOptions {
  lang?: string;
  keepBoilerplate: boolean;
  /** The text of a --rules file, already validated; each thread compiles it once. */
  rulesText?: string;
}

let compiled: { text: string; rules: UserRules } | null = null;
function userRules(text: string | undefined): UserRules | undefined {
  if (text === undefined) return undefined;
  if (compiled?.text !== text) compiled = { text, rules: loadUserRules(text) };
  return compiled.rules;
}

/** One item's outcome as it travels to the writer: the record already serialised (compact JSON). */
export interface Parsed {
  source: Source;
  rel: string;
  size: number;
  json: string;
  error?: ErrorRecord['error'];
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
    const { message } = toError(err, item.source.path ?? '-');
    return { schemaVersion: SCHEMA_VERSION, source: item.source, error: { code: 'EINTERNAL', message } };
  }
}

export function parseItem(item: Item, options: ItemOptions): Parsed {
  const record = recordFor(item, options);
  const parsed: Parsed = { source: item.source, rel: item.rel, size: item.size, json: JSON.stringify(record) };
  if ('error' in record) parsed.error = record.error;
  return parsed;
}
