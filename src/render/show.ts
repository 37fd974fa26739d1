import type { ChalkInstance } from 'chalk';
import type { OutSpan, Report } from '../contract/types.js';
import { CodePointIndex } from '../text/code-points.js';
import { renderLayers, type Layer } from './styled-text.js';

const MARGIN = 18;

/**
 * The report as a reader sees it: a header with what we know about it, the input line by line with the
 * stripped boilerplate dimmed and struck through (its kind in the left margin), each sentence numbered
 * where it starts, quotes highlighted with speaker and cue underlined, and a legend of the quotes.
 * Text is never reordered or wrapped in bidi controls, so Arabic copies out of the terminal as it went in.
 * Without colour the same layout uses plain marks: [-…-] for boilerplate, {…} for a quote, _…_ speaker,
 * ^…^ cue.
 */
export function renderShow(text: string, report: Report, c: ChalkInstance): string {
  const plain = c.level === 0;
  const index = new CodePointIndex(text);
  const toU16 = (cp: number) => index.toUtf16(cp);
  const span = (s: OutSpan) => ({ start: toU16(s.start), end: toU16(s.end) });
  const layers: Layer[] = [];
  for (const b of report.boilerplate) {
    layers.push({ ...span(b), style: (s) => c.dim.strikethrough(s), ...(plain ? { before: '[-', after: '-]' } : {}) });
  }
  for (const s of report.sentences) layers.push({ ...span(s), style: (x) => x, before: c.cyan.dim(`⟨${s.index + 1}⟩`) });
  // A speaker or cue shared by several quotes (Arabic وأضاف continuing a speaker) is drawn once.
  const drawn = new Set<string>();
  const once = (kind: string, s: OutSpan) => !drawn.has(`${kind}:${s.start}:${s.end}`) && drawn.add(`${kind}:${s.start}:${s.end}`);
  report.quotes.forEach((q, i) => {
    const color = QUOTE_COLORS[i % QUOTE_COLORS.length]!;
    layers.push({ ...span(q), style: (s) => c[color](s), ...(plain ? { before: '{', after: `}q${i + 1}` } : {}) });
    if (q.speaker && once('speaker', q.speaker)) {
      layers.push({ ...span(q.speaker), style: (s) => c[color].bold.underline(s), ...(plain ? { before: '_', after: '_' } : {}) });
    }
    if (q.cue && once('cue', q.cue)) layers.push({ ...span(q.cue), style: (s) => c.underline(s), ...(plain ? { before: '^', after: '^' } : {}) });
  });
  const body = renderLayers(text.trimEnd(), layers).split('\n');
  const labels = marginLabels(text, report, toU16);
  const lines = body.map((line, i) => `${c.dim((labels[i] ?? '').padEnd(MARGIN).slice(0, MARGIN))}${c.dim('│')} ${line}`);
  return [...header(report, c), '', ...lines, '', ...legend(report, c)].join('\n');
}

const QUOTE_COLORS = ['green', 'magenta', 'yellow', 'blue', 'red'] as const;

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

function header(r: Report, c: ChalkInstance): string[] {
  const m = r.metadata;
  const row = (k: string, v: string | null | undefined) => (v ? [`${c.bold(k.padEnd(12))} ${v}`] : []);
  return [
    c.bold.inverse(` ${r.source.path ?? '-'}${r.source.line !== null ? `:${r.source.line}` : ''} `),
    ...row('language', `${r.language.code}${r.language.iso6391 ? ` (${r.language.iso6391})` : ''}, confidence ${r.language.confidence}`),
    ...row('encoding', r.source.encoding),
    ...row('title', m.title?.text),
    ...row('dateline', m.dateline?.text),
    ...row('channel', m.channel),
    ...row('agency', m.agency),
    ...row('photographer', m.photographer),
    ...row('links', m.links.join(' ')),
    ...row('found', `${count(r.sentences.length, 'sentence')}, ${count(r.quotes.length, 'quote')}, ${count(r.boilerplate.length, 'boilerplate span')} removed`),
    ...r.warnings.map((w) => `${c.yellow('warning')}      ${w.code}: ${w.message}`),
  ];
}

function legend(r: Report, c: ChalkInstance): string[] {
  if (r.quotes.length === 0) return [c.dim('no quotes')];
  const out = [c.bold('quotes') + c.dim('  (speaker bold underlined, cue underlined; * = speaker from an earlier mention)')];
  r.quotes.forEach((q, i) => {
    const color = QUOTE_COLORS[i % QUOTE_COLORS.length]!;
    const who = q.speaker ? `${q.speaker.text}${q.implicitSpeaker ? '*' : ''}` : '—';
    const text = q.text.length > 70 ? `${q.text.slice(0, 69)}…` : q.text;
    out.push(`${c[color](`q${i + 1}`)} ${q.type.padEnd(8)} ${c.bold(who)} ${c.dim('·')} ${q.cue?.text ?? '—'} ${c.dim('·')} ${text.replace(/\s+/g, ' ')}`);
  });
  return out;
}

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
