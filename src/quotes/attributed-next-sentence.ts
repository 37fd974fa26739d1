import type { Attribution, QuoteContext } from './context.js';
import { attribution, isPunct } from './context.js';
import type { Speakers } from './find-speaker.js';
import { endsWithAny } from './quoted-words.js';
import { sortedByStart, startsAt } from './split-interrupted.js';

/** Tokens of the next sentence a cue may stand at (`C'est par ces quelques mots que X a annoncé`). */
const CUE_REACH = 12;
const SENTENCE_END = '.!?…؟';

/**
 * `«Verdict: j'ai tout perdu.» C'est par ces mots que Marc Lenoir a annoncé ...`, `"We lost." That is
 * how the coach put it ...`: a quotation that opens its paragraph with no cue of its own, followed by a
 * sentence that opens with a word pointing back at it and holds a cue, is attributed by that cue.
 */
export function attributeFromNextSentence(ctx: QuoteContext, speakers: Speakers, found: readonly Attribution[]): Attribution[] {
  const { tokens, lex } = ctx;
  if (lex.anaphoricOpeners.size === 0) return [];
  const out: Attribution[] = [];
  if (ctx.pairs.length === 0) return out;
  // The quotes found, by start, asked by binary search whether one starts where a pair's words do.
  const taken = sortedByStart(found);
  for (let p = 0; p < ctx.pairs.length; p++) {
    const pair = ctx.pairs[p]!;
    if (pair.family.weak || startsAt(taken, pair.inner.start)) continue;
    const open = ctx.openTokenOf[p]!;
    if (open > 0 && !tokens[open]!.lineBefore) continue;
    let k = ctx.closeTokenOf[p]! + 1;
    const stopInside = endsWithAny(ctx.text, pair.inner, SENTENCE_END);
    if (isPunct(tokens[k], SENTENCE_END)) k++;
    else if (!stopInside) continue;
    const opener = tokens[k];
    if (!opener || opener.kind !== 'word' || !lex.anaphoricOpeners.hasWord(opener)) continue;
    for (let c = k + 1; c < tokens.length && c <= k + CUE_REACH && tokens[c]!.sentence === opener.sentence; c++) {
      const cue = ctx.cueOfToken[c];
      if (!cue) continue;
      if (cue.kind === 'verb') {
        const who = speakers.get(cue)!;
        out.push(attribution('direct', pair.inner, cue, null, who.speaker, who.implicit));
      }
      break;
    }
  }
  return out;
}
