import { expandInputs, type InputRef } from './inputs.js';
import { parseAll } from './pool.js';
import { readItems } from './read-inputs.js';
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
  /** Worker threads that parse; 1 parses on the main thread. */
  jobs: number;
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

export async function runParse(inputs: string[], options: ParseCommandOptions, io: RunStreams): Promise<RunSummary> {
  const refs: AsyncIterable<InputRef> = expandInputs(inputs, { ext: options.ext, ignore: options.ignore });
  const items = readItems(refs, { ...options, stdin: io.stdin });
  const sink: Sink = options.outDir ? new OutDirSink(options.outDir, options.pretty) : new StreamSink(io.stdout, options.format, options.pretty);
  const summary: RunSummary = { reports: 0, errors: 0, interrupted: false };
  let complete = false;
  let lastYield = Date.now();
  try {
    for await (const parsed of parseAll(items, options, options.jobs)) {
      // Reading and writing are synchronous for small files; let signals and stdout events in now and then.
      if (Date.now() - lastYield > 50) {
        await new Promise((resolve) => setImmediate(resolve));
        lastYield = Date.now();
      }
      summary.reports++;
      if (parsed.error) {
        summary.errors++;
        io.stderr.write(`reports: ${parsed.error.code}: ${parsed.error.message}\n`);
      }
      try {
        await sink.write(parsed);
      } catch (err) {
        // An output that cannot be written safely (a path leaving --out-dir, a full disk) costs that
        // report only; the run goes on and ends with exit 1.
        summary.errors++;
        io.stderr.write(`reports: cannot write the output for ${parsed.source.path ?? '-'}: ${(err as Error).message}\n`);
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
