import { Command, CommanderError } from 'commander';
import { groupCommand } from './commands/group.js';
import { parseCommand } from './commands/parse.js';
import { showCommand } from './commands/show.js';
import { statsCommand } from './commands/stats.js';
import { UsageError } from './inputs.js';

const VERSION = '0.1.0';

/** Runs the CLI with `argv` (without node and script) and resolves to the exit code. */
export async function run(argv: string[]): Promise<number> {
  let exitCode = 0;
  const setExit = (code: number) => {
    exitCode = code;
  };
  const program = new Command()
    .name('reports')
    .description('Turn raw news reports into clean, structured JSON: body, language, sentences, quotes with speakers.')
    .version(VERSION)
    .showSuggestionAfterError()
    .addCommand(parseCommand(setExit))
    .addCommand(showCommand(setExit))
    .addCommand(statsCommand(setExit))
    .addCommand(groupCommand(setExit))
    .addCommand(
      new Command('schema').description('print the JSON Schema (draft 2020-12) of one output record').action(async () => {
        // Loaded by this command alone: building the schema cost every run of every other command.
        const { reportSchema } = await import('../contract/schema.js');
        process.stdout.write(`${JSON.stringify(reportSchema, null, 2)}\n`);
      }),
    )
    .addHelpText('after', `
Examples:
  $ reports parse reports/ > parsed.ndjson
  $ reports show reports/a.txt
  $ reports stats reports/
  $ reports group --summary reports/
  $ reports schema > report.schema.json

Run \`reports <command> --help\` for a command's options.`);
  // Every command reports usage errors the same way: one line on stderr and exit 2.
  const exitOverride = (cmd: Command) => {
    cmd.exitOverride();
    cmd.commands.forEach(exitOverride);
  };
  exitOverride(program);

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
