/**
 * The word lists of the clause patterns that only English and French are described for so far (anaphoric
 * openers, impersonal sources, infinitive and gerund complements), all empty: a lexicon that spreads this
 * finds none of those patterns and still names every list, so that `unionOf` in index.ts joins them.
 */
export const noClauseWords = {
  anaphoricOpeners: [],
  bareForms: [],
  nonFiniteMarkers: [],
  relatives: [],
  impersonalPronouns: [],
  sourceLinks: [],
  sourceNouns: [],
  sameSource: [],
  impersonalCues: [],
  afterQuoteCues: [],
  infinitiveCues: [],
  infinitiveEndings: [],
  infinitiveLeads: [],
  infinitivesAfterArticle: [],
  notInfinitives: [],
  infinitiveBlockers: [],
  infinitiveLinks: [],
  gerundLinks: [],
} as const;
