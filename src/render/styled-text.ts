import type { ChalkInstance } from 'chalk';

/** A styled stretch of the input, in UTF-16 indices. Later layers are applied inside earlier ones. */
export interface Layer {
  start: number;
  end: number;
  style: (s: string) => string;
  /** Printed before the stretch (a sentence number, an opening marker in the plain layout). */
  before?: string;
  after?: string;
}

/**
 * Applies overlapping layers to a text: the text is cut at every layer boundary and each piece gets the
 * styles of all layers covering it, so nested quote/speaker/cue styles combine instead of clobbering.
 * Linear in the text plus (layers × pieces they cover).
 */
export function renderLayers(text: string, layers: readonly Layer[]): string {
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
  const out: string[] = [];
  for (let i = 0; i < points.length; i++) {
    const point = points[i]!;
    for (const l of closes.get(point) ?? []) out.push(l.after!);
    for (let k = active.length - 1; k >= 0; k--) if (active[k]!.end <= point) active.splice(k, 1);
    for (const l of starts.get(point) ?? []) {
      if (l.before !== undefined) out.push(l.before);
      if (l.end > point) active.push(l);
    }
    const next = points[i + 1];
    if (next === undefined) break;
    // Style each line separately so a terminal never carries a colour over a line break.
    const piece = text.slice(point, next);
    out.push(piece.split('\n').map((line) => (line ? active.reduce((s, l) => l.style(s), line) : line)).join('\n'));
  }
  return out.join('');
}

export const identity = (s: string): string => s;

export type { ChalkInstance };
