import { InvalidArgumentError, Option, type Command } from 'commander';
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import { loadUserRules } from '../boilerplate/index.js';
import { normaliseLanguageCode } from '../language/codes.js';
import { UsageError } from './inputs.js';
import type { InputOptions } from './parse-command.js';

const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** The options of every command that reads reports (parse, stats). */
export function addInputOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--input-format <format>', 'what an input holds: one report, or one report per JSON line').choices(['text', 'jsonl']).default('text'))
    .option('--text-field <name>', 'JSONL: the field holding the report text', 'text')
    .option('--id-field <name>', 'JSONL: the field copied to source.id (default: "id" when present)')
    .option('-l, --lang <code>', 'skip detection: ISO 639-1 (ar) or 639-3 (arb)', parseLang)
    .option('--keep-boilerplate', 'report boilerplate spans but keep their text in the body', false)
    .option('--ext <list>', 'file endings searched for in directories, comma-separated, in any case', 'txt')
    .option('--ignore <pattern>', 'leave out files and folders: a name pattern (`drafts`, `*-draft.txt`) or, with a slash, a path pattern (`**/old/**`); repeat for more', collect)
    .option('--files-from <file>', 'also read the files listed in FILE, one path a line (- for standard input)')
    .option('-0, --null', '--files-from: paths are separated by NUL bytes (fd -0, find -print0)', false)
    .option('--max-bytes <n>', 'refuse inputs larger than this (ETOOLARGE)', parsePositiveInt, DEFAULT_MAX_BYTES)
    .option('-j, --jobs <n>', 'threads that parse: the main thread and N-1 workers; output order never changes', parsePositiveInt, availableParallelism())
    .option('-q, --quiet', 'no progress and no summary on stderr', false)
    .option('--rules <file>', 'your own boilerplate patterns (JSON; see the README)')
    .option('--repeated-min <n>', 'cut lines seen in this many reports of one folder as `repeated` (0: never)', parseCount, 5);
}

export function readInputOptions(opts: Record<string, unknown>): InputOptions {
  return {
    inputFormat: opts.inputFormat as 'text' | 'jsonl',
    textField: String(opts.textField),
    idField: opts.idField as string | undefined,
    lang: opts.lang as string | undefined,
    keepBoilerplate: Boolean(opts.keepBoilerplate),
    ext: String(opts.ext).split(',').map((e) => e.trim()).filter(Boolean),
    ignore: (opts.ignore as string[] | undefined) ?? [],
    filesFrom: opts.filesFrom as string | undefined,
    nullSeparated: Boolean(opts.null),
    maxBytes: opts.maxBytes as number,
    jobs: opts.jobs as number,
    quiet: Boolean(opts.quiet),
    rulesText: opts.rules === undefined ? undefined : readRules(String(opts.rules)),
    repeatedMin: opts.repeatedMin as number,
  };
}

/** Reads and validates a --rules file up front: a bad file is a usage error before any report is parsed. */
export function readRules(file: string): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`--rules ${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
  try {
    loadUserRules(text);
  } catch (err) {
    throw new UsageError(`--rules ${file}: ${(err as Error).message}`);
  }
  return text;
}

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n === 1) throw new InvalidArgumentError('expected 0 (off) or a whole number from 2 up');
  return n;
}

export function parseLang(value: string): string {
  if (!normaliseLanguageCode(value)) throw new InvalidArgumentError('expected an ISO 639-1 or 639-3 code such as ar, arb, en, fra');
  return value;
}

export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}
