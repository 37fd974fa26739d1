import type { ChalkInstance } from 'chalk';
import type { CorpusStats } from '../stats/aggregate.js';
import { visible, width as columnsOf } from './visible.js';

/** `reports stats` on a terminal: aligned sections of label/number rows. */
export function renderStatsTable(s: CorpusStats, c: ChalkInstance): string {
  const sections: [string, [string, string | number][]][] = [
    ['corpus', [
      ['reports', s.reports],
      ['parsed', s.parsed],
      ['errors', s.errors],
      ['sentences', s.sentences],
      ['body characters', s.characters.body],
      ['boilerplate characters', s.characters.boilerplate],
    ]],
    ['languages', sorted(s.languages).map(([k, v]) => [k, v])],
    ['quotes', [
      ['total', s.quotes.total],
      ['direct', s.quotes.direct],
      ['indirect', s.quotes.indirect],
      ['with a speaker', s.quotes.withSpeaker],
    ]],
    // A speaker's name is text from a report: nothing in it may drive the terminal.
    ['top speakers', s.topSpeakers.map((x) => [visible(x.speaker), x.quotes])],
    ['boilerplate (spans / characters)', sorted(Object.fromEntries(Object.entries(s.boilerplate).map(([k, v]) => [k, v.spans])))
      .map(([k]) => [k, `${s.boilerplate[k]!.spans} / ${s.boilerplate[k]!.chars}`])],
    ['errors by code', sorted(s.errorsByCode).map(([k, v]) => [k, v])],
  ];
  const width = Math.max(...sections.flatMap(([, rows]) => rows.map(([k]) => columnsOf(k))), 10);
  const numWidth = Math.max(...sections.flatMap(([, rows]) => rows.map(([, v]) => String(v).length)), 1);
  const out: string[] = [];
  for (const [title, rows] of sections) {
    if (rows.length === 0) continue;
    out.push(c.bold(title));
    for (const [k, v] of rows) out.push(`  ${k}${' '.repeat(width - columnsOf(k))}  ${String(v).padStart(numWidth)}`);
  }
  return out.join('\n');
}

const sorted = (o: Record<string, number>): [string, number][] => Object.entries(o).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
