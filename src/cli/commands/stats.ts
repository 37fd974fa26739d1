import { Command } from 'commander';
import type { OutputRecord } from '../../contract/types.js';
import { chooseChalk } from '../../render/style.js';
import { renderStatsTable } from '../../render/stats-table.js';
import { StatsCollector } from '../../stats/aggregate.js';
import { addInputOptions, readInputOptions } from '../input-options.js';
import { runInputs } from '../parse-command.js';
import { jsonText } from '../parse-item.js';
import { runGuarded } from '../run-guarded.js';

export function statsCommand(setExit: (code: number) => void): Command {
  const cmd = new Command('stats')
    .description('sum up a corpus: reports, languages, sentences, quotes, top speakers, boilerplate, errors')
    .argument('[inputs...]', 'files, directories, glob patterns, or - for standard input')
    .option('--json', 'print the numbers as one JSON object', false)
    .option('--no-color', 'no colour even on a terminal');
  addInputOptions(cmd)
    .addHelpText('after', `
Examples:
  $ reports stats reports/
  $ reports stats --json 'reports/**/*.txt' | jq '.quotes'
  $ reports stats --input-format jsonl corpus.jsonl

Exit status: 0, or 1 when some inputs could not be parsed (they are counted under "errors by code"), 2 usage
error, 74 the table could not be written, 130/143 interrupted.`)
    .action(async (inputs: string[], opts: Record<string, unknown>) => {
      const options = readInputOptions(opts);
      setExit(
        await runGuarded(inputs, async (ins, io) => {
          const stats = new StatsCollector();
          const summary = await runInputs(ins, options, io, async (parsed) => stats.add(JSON.parse(jsonText(parsed)) as OutputRecord));
          const result = stats.result();
          if (opts.json) io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
          else {
            const c = chooseChalk({ noColorFlag: opts.color === false, env: process.env, isTTY: process.stdout.isTTY === true });
            io.stdout.write(`${renderStatsTable(result, c)}\n`);
          }
          return summary.errors > 0 ? 1 : 0;
        }),
      );
    });
  return cmd;
}
