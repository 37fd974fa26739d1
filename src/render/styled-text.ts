import { visible } from './visible.js';

/** A styled stretch of the input, in UTF-16 indices. Later layers are applied inside earlier ones. */
export interface Layer {
  start: number;
  end: number;
  style: (s: string) => string;
  /** Printed before the stretch (a sentence number, an opening marker in the plain layout). */
  before?: string;
  after?: string;
  /** How `before` and `after` are drawn (default: as they are). */
  markStyle?: (s: string) => string;
}

/** A run of printable text (already made safe by `visible`) and how to draw it. */
export interface Segment {
  text: string;
  style: (s: string) => string;
}

/** One input line as segments. */
export type Row = Segment[];

const asIs = (s: string): string => s;

/**
 * Cuts a text into rows (one per input line) of segments: the text is cut at every layer boundary and
 * each piece gets the styles of all layers covering it, so nested quote/speaker/cue styles combine instead
 * of clobbering. Every piece goes through `visible`, so nothing from the report can drive the terminal.
 * Linear in the text plus (layers × pieces they cover).
 */
export function layoutLayers(text: string, layers: readonly Layer[]): Row[] {
  const cuts = new Set<number>([0, text.length]);
  for (const l of layers) {
    cuts.add(l.start);
    cuts.add(l.end);
  }
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const starts = new Map<number, Layer[]>();
  const at = (m: Map<number, Layer[]>, k: number) => m.get(k) ?? m.set(k, []).get(k)!;
  for (const l of layers) at(starts, l.start).push(l);
  const closes = new Map<number, Layer[]>();
  for (const l of layers) if (l.after !== undefined) at(closes, l.end).push(l);
  const active: Layer[] = [];
  const rows: Row[] = [[]];
  const mark = (l: Layer, s: string) => rows[rows.length - 1]!.push({ text: visible(s), style: l.markStyle ?? asIs });
  for (let i = 0; i < points.length; i++) {
    const point = points[i]!;
    for (const l of closes.get(point) ?? []) mark(l, l.after!);
    for (let k = active.length - 1; k >= 0; k--) if (active[k]!.end <= point) active.splice(k, 1);
    for (const l of starts.get(point) ?? []) {
      if (l.before !== undefined) mark(l, l.before);
      if (l.end > point) active.push(l);
    }
    const next = points[i + 1];
    if (next === undefined) break;
    const styles = [...active];
    const style = (s: string) => styles.reduce((x, l) => l.style(x), s);
    text
      .slice(point, next)
      .split('\n')
      .forEach((line, k) => {
        if (k > 0) rows.push([]);
        if (line) rows[rows.length - 1]!.push({ text: visible(line), style });
      });
  }
  return rows;
}
