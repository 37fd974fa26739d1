import type { Boundary, Scope } from '../boundary.js';

const MAX_DEPTH = 8;

/**
 * For languages that keep a quotation whole (`splitInsideQuotes: false`), no sentence ends inside one,
 * except where the closing mark ends it too («Не видали маму?»). The quotation state is reset at every
 * line break that ends a sentence, so an unbalanced mark swallows at most one paragraph, never the rest of
 * the document.
 */
export function balanceQuotes(scope: Scope, boundaries: Boundary[]): void {
  if (scope.language.splitInsideQuotes) return;
  const { text } = scope;
  const closing = new Map<string, string>();
  for (const pair of scope.language.quotePairs) closing.set(pair[0], pair[1]);
  const open: string[] = [];
  let at = scope.start;
  const read = (to: number) => {
    for (; at < to; at++) {
      const ch = text[at];
      if (open.length > 0 && ch === open[open.length - 1]) open.pop();
      else if (closing.has(ch) && open.length < MAX_DEPTH) open.push(closing.get(ch) as string);
    }
  };
  for (const b of boundaries) {
    read(b.at);
    if (b.kind !== 'mark') {
      if (b.split) open.length = 0;
      continue;
    }
    const inside = open.length > 0;
    read(b.end);
    if (inside && open.length > 0) b.split = false;
  }
}
