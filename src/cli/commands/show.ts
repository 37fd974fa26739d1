import { Command } from 'commander';
import { chooseChalk } from '../../render/style.js';
import { renderShow } from '../../render/show.js';
import { parseReport } from '../../report.js';
import { UsageError } from '../inputs.js';
import { parseLang, parsePositiveInt } from '../input-options.js';
import { readItems } from '../read-inputs.js';

export function showCommand(setExit: (code: number) => void): Command {
  return new Command('show')
    .description('draw one parsed report in the terminal: boilerplate struck through, sentences numbered, quotes highlighted')
    .argument('[input]', 'a report file, or - for standard input', '-')
    .option('-l, --lang <code>', 'skip detection: ISO 639-1 (ar) or 639-3 (arb)', parseLang)
    .option('--max-bytes <n>', 'refuse a larger input', parsePositiveInt, 50 * 1024 * 1024)
    .option('--no-color', 'plain layout even on a terminal (so does NO_COLOR=1; FORCE_COLOR=1 forces colour)')
    .addHelpText('after', `
Examples:
  $ reports show fixtures/ar/ar-02-glued-caption.txt
  $ cat report.txt | reports show -
  $ FORCE_COLOR=1 reports show report.txt | less -R

Without colour (a pipe, --no-color, NO_COLOR): [-…-] boilerplate, {…}qN quote N, _…_ speaker, ^…^ cue, ⟨N⟩ sentence N.`)
    .action(async (input: string, opts: Record<string, unknown>) => {
      if (input === '-' && process.stdin.isTTY) throw new UsageError('no input: name a report file, or pipe one into `reports show -`');
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
        const report = parseReport(text, { language: opts.lang as string | undefined, source: item.source, warnings: item.warnings });
        const c = chooseChalk({ noColorFlag: opts.color === false, env: process.env, isTTY: process.stdout.isTTY === true });
        process.stdout.write(`${renderShow(text, report, c)}\n`);
      }
    });
}
