/**
 * Where a headline (or caption) run that starts at `from` ends. Headlines carry no full stop, so the run
 * ends at the first of: a glue point, a capitalised sentence opener after a space (`... de la France
 * Cette enquête`, Latin script only), a sentence-final mark, the end of the line. A run that finds no end
 * within `MAX_RUN` characters is not trusted (returns -1): better leave a crumb than delete body text.
 */
import { findGluePoint } from './glue.js';
import type { Lexicon } from './lexicon.js';
import { endsSentenceAt, isSpaceAt, skipSpace } from './scan.js';

export const MAX_RUN = 320;

export function headlineRunEnd(text: string, from: number, lineEnd: number, lexicon: Lexicon): number {
  const limit = Math.min(lineEnd, from + MAX_RUN);
  const glue = findGluePoint(text, from, limit, { openers: lexicon.gluedOpeners, markup: true });
  const stop = glue >= 0 ? glue : limit;
  const first = skipSpace(text, from, stop);
  const afterFirstWord = firstWordEnd(text, first, stop);
  for (let i = first + 1; i < stop; i++) {
    if (endsSentenceAt(text, i)) return closeAfter(text, i + 1, stop);
    if (i > afterFirstWord && isSpaceAt(text, i - 1) && lexicon.sentenceOpeners.at(text, i) !== null) return i;
  }
  if (glue >= 0 || limit === lineEnd) return stop;
  return -1;
}

function firstWordEnd(text: string, i: number, stop: number): number {
  while (i < stop && !isSpaceAt(text, i)) i++;
  return i;
}

/** A closing quote or bracket right after the final mark belongs to the headline. */
function closeAfter(text: string, i: number, stop: number): number {
  while (i < stop && '»”’")'.includes(text[i])) i++;
  return i;
}
