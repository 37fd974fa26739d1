import { SCHEMA_VERSION, type OutputRecord } from '../contract/types.js';
import { parseReport } from '../report.js';
import { expandInputs, type InputRef } from './inputs.js';
import { readItems, toError, type Item } from './read-inputs.js';
import { OutDirSink, StreamSink, type Sink } from './sinks.js';

export interface ParseCommandOptions {
  format: 'ndjson' | 'json';
  pretty: boolean;
  inputFormat: 'text' | 'jsonl';
  textField: string;
  idField?: string;
  lang?: string;
  keepBoilerplate: boolean;
  outDir?: string;
  ext: string[];
  ignore: string[];
  maxBytes: number;
}

export interface RunStreams {
  stdin: NodeJS.ReadableStream & import('node:stream').Readable;
  stdout: NodeJS.WritableStream & import('node:stream').Writable;
  stderr: NodeJS.WritableStream;
  /** Set when the run should stop after the record being written (SIGINT, SIGTERM, closed stdout). */
  stopped: () => boolean;
}

export interface RunSummary {
  reports: number;
  errors: number;
  interrupted: boolean;
}

/** Turns one item into its record; a bug in a stage becomes an EINTERNAL record, not a crash. */
export function recordFor(item: Item, options: Pick<ParseCommandOptions, 'lang' | 'keepBoilerplate'>): OutputRecord {
  if (item.error) return { schemaVersion: SCHEMA_VERSION, source: item.source, error: item.error };
  try {
    return parseReport(item.text ?? '', {
      language: options.lang,
      keepBoilerplate: options.keepBoilerplate,
      source: item.source,
      warnings: item.warnings,
    });
  } catch (err) {
    return { schemaVersion: SCHEMA_VERSION, source: item.source, error: { ...toError(err, item.source.path ?? '-'), code: 'EINTERNAL' } };
  }
}

export async function runParse(inputs: string[], options: ParseCommandOptions, io: RunStreams): Promise<RunSummary> {
  const refs: AsyncIterable<InputRef> = expandInputs(inputs, { ext: options.ext, ignore: options.ignore });
  const items = readItems(refs, { ...options, stdin: io.stdin });
  const sink: Sink = options.outDir ? new OutDirSink(options.outDir, options.pretty) : new StreamSink(io.stdout, options.format, options.pretty);
  const summary: RunSummary = { reports: 0, errors: 0, interrupted: false };
  let complete = false;
  try {
    for await (const item of items) {
      const record = recordFor(item, options);
      summary.reports++;
      if ('error' in record) {
        summary.errors++;
        io.stderr.write(`reports: ${record.error.code}: ${record.error.message}\n`);
      }
      try {
        await sink.write(record, item);
      } catch (err) {
        // An output that cannot be written safely (a path leaving --out-dir, a full disk) costs that
        // report only; the run goes on and ends with exit 1.
        summary.errors++;
        io.stderr.write(`reports: cannot write the output for ${item.source.path ?? '-'}: ${(err as Error).message}\n`);
      }
      if (io.stopped()) {
        summary.interrupted = true;
        break;
      }
    }
    complete = !summary.interrupted;
  } finally {
    await sink.close(complete);
  }
  return summary;
}
