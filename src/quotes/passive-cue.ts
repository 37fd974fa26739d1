/**
 * English passives of saying: `the deal was reported by Reuters` names its speaker after `by`; `she is
 * accused of fraud`, `what has been called “agency pricing”`, `a car which had been reported stolen`
 * name none, and their subject is what was said about, not who said it.
 */
import type { CompiledLexicon } from './lang/index.js';
import type { Token } from './tokenize.js';

/** Tokens looked over after a passive cue for its agent (`was labelled an “emergency” by the union`). */
const AGENT_REACH = 10;

/** Whether the cue word at `i` follows a passive auxiliary (`was told`, `had been reported`, `is now accused`). */
export function isPassiveCue(tokens: readonly Token[], i: number, lex: CompiledLexicon): boolean {
  if (!lex.source.passiveNeedsAgent) return false;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    if (lex.passiveAuxiliaries.hasWord(t)) return true;
    // Adverbs and negation may stand between (`was widely reported`, `is now accused`, `were not told`).
    if (!adverb(t, lex)) return false;
  }
  return false;
}

function adverb(t: Token, lex: CompiledLexicon): boolean {
  return lex.auxiliaries.hasWord(t) || lex.stops.hasWord(t) || lex.nonFiniteMarkers.hasWord(t) || adverbEnding(t.norm, lex.adverbSuffixes);
}

/** An adverb's ending (`widely`), on a word longer than it by four or more: a loop, no closure per word. */
function adverbEnding(word: string, suffixes: readonly string[]): boolean {
  for (let i = 0; i < suffixes.length; i++) {
    const s = suffixes[i]!;
    if (word.length > s.length + 3 && word.endsWith(s)) return true;
  }
  return false;
}

/** The token of the agent word (`by`) after a passive cue ending at `last`, in its sentence, or -1. */
export function passiveAgentAfter(tokens: readonly Token[], last: number, lex: CompiledLexicon): number {
  const sentence = tokens[last]!.sentence;
  for (let k = last + 1; k < tokens.length && k <= last + AGENT_REACH; k++) {
    const t = tokens[k]!;
    if (t.sentence !== sentence) return -1;
    if (t.kind === 'word' && lex.passiveAgent.hasWord(t)) return k;
  }
  return -1;
}
