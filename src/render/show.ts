import type { ChalkInstance } from 'chalk';
import type { OutSpan, Report } from '../contract/types.js';
import { CodePointIndex } from '../text/code-points.js';
import { layoutLayers, type Layer, type Row, type Segment } from './styled-text.js';
import { visible } from './visible.js';
import { wrapRow } from './wrap.js';

const MARGIN = 18;
/** The margin, its rule and the space after it. */
const GUTTER = MARGIN + 2;
/** Narrower than this, wrapping would leave a word or two per line: the text runs on instead. */
const MIN_TEXT_COLUMNS = 20;

export interface ShowOptions {
  /** Columns of the terminal; the text is wrapped to fit beside the margin. 0 or absent: no wrapping. */
  width?: number;
  /** The report was parsed with keepBoilerplate: its spans are marked but still in the body. */
  keepBoilerplate?: boolean;
}

/**
 * The report as a reader sees it: a header with what we know about it, the input line by line with the
 * stripped boilerplate dimmed and struck through (its kind in the left margin), each sentence numbered
 * where it starts, quotes highlighted with speaker and cue underlined, and a legend of the quotes.
 * Text is never reordered or wrapped in bidi controls, so Arabic copies out of the terminal as it went in;
 * long lines wrap at white space beside the margin. Sentences and quotes are numbered from 0, as `.index`
 * in the JSON. Control characters and bidi overrides from the report are drawn as visible stand-ins
 * (visible.ts). Without colour the same layout uses plain marks: [-…-] for boilerplate, {…}qN for quote N,
 * _…_ speaker, ^…^ cue.
 */
export function renderShow(text: string, report: Report, c: ChalkInstance, options: ShowOptions = {}): string {
  const plain = c.level === 0;
  const index = new CodePointIndex(text);
  const toU16 = (cp: number) => index.toUtf16(cp);
  const span = (s: OutSpan) => ({ start: toU16(s.start), end: toU16(s.end) });
  const layers: Layer[] = [];
  for (const b of report.boilerplate) {
    layers.push({ ...span(b), style: (s) => c.dim.strikethrough(s), ...(plain ? { before: '[-', after: '-]' } : {}) });
  }
  for (const s of report.sentences) layers.push({ ...span(s), style: (x) => x, before: `⟨${s.index}⟩`, markStyle: (x) => c.cyan.dim(x) });
  // A speaker or cue shared by several quotes (Arabic وأضاف continuing a speaker) is drawn once.
  const drawn = new Set<string>();
  const once = (kind: string, s: OutSpan) => !drawn.has(`${kind}:${s.start}:${s.end}`) && drawn.add(`${kind}:${s.start}:${s.end}`);
  report.quotes.forEach((q, i) => {
    const color = QUOTE_COLORS[i % QUOTE_COLORS.length]!;
    layers.push({ ...span(q), style: (s) => c[color](s), ...(plain ? { before: '{', after: `}q${q.index}` } : {}) });
    if (q.speaker && once('speaker', q.speaker)) {
      layers.push({ ...span(q.speaker), style: (s) => c[color].bold.underline(s), ...(plain ? { before: '_', after: '_' } : {}) });
    }
    if (q.cue && once('cue', q.cue)) layers.push({ ...span(q.cue), style: (s) => c.underline(s), ...(plain ? { before: '^', after: '^' } : {}) });
  });
  const rows = layoutLayers(text.trimEnd(), layers);
  const labels = marginLabels(text, report, toU16);
  const textColumns = options.width && options.width - GUTTER >= MIN_TEXT_COLUMNS ? options.width - GUTTER : 0;
  const blank = `${' '.repeat(MARGIN)}${c.dim('│')} `;
  const lines = rows.flatMap((row, i) =>
    wrapRow(row, textColumns).map((line, k) => (k === 0 ? `${c.dim((labels[i] ?? '').padEnd(MARGIN).slice(0, MARGIN))}${c.dim('│')} ${line}` : `${blank}${line}`)),
  );
  const width = options.width ?? 0;
  return [...header(report, c, width, options.keepBoilerplate === true), '', ...lines, '', ...legend(report, c, width)].join('\n');
}

const QUOTE_COLORS = ['green', 'magenta', 'yellow', 'blue', 'red'] as const;

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

function header(r: Report, c: ChalkInstance, width: number, kept: boolean): string[] {
  const m = r.metadata;
  const row = (k: string, v: string | null | undefined) => (v ? hanging([{ text: k.padEnd(13), style: (x) => c.bold(x) }, plainSegment(oneLine(v))], width, 13) : []);
  return [
    c.bold.inverse(` ${oneLine(r.source.path ?? '-')}${r.source.line !== null ? `:${r.source.line}` : ''} `),
    ...row('language', `${r.language.code}${r.language.iso6391 ? ` (${r.language.iso6391})` : ''}, confidence ${r.language.confidence}`),
    ...row('encoding', r.source.encoding),
    ...row('title', m.title?.text),
    ...row('dateline', m.dateline?.text),
    ...row('channel', m.channel),
    ...row('agency', m.agency),
    ...row('photographer', m.photographer),
    ...row('links', m.links.join(' ')),
    ...row('found', `${count(r.sentences.length, 'sentence')}, ${count(r.quotes.length, 'quote')}, ${count(r.boilerplate.length, 'boilerplate span')} ${kept ? 'marked, kept in the body' : 'removed'}`),
    ...r.warnings.flatMap((w) => hanging([{ text: 'warning      ', style: (x) => c.yellow(x) }, plainSegment(`${w.code}: ${oneLine(w.message)}`)], width, 13)),
  ];
}

function legend(r: Report, c: ChalkInstance, width: number): string[] {
  if (r.quotes.length === 0) return [c.dim('no quotes')];
  const title: Row = [
    { text: 'quotes', style: (x) => c.bold(x) },
    { text: '  (speaker bold underlined, cue underlined; * = speaker from an earlier mention)', style: (x) => c.dim(x) },
  ];
  const out = hanging(title, width, 2);
  r.quotes.forEach((q, i) => {
    const color = QUOTE_COLORS[i % QUOTE_COLORS.length]!;
    const who = q.speaker ? `${oneLine(q.speaker.text)}${q.implicitSpeaker ? '*' : ''}` : '—';
    const text = [...q.text].length > 70 ? `${[...q.text].slice(0, 69).join('')}…` : q.text;
    const label = `q${q.index}`;
    const row: Row = [
      { text: label, style: (x) => c[color](x) },
      plainSegment(` ${q.type.padEnd(8)} `),
      { text: who, style: (x) => c.bold(x) },
      { text: ' · ', style: (x) => c.dim(x) },
      plainSegment(oneLine(q.cue?.text ?? '—')),
      { text: ' · ', style: (x) => c.dim(x) },
      plainSegment(oneLine(text)),
    ];
    out.push(...hanging(row, width, label.length + 1));
  });
  return out;
}

const plainSegment = (text: string): Segment => ({ text, style: (x) => x });

/** A row wrapped to `width` with its continuation lines indented by `indent` columns. */
function hanging(row: Row, width: number, indent: number): string[] {
  const lines = wrapRow(row, width > indent + MIN_TEXT_COLUMNS ? width - indent : 0);
  return lines.map((line, k) => (k === 0 ? line : `${' '.repeat(indent)}${line}`));
}

/** A value from the report on one line of the header or legend, safe to print. */
const oneLine = (s: string): string => visible(s.replace(/\s+/gu, ' '));

/** The kinds of boilerplate that start on each input line, for the margin. */
function marginLabels(text: string, r: Report, toU16: (cp: number) => number): string[] {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineOf = (u16: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (lineStarts[mid]! <= u16) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const labels: string[] = [];
  for (const b of r.boilerplate) {
    const line = lineOf(toU16(b.start));
    labels[line] = labels[line] ? `${labels[line]},${b.kind}` : b.kind;
  }
  return labels;
}
