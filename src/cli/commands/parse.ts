import { Command, Option } from 'commander';
import { statSync } from 'node:fs';
import { addGroupOptions, readGroupOptions } from '../group-options.js';
import { addInputOptions, readInputOptions } from '../input-options.js';
import { UsageError } from '../inputs.js';
import { runParse } from '../parse-command.js';
import { runGuarded } from '../run-guarded.js';

export function parseCommand(setExit: (code: number) => void): Command {
  const cmd = new Command('parse')
    .description('parse reports and print one JSON record per report (NDJSON by default)')
    .argument('[inputs...]', 'files, directories, glob patterns, or - for standard input (the default when no input is named and stdin is piped)')
    .addOption(new Option('-f, --format <format>', 'output format (default: ndjson; json for an --output name ending in .json)').choices(['ndjson', 'json']))
    .option('--pretty', 'indent the JSON', false)
    .option('-o, --out-dir <dir>', 'write one <dir>/<relative path>.json per input instead of printing')
    .option('--output <file>', 'write every record into one file, renamed into place when the run completes')
    .option('-v, --verbose', 'print the one-line summary even when stderr is not a terminal', false);
  addGroupOptions(addInputOptions(cmd))
    .addHelpText('after', `
Examples:
  $ reports parse reports/ 'more/**/*.txt' one.txt > out.ndjson
  $ cat one.txt | reports parse - | jq '.sentences[].text'
  $ reports parse --input-format jsonl --text-field body --id-field id corpus.jsonl
  $ reports parse --out-dir parsed/ reports/
  $ reports parse --output parsed.ndjson reports/
  $ reports parse reports/ | jq -c 'select(.language.code=="arb") | .quotes[] | {speaker: .speaker.text, text}'
  $ reports parse --group reports/ | jq -r '[.source.path, .story.id, .story.similarity] | @tsv'

Exit status: 0 all parsed, 1 some inputs failed (their error records were written), 2 usage error,
74 the output could not be written (full disk, file-size limit, I/O error), 130/143 interrupted (what was
written is complete).`)
    .action(async (inputs: string[], opts: Record<string, unknown>) => {
      const outDir = opts.outDir as string | undefined;
      const output = opts.output as string | undefined;
      checkOutputs(outDir, output);
      const format = (opts.format as 'ndjson' | 'json' | undefined) ?? (output && /\.json$/i.test(output) ? 'json' : 'ndjson');
      const base = readInputOptions(opts);
      const options = {
        ...base,
        group: readGroupOptions(opts),
        format,
        pretty: Boolean(opts.pretty),
        outDir,
        output,
        summary: !base.quiet && (process.stderr.isTTY === true || Boolean(opts.verbose)),
      };
      setExit(await runGuarded(inputs, async (ins, io) => ((await runParse(ins, options, io)).errors > 0 ? 1 : 0), options.filesFrom));
    });
  return cmd;
}

/** `-o` names a folder: an existing file, or a name that looks like one output file, is a usage error with a hint. */
function checkOutputs(outDir: string | undefined, output: string | undefined): void {
  if (outDir !== undefined && output !== undefined) throw new UsageError('--out-dir and --output exclude each other: one file per input, or one file for all');
  if (outDir === undefined) return;
  let kind: 'dir' | 'other' | null = null;
  try {
    kind = statSync(outDir).isDirectory() ? 'dir' : 'other';
  } catch {
    kind = null;
  }
  if (kind === 'other') throw new UsageError(`-o/--out-dir ${outDir}: exists and is not a folder; -o names a folder (one output per input); for one file use --output ${outDir}`);
  if (kind === null && /\.(nd)?json$/i.test(outDir)) throw new UsageError(`-o/--out-dir ${outDir}: names a folder, not a file; for one file use --output ${outDir}`);
}
