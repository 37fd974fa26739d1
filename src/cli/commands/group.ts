import { Command } from 'commander';
import type { Writable } from 'node:stream';
import type { Metadata, OutputRecord, Source } from '../../contract/types.js';
import { StoryAssigner, type Story } from '../../stories/assign-story.js';
import { signatureOf } from '../../stories/minhash.js';
import { readRecords } from '../../stories/read-records.js';
import { sourceLabel, StorySummary, type StoryLine } from '../../stories/summary.js';
import { addGroupOptions, readGroupOptions } from '../group-options.js';
import { addInputOptions, readInputOptions } from '../input-options.js';
import { runInputs, type RunStreams } from '../parse-command.js';
import { jsonText } from '../parse-item.js';
import { runGuarded } from '../run-guarded.js';

export function groupCommand(setExit: (code: number) => void): Command {
  const cmd = new Command('group')
    .description('group re-posts of one story: one line per report (source, story, similarity), or one per story')
    .argument('[inputs...]', 'report files, directories, patterns, or - ; with --records, NDJSON written by `reports parse`')
    .option('--records', 'the inputs are records from `reports parse` (NDJSON): group their bodies without parsing again', false)
    .option('--summary', 'one line per story: id, size, first and last report, outlets/channels that carried it', false)
    .option('--json', 'print NDJSON objects instead of tab-separated lines', false);
  addGroupOptions(addInputOptions(cmd), true)
    .addHelpText('after', `
Examples:
  $ reports group reports/                        # source<TAB>story<TAB>similarity
  $ reports group --summary reports/ | sort -t$'\\t' -k2,2nr | head
  $ reports parse reports/ > parsed.ndjson && reports group --records --summary --json parsed.ndjson

Exit status: 0, 1 when some inputs could not be read or parsed (named on stderr), 2 usage error.`)
    .action(async (inputs: string[], opts: Record<string, unknown>) => {
      const group = readGroupOptions(opts, true)!;
      const options = { ...readInputOptions(opts), group };
      setExit(
        await runGuarded(inputs, async (ins, io) => {
          const out = new LineWriter(io.stdout, Boolean(opts.json));
          const summary = opts.summary ? new StorySummary() : null;
          const each = async (story: Story, source: Source, metadata: Metadata | undefined) => {
            if (summary) summary.add(story, source, metadata);
            else await out.report(source, story);
          };
          let errors = 0;
          if (opts.records) errors = await groupRecords(ins, io, new StoryAssigner(group), each);
          else {
            const run = await runInputs(ins, options, io, async (parsed) => {
              if (!parsed.story) return;
              const record = summary ? (JSON.parse(jsonText(parsed)) as OutputRecord) : null;
              await each(parsed.story, parsed.source, record && 'metadata' in record ? record.metadata : undefined);
            });
            errors = run.errors;
          }
          if (summary) for (const line of summary.lines()) await out.story(line);
          await out.end();
          return errors > 0 ? 1 : 0;
        }),
      );
    });
  return cmd;
}

/** Groups the records of `reports parse` output; returns how many lines were errors. */
async function groupRecords(
  inputs: string[],
  io: RunStreams,
  stories: StoryAssigner,
  each: (story: Story, source: Source, metadata: Metadata | undefined) => Promise<void>,
): Promise<number> {
  let errors = 0;
  for await (const { record, where, problem } of readRecords(inputs, io.stdin)) {
    if (io.stopped()) break;
    if (!record || 'error' in record) {
      errors++;
      io.stderr.write(`reports: ${where}: ${problem ?? `an error record (${record && 'error' in record ? record.error.code : ''}), not grouped`}\n`);
      continue;
    }
    await each(stories.assign(signatureOf(record.text), record.source), record.source, record.metadata);
  }
  return errors;
}

/** Lines to stdout, waiting for room when the reader is slow so memory stays flat. */
class LineWriter {
  constructor(
    private readonly out: Writable,
    private readonly json: boolean,
  ) {}

  report(source: Source, story: Story): Promise<void> {
    return this.write(
      this.json ? JSON.stringify({ source, story: story.id, first: story.first, similarity: story.similarity }) : [sourceLabel(source), story.id, story.similarity].join('\t'),
    );
  }

  story(line: StoryLine): Promise<void> {
    return this.write(
      this.json ? JSON.stringify(line) : [line.story, line.size, sourceLabel(line.first), sourceLabel(line.last), line.outlets.join(',')].join('\t'),
    );
  }

  async end(): Promise<void> {}

  private async write(line: string): Promise<void> {
    if (this.out.destroyed || this.out.writableEnded) return;
    if (this.out.write(`${line}\n`)) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        this.out.off('drain', done).off('close', done).off('error', done);
        resolve();
      };
      this.out.on('drain', done).on('close', done).on('error', done);
    });
  }
}
