import { noClauseWords } from './no-clause-words.js';
import type { QuoteLexicon } from './types.js';

/**
 * What a Latin-script language with subject-verb order and no special knowledge shares: the settings and
 * empty lists a small per-language lexicon (es.ts, pt.ts, it.ts) starts from, so that each of those
 * holds only its own words.
 */
export const latinBase: QuoteLexicon = {
  cuePrefixes: [],
  cueVerbs: [],
  participleCues: [],
  prepositionalCues: [],
  auxiliaries: [],
  auxiliariesInCue: true,
  compoundAuxiliaries: [],
  determiners: [],
  passiveAuxiliaries: [],
  passiveAgent: [],
  invertedAuxiliaries: [],
  complementizers: [],
  bareClauseVerbs: [],
  cueLinks: [],
  speechNouns: [],
  pronouns: [],
  mentionStops: [],
  descriptionHeads: [],
  titles: [],
  labels: [],
  addresseePrefixes: [],
  addresseeWords: [],
  dativePrefixes: [],
  addresseeOutlets: [],
  relayWords: [],
  relayCues: [],
  verbEndings: [],
  nameHeads: [],
  reportedRelatives: [],
  infinitiveMarkers: [],
  conjunctionHeads: [],
  adverbSuffixes: [],
  conjunctions: [],
  clauseBreakers: [],
  nameConnectors: [],
  ...noClauseWords,
  infinitiveAdjacent: true,
  minQuoteWords: 2,
  fragmentsInClauses: false,
  subjectFirst: true,
};
