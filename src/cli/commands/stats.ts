import { Command } from 'commander';
import type { OutputRecord } from '../../contract/types.js';
import { StatsCollector } from '../../stats/aggregate.js';
import { StorySummary, sourceLabel } from '../../stories/summary.js';
import { addGroupOptions, readGroupOptions } from '../group-options.js';
import { addInputOptions, readInputOptions } from '../input-options.js';
import { runInputs } from '../parse-command.js';
import { jsonText } from '../parse-item.js';
import { runGuarded } from '../run-guarded.js';

/** The largest stories `stats --group` lists. */
const STORIES_SHOWN = 5;

export function statsCommand(setExit: (code: number) => void): Command {
  const cmd = new Command('stats')
    .description('sum up a corpus: reports, languages, sentences, quotes, top speakers, boilerplate, errors')
    .argument('[inputs...]', 'files, directories, glob patterns, or - for standard input')
    .option('--json', 'print the numbers as one JSON object', false)
    .option('--no-color', 'no colour even on a terminal');
  addGroupOptions(addInputOptions(cmd))
    .addHelpText('after', `
Examples:
  $ reports stats reports/
  $ reports stats --json 'reports/**/*.txt' | jq '.quotes'
  $ reports stats --input-format jsonl corpus.jsonl
  $ reports stats --group reports/            # also: how many stories, and the largest

Exit status: 0, or 1 when some inputs could not be parsed (they are counted under "errors by code"), 2 usage
error, 74 the table could not be written, 130/143 interrupted.`)
    .action(async (inputs: string[], opts: Record<string, unknown>) => {
      const options = { ...readInputOptions(opts), group: readGroupOptions(opts) };
      setExit(
        await runGuarded(inputs, async (ins, io) => {
          const stats = new StatsCollector();
          const stories = options.group ? new StorySummary() : null;
          const summary = await runInputs(ins, options, io, async (parsed) => {
            const record = JSON.parse(jsonText(parsed)) as OutputRecord;
            stats.add(record);
            if (stories && parsed.story && 'metadata' in record) stories.add(parsed.story, parsed.source, record.metadata);
          });
          const result = stats.result();
          const storyCounts = stories && { stories: stories.count, shared: stories.shared, largest: stories.largest(STORIES_SHOWN) };
          if (opts.json) io.stdout.write(`${JSON.stringify(storyCounts ? { ...result, stories: storyCounts } : result, null, 2)}\n`);
          else {
            // The table's renderer and chalk are loaded here: a run that prints JSON (or parses) never needs them.
            const [{ chooseChalk }, { renderStatsTable }] = await Promise.all([import('../../render/style.js'), import('../../render/stats-table.js')]);
            const c = chooseChalk({ noColorFlag: opts.color === false, env: process.env, isTTY: process.stdout.isTTY === true });
            io.stdout.write(`${renderStatsTable(result, c)}\n`);
            if (storyCounts) {
              io.stdout.write(`\n${c.bold('Stories')}  ${storyCounts.stories} (${storyCounts.shared} carried by more than one report)\n`);
              for (const s of storyCounts.largest) io.stdout.write(`  ${s.story.padEnd(8)} ${String(s.size).padStart(6)} reports  first ${sourceLabel(s.first)}${s.outlets.length ? `  (${s.outlets.join(', ')})` : ''}\n`);
            }
          }
          return summary.errors > 0 ? 1 : 0;
        }, options.filesFrom),
      );
    });
  return cmd;
}
