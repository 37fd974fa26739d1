import { Command } from 'commander';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadUserRules } from '../../boilerplate/index.js';
import { parseReport } from '../../report.js';
import { UsageError } from '../inputs.js';
import { parseLang, parsePositiveInt, readRules } from '../input-options.js';
import { readItems } from '../read-inputs.js';

export function showCommand(setExit: (code: number) => void): Command {
  return new Command('show')
    .description('draw one parsed report in the terminal: boilerplate struck through, sentences numbered, quotes highlighted')
    .argument('[input]', 'a report file, or - for standard input', '-')
    .option('-l, --lang <code>', 'skip detection: ISO 639-1 (ar) or 639-3 (arb)', parseLang)
    .option('--max-bytes <n>', 'refuse a larger input', parsePositiveInt, 50 * 1024 * 1024)
    .option('--keep-boilerplate', 'keep the boilerplate in the body (still marked), as parse --keep-boilerplate does', false)
    .option('--rules <file>', 'your own boilerplate patterns (JSON; see the README): preview what they cut')
    .option('-w, --width <n>', 'wrap to this many columns (default: the terminal width, else $COLUMNS; 0: no wrapping)', parseWidth)
    .option('--no-color', 'plain layout even on a terminal (so does NO_COLOR=1; FORCE_COLOR=1 forces colour)')
    .addHelpText('after', `
Examples:
  $ reports show fixtures/ar/ar-02-glued-caption.txt
  $ cat report.txt | reports show -
  $ reports show --rules my-rules.json report.txt
  $ FORCE_COLOR=1 reports show report.txt | less -R

Sentences and quotes are numbered from 0, as .index in the JSON. Without colour (a pipe, --no-color,
NO_COLOR): [-…-] boilerplate, {…}qN quote N, _…_ speaker, ^…^ cue, ⟨N⟩ sentence N. Control characters in the
report are shown as ␛, ␇, ⟦U+009B⟧…, bidi overrides as ⟦RLO⟧, ⟦LRI⟧…, never sent to the terminal.`)
    .action(async (input: string, opts: Record<string, unknown>) => {
      if (input === '-' && process.stdin.isTTY) throw new UsageError('no input: name a report file, or pipe one into `reports show -`');
      if (input !== '-' && isDirectory(input)) throw new UsageError(directoryHint(input));
      const userRules = opts.rules === undefined ? undefined : loadUserRules(readRules(String(opts.rules)));
      const refs = (async function* () {
        yield input === '-' ? ({ kind: 'stdin' } as const) : ({ kind: 'file', path: input, rel: input } as const);
      })();
      for await (const item of readItems(refs, { inputFormat: 'text', textField: 'text', maxBytes: opts.maxBytes as number, stdin: process.stdin })) {
        if (item.error) {
          process.stderr.write(`reports: ${item.error.code}: ${item.error.message}\n`);
          setExit(1);
          return;
        }
        const text = item.text ?? '';
        const report = parseReport(text, {
          language: opts.lang as string | undefined,
          keepBoilerplate: opts.keepBoilerplate === true,
          userRules,
          source: item.source,
          warnings: item.warnings,
        });
        // Loaded here, not with the CLI: every other command starts without chalk and the renderer.
        const [{ chooseChalk }, { renderShow }] = await Promise.all([import('../../render/style.js'), import('../../render/show.js')]);
        const c = chooseChalk({ noColorFlag: opts.color === false, env: process.env, isTTY: process.stdout.isTTY === true });
        process.stdout.write(`${renderShow(text, report, c, { width: terminalWidth(opts.width as number | undefined), keepBoilerplate: opts.keepBoilerplate === true })}\n`);
      }
    });
}

function parseWidth(value: string): number {
  return value === '0' ? 0 : parsePositiveInt(value);
}

/** --width, else the terminal's columns, else $COLUMNS (set by shells for scripts), else no wrapping. */
function terminalWidth(flag: number | undefined): number {
  if (flag !== undefined) return flag;
  if (process.stdout.isTTY && process.stdout.columns) return process.stdout.columns;
  const env = Number(process.env.COLUMNS);
  return Number.isInteger(env) && env > 0 ? env : 0;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // reading it will say what is wrong
  }
}

/** `show` draws one report: name one of the folder's files, or the commands made for folders. */
function directoryHint(dir: string): string {
  let example = '';
  try {
    const file = readdirSync(dir, { withFileTypes: true }).find((e) => e.isFile() && /\.txt$/iu.test(e.name));
    if (file) example = ` (e.g. \`reports show ${join(dir, file.name)}\`)`;
  } catch {
    // an unreadable folder: the hint without an example
  }
  return `${dir} is a directory; show draws one report: name one of its files${example}, or use \`reports parse ${dir}\` or \`reports stats ${dir}\` for the whole folder`;
}
