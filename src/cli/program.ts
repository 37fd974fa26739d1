import { availableParallelism } from 'node:os';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { reportSchema } from '../contract/schema.js';
import { normaliseLanguageCode } from '../language/codes.js';
import { UsageError } from './inputs.js';
import { runParse, type ParseCommandOptions } from './parse-command.js';

const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** Runs the CLI with `argv` (without node and script) and resolves to the exit code. */
export async function run(argv: string[]): Promise<number> {
  let exitCode = 0;
  const program = new Command()
    .name('reports')
    .description('Turn raw news reports into clean, structured JSON: body, language, sentences, quotes with speakers.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) })
    .showSuggestionAfterError();

  program
    .command('parse')
    .description('parse reports and print one JSON record per report (NDJSON by default)')
    .argument('[inputs...]', 'files, directories, glob patterns, or - for standard input (the default when stdin is piped)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['ndjson', 'json']).default('ndjson'))
    .option('--pretty', 'indent the JSON', false)
    .addOption(new Option('--input-format <format>', 'what an input holds: one report, or one report per JSON line').choices(['text', 'jsonl']).default('text'))
    .option('--text-field <name>', 'JSONL: the field holding the report text', 'text')
    .option('--id-field <name>', 'JSONL: the field copied to source.id (default: "id" when present)')
    .option('-l, --lang <code>', 'skip detection: ISO 639-1 (ar) or 639-3 (arb)', parseLang)
    .option('--keep-boilerplate', 'report boilerplate spans but keep their text in the body', false)
    .option('-o, --out-dir <dir>', 'write one <dir>/<relative path>.json per input instead of printing')
    .option('--ext <list>', 'file endings searched for in directories, comma-separated', 'txt')
    .option('--ignore <pattern...>', 'glob patterns of files to leave out', [])
    .option('--max-bytes <n>', 'refuse inputs larger than this (ETOOLARGE)', parsePositiveInt, DEFAULT_MAX_BYTES)
    .option('-j, --jobs <n>', 'worker threads that parse (default: the available cores); output order never changes', parsePositiveInt, availableParallelism())
    .addHelpText('after', PARSE_EXAMPLES)
    .action(async (inputs: string[], opts: Record<string, unknown>) => {
      exitCode = await parseAction(inputs, opts);
    });

  program
    .command('schema')
    .description('print the JSON Schema (draft 2020-12) of one output record')
    .action(() => {
      process.stdout.write(`${JSON.stringify(reportSchema, null, 2)}\n`);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end here with code 0; every other commander error is a usage error.
      return err.exitCode === 0 ? 0 : 2;
    }
    if (err instanceof UsageError) {
      process.stderr.write(`reports: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  return exitCode;
}

async function parseAction(inputs: string[], opts: Record<string, unknown>): Promise<number> {
  if (inputs.length === 0) {
    if (process.stdin.isTTY) throw new UsageError('no input: name files, directories or patterns, or pipe a report into `reports parse -`');
    inputs = ['-'];
  }
  const options: ParseCommandOptions = {
    format: opts.format as 'ndjson' | 'json',
    pretty: Boolean(opts.pretty),
    inputFormat: opts.inputFormat as 'text' | 'jsonl',
    textField: String(opts.textField),
    idField: opts.idField as string | undefined,
    lang: opts.lang as string | undefined,
    keepBoilerplate: Boolean(opts.keepBoilerplate),
    outDir: opts.outDir as string | undefined,
    ext: String(opts.ext).split(',').map((e) => e.trim()).filter(Boolean),
    ignore: opts.ignore as string[],
    maxBytes: opts.maxBytes as number,
    jobs: opts.jobs as number,
  };
  let signal: NodeJS.Signals | null = null;
  const onSignal = (s: NodeJS.Signals) => {
    // A second signal means: stop now.
    if (signal) process.exit(s === 'SIGINT' ? 130 : 143);
    signal = s;
  };
  let stdoutClosed = false;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    // `reports parse … | head`: the reader left; stop quietly.
    if (err.code === 'EPIPE') stdoutClosed = true;
    else throw err;
  });
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const summary = await runParse(inputs, options, {
      stdin: process.stdin,
      stdout: process.stdout,
      stderr: process.stderr,
      stopped: () => signal !== null || stdoutClosed,
    });
    if (signal) return signal === 'SIGINT' ? 130 : 143;
    if (stdoutClosed) return 0;
    return summary.errors > 0 ? 1 : 0;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

function parseLang(value: string): string {
  if (!normaliseLanguageCode(value)) throw new InvalidArgumentError('expected an ISO 639-1 or 639-3 code such as ar, arb, en, fra');
  return value;
}

function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

const VERSION = '0.1.0';

const PARSE_EXAMPLES = `
Examples:
  $ reports parse reports/ 'more/**/*.txt' one.txt > out.ndjson
  $ cat one.txt | reports parse - | jq '.sentences[].text'
  $ reports parse --input-format jsonl --text-field body --id-field id corpus.jsonl
  $ reports parse --out-dir parsed/ reports/
  $ reports parse reports/ | jq -c 'select(.language.code=="arb") | .quotes[] | {speaker: .speaker.text, text}'

Exit status: 0 all parsed, 1 some inputs failed (their error records were written), 2 usage error.`;
