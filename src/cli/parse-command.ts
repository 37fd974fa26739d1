import { fstatSync } from 'node:fs';
import path from 'node:path';
import { isatty } from 'node:tty';
import { FileSink } from './file-sink.js';
import { readFilesFrom } from './files-from.js';
import { InputPlaces } from './input-places.js';
import { expandInputs, statKind, UsageError, type InputRef } from './inputs.js';
import type { Parsed } from './parse-item.js';
import { learnRepeated } from './learn-repeated.js';
import { parseAll } from './pool.js';
import { Progress } from './progress.js';
import { readItems } from './read-inputs.js';
import { refuseDense } from './report-bounds.js';
import { OutDirSink, RefusedOutput, StreamSink, type Sink } from './sinks.js';
import { StoryAssigner, type GroupOptions } from '../stories/assign-story.js';
import { attachStory } from '../stories/attach.js';

/** What every command that reads reports shares. */
export interface InputOptions {
  inputFormat: 'text' | 'jsonl';
  textField: string;
  idField?: string;
  lang?: string;
  keepBoilerplate: boolean;
  ext: string[];
  ignore: string[];
  /** A file listing more inputs, one a line (`-`: standard input). */
  filesFrom?: string;
  /** The --files-from list is NUL-separated (-0). */
  nullSeparated?: boolean;
  maxBytes: number;
  /** Worker threads that parse; 1 parses on the main thread. */
  jobs: number;
  quiet: boolean;
  /** The text of a validated --rules file. */
  rulesText?: string;
  /** Reports of a folder a line must be in to be cut as `repeated`; 0 turns the learner off. */
  repeatedMin: number;
  /** Print the one-line summary at the end (parse: on a terminal or with --verbose; never for stats). */
  summary?: boolean;
  /** --group: give every report a story (see src/stories). */
  group?: GroupOptions;
}

export interface ParseCommandOptions extends InputOptions {
  format: 'ndjson' | 'json';
  pretty: boolean;
  outDir?: string;
  /** One file for every record (--output). */
  output?: string;
}

export interface RunStreams {
  stdin: NodeJS.ReadableStream & import('node:stream').Readable;
  stdout: NodeJS.WritableStream & import('node:stream').Writable;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** Set when the run should stop after the record being written (SIGINT, SIGTERM, closed stdout). */
  stopped: () => boolean;
  /** Aborted by SIGINT/SIGTERM, so that waiting for input ends too. */
  signal?: AbortSignal;
}

export interface RunSummary {
  reports: number;
  errors: number;
  interrupted: boolean;
}

/**
 * Streams inputs → items → parsed records (in input order) → `consume`, one at a time, so memory stays flat
 * whatever the number or size of the inputs. Error records are counted and named on stderr; progress is
 * drawn on a terminal; the run stops cleanly between records when asked to.
 */
export async function runInputs(
  inputs: string[],
  options: InputOptions,
  io: RunStreams,
  consume: (parsed: Parsed) => Promise<void>,
): Promise<RunSummary> {
  const expand = { ext: options.ext, ignore: options.ignore };
  const listed = () => (options.filesFrom ? readFilesFrom(options.filesFrom, options.nullSeparated === true, io.stdin) : undefined);
  const showProgress = !options.quiet && io.stderr.isTTY === true && !inputs.includes('-') && options.filesFrom !== '-';
  const total = showProgress && options.inputFormat === 'text' ? await count(expandInputs(inputs, { ...expand, filesFrom: listed() })) : null;
  const progress = new Progress(io.stderr, showProgress, total);
  const warn = (message: string) => void io.stderr.write(`reports: warning: ${message}\n`);
  const refs: AsyncIterable<InputRef> = expandInputs(inputs, { ...expand, filesFrom: listed(), warn });
  const read = refuseDense(readItems(refs, { ...options, stdin: io.stdin, signal: io.signal }));
  const items = options.repeatedMin > 0 && !options.keepBoilerplate ? learnRepeated(read, options.repeatedMin) : read;
  const summary: RunSummary = { reports: 0, errors: 0, interrupted: false };
  let lastYield = Date.now();
  // One report needs no worker thread (starting one would cost more than the parse), unless it is large: see LOCAL_MAX_BYTES.
  const single = options.inputFormat === 'text' && inputs.length === 1 && (inputs[0] === '-' || statKind(inputs[0]!) === 'file');
  const stories = options.group ? new StoryAssigner(options.group) : null;
  for await (let parsed of parseAll(items, options, single ? 1 : options.jobs, io.signal)) {
    if (io.stopped()) {
      // Interrupted while this one was read or parsed (perhaps from a cut-off stdin): do not write it.
      summary.interrupted = true;
      break;
    }
    // Reading and writing are synchronous for small files; let signals and stdout events in now and then.
    if (Date.now() - lastYield > 50) {
      await new Promise((resolve) => setImmediate(resolve));
      lastYield = Date.now();
    }
    summary.reports++;
    if (stories) parsed = attachStory(parsed, stories);
    if (parsed.error) {
      summary.errors++;
      io.stderr.write(`reports: ${parsed.error.code}: ${parsed.error.message}\n`);
    }
    try {
      await consume(parsed);
    } catch (err) {
      // An output refused (a path leaving --out-dir, a name another input's output holds, an input's own
      // path) costs that report only; the run goes on and ends with exit 1. A write that fails (a full disk)
      // ends the run: see OutputError.
      if (!(err instanceof RefusedOutput)) throw err;
      summary.errors++;
      io.stderr.write(`reports: refused: ${err.message}\n`);
    }
    progress.tick(parsed.size);
    if (io.stopped()) {
      summary.interrupted = true;
      break;
    }
  }
  // A signal ends the parsing at once, mid-report included, without a record to see it by.
  if (io.stopped()) summary.interrupted = true;
  progress.finish(summary, options.summary === true && !options.quiet && (summary.reports > 1 || summary.errors > 0) && !io.stopped());
  return summary;
}

export async function runParse(inputs: string[], options: ParseCommandOptions, io: RunStreams): Promise<RunSummary> {
  const sink = openSink(inputs, options, io);
  let summary: RunSummary | null = null;
  try {
    summary = await runInputs(inputs, options, io, (parsed) => sink.write(parsed));
  } finally {
    // Only a run that read every input to its end renames its outputs into place: a signal also ends the
    // input early, and the last file read would otherwise look complete.
    const complete = summary !== null && !summary.interrupted && !io.stopped();
    await sink.close(complete);
  }
  return summary;
}

/**
 * The sink for the run's options. Where outputs go is checked against where inputs are read before anything
 * is read: a usage error (exit 2) when the two meet.
 */
function openSink(inputs: string[], options: ParseCommandOptions, io: RunStreams): Sink {
  const places = new InputPlaces(inputs, options.ext);
  if (options.outDir !== undefined) {
    const endings = options.inputFormat === 'jsonl' ? ['.ndjson'] : ['.json'];
    const why = places.folderConflict(options.outDir, endings);
    if (why) throw new UsageError(`--out-dir ${why}; choose a folder outside it`);
    return new OutDirSink(options.outDir, options.pretty, places);
  }
  if (options.output !== undefined) {
    const why = places.conflict(path.resolve(options.output));
    if (why) throw new UsageError(`--output ${why}; choose another file`);
    return new FileSink(options.output, options.format, options.pretty);
  }
  const fd = io.stdout === process.stdout ? directDescriptor(1) : undefined;
  return new StreamSink(fd ?? io.stdout, options.format, options.pretty);
}

/** `fd` when it is a file or a device (written directly, every byte checked), not a pipe, socket or terminal. */
function directDescriptor(fd: number): number | undefined {
  try {
    const st = fstatSync(fd);
    return st.isFile() || (st.isCharacterDevice() && !isatty(fd)) ? fd : undefined;
  } catch {
    return undefined;
  }
}

async function count(refs: AsyncIterable<unknown>): Promise<number> {
  let n = 0;
  for await (const _ of refs) n++;
  return n;
}
