/**
 * The word lists of the rule sets that apply to one report, merged and indexed once per report so the
 * passes can ask "does a listed word start here?" in constant time.
 */
import type { LanguageRules } from './types.js';
import { WordList } from './scan.js';

export interface Lexicon {
  rules: readonly LanguageRules[];
  gluedOpeners: WordList;
  gluedReportingVerbs: WordList;
  sentenceOpeners: WordList;
  bodyLineOpeners: WordList;
  /** No line rule matches a line longer than this, so longer lines are not even read. */
  longestLineRule: number;
  /** Every rule set's credit labels, in order, each with where its colon is (-1: none) and its rule name. */
  creditLabels: readonly CreditLabel[];
}

export interface CreditLabel {
  label: string;
  colon: number;
  rule: string;
}

/** What a line rule allows when it does not say. */
export const DEFAULT_MAX_LINE = 300;

const cache = new Map<string, Lexicon>();

export function lexiconFor(rules: readonly LanguageRules[]): Lexicon {
  const key = rules.map((r) => r.id).join('+');
  const hit = cache.get(key);
  if (hit) return hit;
  const all = (pick: (r: LanguageRules) => readonly string[]) => rules.flatMap(pick);
  const lexicon: Lexicon = {
    rules,
    gluedOpeners: new WordList(all((r) => r.gluedOpeners)),
    gluedReportingVerbs: new WordList(all((r) => r.gluedReportingVerbs)),
    sentenceOpeners: new WordList(all((r) => r.sentenceOpeners)),
    bodyLineOpeners: new WordList(all((r) => r.bodyLineOpeners)),
    longestLineRule: Math.max(0, ...rules.flatMap((r) => r.lines.map((l) => l.maxLength ?? DEFAULT_MAX_LINE))),
    creditLabels: rules.flatMap((r) => r.creditLabels.map((label) => ({ label, colon: label.indexOf(':'), rule: `${r.id}/credit-label` }))),
  };
  cache.set(key, lexicon);
  return lexicon;
}
