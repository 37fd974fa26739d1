import { Command, Option } from 'commander';
import { addGroupOptions, readGroupOptions } from '../group-options.js';
import { addInputOptions, readInputOptions } from '../input-options.js';
import { runParse } from '../parse-command.js';
import { runGuarded } from '../run-guarded.js';

export function parseCommand(setExit: (code: number) => void): Command {
  const cmd = new Command('parse')
    .description('parse reports and print one JSON record per report (NDJSON by default)')
    .argument('[inputs...]', 'files, directories, glob patterns, or - for standard input (the default when stdin is piped)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['ndjson', 'json']).default('ndjson'))
    .option('--pretty', 'indent the JSON', false)
    .option('-o, --out-dir <dir>', 'write one <dir>/<relative path>.json per input instead of printing');
  addGroupOptions(addInputOptions(cmd))
    .addHelpText('after', `
Examples:
  $ reports parse reports/ 'more/**/*.txt' one.txt > out.ndjson
  $ cat one.txt | reports parse - | jq '.sentences[].text'
  $ reports parse --input-format jsonl --text-field body --id-field id corpus.jsonl
  $ reports parse --out-dir parsed/ reports/
  $ reports parse reports/ | jq -c 'select(.language.code=="arb") | .quotes[] | {speaker: .speaker.text, text}'
  $ reports parse --group reports/ | jq -r '[.source.path, .story.id, .story.similarity] | @tsv'

Exit status: 0 all parsed, 1 some inputs failed (their error records were written), 2 usage error,
130/143 interrupted (what was written is complete).`)
    .action(async (inputs: string[], opts: Record<string, unknown>) => {
      const options = {
        ...readInputOptions(opts),
        group: readGroupOptions(opts),
        format: opts.format as 'ndjson' | 'json',
        pretty: Boolean(opts.pretty),
        outDir: opts.outDir as string | undefined,
      };
      setExit(await runGuarded(inputs, async (ins, io) => ((await runParse(ins, options, io)).errors > 0 ? 1 : 0)));
    });
  return cmd;
}
