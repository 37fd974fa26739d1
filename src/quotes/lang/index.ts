import { NormFilter, WordSet, normaliseWord } from '../normalise.js';
import { ar } from './ar.js';
import { FEMININE, MASCULINE, PLURAL, SINGULAR } from './agreement.js';
import { en } from './en.js';
import { es } from './es.js';
import { it } from './it.js';
import { pt } from './pt.js';
import { fr } from './fr.js';
import type { QuoteLexicon } from './types.js';

export type { QuoteLexicon } from './types.js';

export type CueKind = 'verb' | 'participle' | 'preposition';

/** A lexicon made ready for matching: every word in matching form, phrases indexed by first word. */
export interface CompiledLexicon {
  source: QuoteLexicon;
  prefixes: readonly string[];
  phrases: Map<string, { words: string[]; kind: CueKind }[]>;
  /**
   * The phrases a word as written may start, by that word: those of the word itself, then for each cue
   * prefix it starts with (in `prefixes` order) those of the rest, when the rest is two letters or more.
   */
  cueForms: Map<string, { words: string[]; kind: CueKind }[]>;
  /** Every word a cue can start with (first words, with each prefix too, and inverted forms): the cheap first test. */
  cueStarts: NormFilter;
  auxiliaries: WordSet;
  determiners: WordSet;
  compoundAuxiliaries: WordSet;
  passiveAuxiliaries: WordSet;
  passiveAgent: WordSet;
  inverted: WordSet;
  complementizers: WordSet;
  bareClauseVerbs: WordSet;
  speechNouns: WordSet;
  pronouns: WordSet;
  stops: WordSet;
  /**
   * Sets joined with the cue prefixes ahead, so "starts with a prefix and the rest is in the set" is one
   * lookup: stop words as written or prefixed (`وعلى`), first words of cues prefixed (`وقال`), relaying
   * cues as written or prefixed, and outlets behind a dative prefix (`لوكالة`, the outlet two letters or more).
   */
  prefixedStops: WordSet;
  prefixedCueWords: WordSet;
  prefixedRelayCues: WordSet;
  dativeOutlets: WordSet;
  descriptionHeads: WordSet;
  titles: WordSet;
  labels: WordSet;
  /** As written (raw text, tatweel kept): `لـ` is only an addressee when the tatweel says so. */
  addresseePrefixes: readonly string[];
  addresseeWords: WordSet;
  dativePrefixes: readonly string[];
  addresseeOutlets: WordSet;
  relayWords: WordSet;
  relayCues: WordSet;
  adverbSuffixes: readonly string[];
  verbEndings: readonly string[];
  conjunctionHeads: WordSet;
  infinitiveMarkers: WordSet;
  reportedRelatives: WordSet;
  nameHeads: WordSet;
  conjunctions: WordSet;
  clauseBreakers: WordSet;
  nameConnectors: WordSet;
  genitivePrefixes: readonly string[];
  mentionLinks: WordSet;
  complementLinks: WordSet;
  utteranceNouns: WordSet;
  timeWords: WordSet;
  narrativeInfinitives: WordSet;
  narrativeLead: readonly string[];
  objectClitics: WordSet;
  scenePrepositions: WordSet;
  notGerunds: WordSet;
  definitePrefixes: readonly string[];
  perfectCopulas: WordSet;
  perfectParticles: WordSet;
  infinitiveCues: WordSet;
  afterQuoteCues: WordSet;
  impersonalPronouns: WordSet;
  relatives: WordSet;
  bareForms: WordSet;
  anaphoricOpeners: WordSet;
  nonFiniteMarkers: WordSet;
  sourceLinks: readonly (readonly string[])[];
  sourceNouns: WordSet;
  sameSource: WordSet;
  impersonalCues: WordSet;
  notInfinitives: WordSet;
  infinitivesAfterArticle: WordSet;
  infinitiveLeads: WordSet;
  infinitiveBlockers: WordSet;
  infinitiveLinks: WordSet;
  gerundLinks: WordSet;
  // Verb-first clause subjects (verb-first-subject.ts).
  clauseOpeners: WordSet;
  quantifierHeads: WordSet;
  // Clause edges of verb-first reports: each subject relative with the gender and number bits it marks.
  subjectRelatives: Map<string, number>;
  verbNegations: WordSet;
  speechOnlyVerbs: WordSet;
  // English antecedents (issue 15).
  speakerNouns: WordSet;
  commaRelatives: WordSet;
  addresseeClauseVerbs: WordSet;
  nounMarkers: WordSet;
  phraseLinks: WordSet;
  silentSources: WordSet;
}

const LEXICONS: Record<string, QuoteLexicon> = { arb: ar, ara: ar, eng: en, fra: fr, spa: es, por: pt, ita: it };
const ALL = [ar, en, fr, es, pt, it];

/**
 * Every lexicon at once, for a language we have none for or one named with little confidence: a cue from
 * the wrong language almost never misfires. Lists are joined, the lexicon's own first; its settings
 * (word order, whether auxiliaries join the cue) are kept, English's for an unknown language.
 */
function unionOf(base: QuoteLexicon): QuoteLexicon {
  const lists = (Object.keys(base) as (keyof QuoteLexicon)[]).filter((k) => Array.isArray(base[k]));
  return { ...base, ...Object.fromEntries(lists.map((k) => [k, [base, ...ALL.filter((l) => l !== base)].flatMap((l) => (l[k] ?? []) as readonly unknown[])])) } as QuoteLexicon;
}

const unions = new Map<QuoteLexicon, QuoteLexicon>();
const cache = new Map<QuoteLexicon, CompiledLexicon>();

/** The lexicon of a language; with `anyLanguage` (a guess at the language), that of every language, led by it. */
export function lexiconFor(language: string, anyLanguage = false): CompiledLexicon {
  const own = LEXICONS[language];
  const base = own ?? en;
  let source = own !== undefined && !anyLanguage ? own : unions.get(base);
  if (source === undefined) unions.set(base, (source = unionOf(base)));
  let compiled = cache.get(source);
  if (!compiled) cache.set(source, (compiled = compile(source)));
  return compiled;
}

const RELATIVE_MARKS = { masculine: MASCULINE | SINGULAR, feminine: FEMININE | SINGULAR, plural: PLURAL } as const;

/** An optional list; in a union of lexicons, without the holes of those that leave it unset. */
const optional = (list: readonly (string | undefined)[] | undefined): string[] => (list ?? []).filter((w): w is string => w !== undefined);
const words = (phrase: string): string[] => phrase.split(' ').map(normaliseWord);
const set = (list: readonly string[]): WordSet => new WordSet(list.map(normaliseWord));

function compile(l: QuoteLexicon): CompiledLexicon {
  const phrases = new Map<string, { words: string[]; kind: CueKind }[]>();
  const add = (w: string[], kind: CueKind) => {
    const list = phrases.get(w[0]!) ?? [];
    if (!list.some((p) => p.words.join(' ') === w.join(' '))) list.push({ words: w, kind });
    list.sort((a, b) => b.words.length - a.words.length); // longest phrase first
    phrases.set(w[0]!, list);
  };
  for (const v of [...l.cueVerbs, ...optional(l.speechOnlyVerbs)]) add(words(v), 'verb');
  for (const p of l.participleCues) add(words(p), 'participle');
  for (const p of l.prepositionalCues) add(p.flatMap(words), 'preposition');
  const prefixes = l.cuePrefixes.map(normaliseWord);
  const cueForms = new Map<string, { words: string[]; kind: CueKind }[]>();
  for (const p of ['', ...prefixes]) {
    for (const [first, list] of phrases) {
      if (p !== '' && first.length < 2) continue;
      const form = p + first;
      cueForms.set(form, [...(cueForms.get(form) ?? []), ...list]);
    }
  }
  const inverted = set(l.invertedAuxiliaries);
  const prefixed = (words: Iterable<string>, withPrefixes: readonly string[]): string[] => withPrefixes.flatMap((p) => [...words].map((w) => p + w));
  const prefixedCueWords = new WordSet(prefixed(phrases.keys(), prefixes));
  const afterQuoteCues = set(l.afterQuoteCues);
  const impersonalCues = set(l.impersonalCues);
  const narrativeInfinitives = set(l.narrativeInfinitives ?? []);
  const starts = [...phrases.keys(), ...prefixedCueWords, ...inverted, ...afterQuoteCues, ...impersonalCues, ...narrativeInfinitives];
  const stops = set(l.mentionStops);
  const relayCues = set(l.relayCues);
  const dativePrefixes = l.dativePrefixes.map(normaliseWord);
  const addresseeOutlets = set(l.addresseeOutlets);
  return {
    source: l,
    prefixes,
    phrases,
    cueForms,
    cueStarts: new NormFilter(starts),
    auxiliaries: set(l.auxiliaries),
    determiners: set(l.determiners),
    compoundAuxiliaries: set(l.compoundAuxiliaries),
    passiveAuxiliaries: set(l.passiveAuxiliaries),
    passiveAgent: set(l.passiveAgent),
    inverted,
    complementizers: set(l.complementizers),
    bareClauseVerbs: set(l.bareClauseVerbs),
    speechNouns: set(l.speechNouns),
    pronouns: set(l.pronouns),
    stops,
    prefixedStops: new WordSet([...stops, ...prefixed(stops, prefixes)]),
    prefixedCueWords,
    prefixedRelayCues: new WordSet([...relayCues, ...prefixed(relayCues, prefixes)]),
    // `لوكالة`, and with the article folded into the preposition, `للوكالة`.
    dativeOutlets: new WordSet(prefixed([...addresseeOutlets].filter((o) => o.length > 1), [...dativePrefixes, ...(l.genitivePrefixes ?? []).map(normaliseWord)])),
    descriptionHeads: set(l.descriptionHeads),
    titles: set(l.titles),
    labels: set(l.labels),
    addresseePrefixes: l.addresseePrefixes,
    addresseeWords: set(l.addresseeWords),
    dativePrefixes,
    addresseeOutlets,
    relayWords: set(l.relayWords),
    relayCues,
    adverbSuffixes: l.adverbSuffixes,
    verbEndings: l.verbEndings,
    conjunctionHeads: set(l.conjunctionHeads),
    infinitiveMarkers: set(l.infinitiveMarkers),
    reportedRelatives: set(l.reportedRelatives),
    nameHeads: set(l.nameHeads),
    conjunctions: set(l.conjunctions),
    clauseBreakers: set(l.clauseBreakers),
    nameConnectors: set(l.nameConnectors),
    genitivePrefixes: (l.genitivePrefixes ?? []).map(normaliseWord),
    mentionLinks: set(l.mentionLinks ?? []),
    complementLinks: set(l.complementLinks ?? []),
    utteranceNouns: set(l.utteranceNouns ?? []),
    timeWords: set(l.timeWords ?? []),
    narrativeInfinitives,
    narrativeLead: (l.narrativeLead ?? []).map(normaliseWord),
    objectClitics: set(l.objectClitics ?? []),
    scenePrepositions: set(l.scenePrepositions ?? []),
    notGerunds: set(l.notGerunds ?? []),
    definitePrefixes: (l.definitePrefixes ?? []).map(normaliseWord),
    perfectCopulas: new WordSet([...set(l.perfectCopulas ?? [])].flatMap((w) => [w, ...prefixes.map((p) => p + w)])),
    perfectParticles: set(l.perfectParticles ?? []),
    infinitiveCues: set(l.infinitiveCues),
    afterQuoteCues,
    impersonalPronouns: set(l.impersonalPronouns),
    relatives: set(l.relatives),
    bareForms: set(l.bareForms),
    anaphoricOpeners: set(l.anaphoricOpeners),
    nonFiniteMarkers: set(l.nonFiniteMarkers),
    sourceLinks: l.sourceLinks.map((link) => link.flatMap(words)),
    sourceNouns: set(l.sourceNouns),
    sameSource: set(l.sameSource),
    impersonalCues,
    notInfinitives: set(l.notInfinitives),
    infinitivesAfterArticle: set(l.infinitivesAfterArticle),
    infinitiveLeads: set(l.infinitiveLeads),
    infinitiveBlockers: set(l.infinitiveBlockers),
    infinitiveLinks: set(l.infinitiveLinks),
    gerundLinks: set(l.gerundLinks),
    // Verb-first clause subjects; `وقد`, `فقد`: the particles with a conjunction prefix too.
    clauseOpeners: new WordSet([...set(optional(l.clauseOpeners))].flatMap((w) => [w, ...prefixes.map((p) => p + w)])),
    quantifierHeads: set(optional(l.quantifierHeads)),
    verbNegations: new WordSet([...set(optional(l.verbNegations))].flatMap((w) => [w, ...prefixes.map((p) => p + w)])),
    speechOnlyVerbs: new WordSet([...set(optional(l.speechOnlyVerbs))].flatMap((w) => [w, ...prefixes.map((p) => p + w)])),
    subjectRelatives: new Map((l.subjectRelatives ?? []).filter((r) => r !== undefined).map(([w, m]) => [normaliseWord(w), RELATIVE_MARKS[m]])),
    speakerNouns: set(l.speakerNouns ?? []),
    commaRelatives: set(l.commaRelatives ?? []),
    addresseeClauseVerbs: set(optional(l.addresseeClauseVerbs)),
    nounMarkers: set(optional(l.nounMarkers)),
    phraseLinks: set(optional(l.phraseLinks)),
    // With the article and the preposition that fold into one another (`القانون`, `للقانون`, `لقانون`).
    silentSources: new WordSet([...set(optional(l.silentSources))].flatMap((w) => [w, ...(l.definitePrefixes ?? []).map((p) => normaliseWord(p) + w), ...(l.genitivePrefixes ?? []).map((p) => normaliseWord(p) + w), ...l.dativePrefixes.map((p) => normaliseWord(p) + w)])),
  };
}
