import { WordSet, normaliseWord } from '../normalise.js';
import { FEMININE_PLURAL_CUES } from './ar.js';

/**
 * What marks the gender and number of a speaker, per language, so an implicit cue ("she said",
 * "وأضافت", "a-t-elle ajouté") takes an antecedent it agrees with. Plain data, in matching form
 * after compiling; a language without an entry has no agreement and takes the nearest speaker.
 */
export interface AgreementData {
  /** Subject pronouns by what they mark (`she`, `elle`; `they`, `ils`). */
  femininePronouns: readonly string[];
  masculinePronouns: readonly string[];
  pluralPronouns: readonly string[];
  /** Titles inside a mention that give its gender (`Mrs`, `Mme`; `Mr`, `M.`). */
  feminineTitles: readonly string[];
  masculineTitles: readonly string[];
  /**
   * Verb inflection, for languages whose verb of saying agrees with its subject (Arabic): endings of
   * a feminine singular (`قالت`), a plural (`قالوا`, `يقولون`) and a feminine plural (`أكدن`), and the
   * prefix of a feminine present (`تقول`, read as such only when the form with `ي` is a cue too).
   */
  feminineEndings: readonly string[];
  pluralEndings: readonly string[];
  femininePluralEndings: readonly string[];
  femininePresentPrefix: string;
  masculinePresentPrefix: string;
  // Feminine plural verbs: listed whole, since an ending alone is ambiguous (`أعلن` is masculine singular).
  femininePluralVerbs?: readonly string[];
  /** Whether a mention's number is read off its head noun and conjunctions (English, issue 15). Unset: no. */
  nounNumber?: boolean;
  /** Articles that open a mention and give its number (`des manifestants`, `le ministre`). Unset: none. */
  pluralArticles?: readonly string[];
  singularArticles?: readonly string[];
}

const NONE: AgreementData = {
  femininePronouns: [], masculinePronouns: [], pluralPronouns: [], feminineTitles: [], masculineTitles: [],
  feminineEndings: [], pluralEndings: [], femininePluralEndings: [], femininePresentPrefix: '', masculinePresentPrefix: '',
};

const AGREEMENT: Record<string, AgreementData> = {
  arb: {
    ...NONE,
    femininePronouns: ['هي'], masculinePronouns: ['هو'], pluralPronouns: ['هم'],
    feminineTitles: ['السيدة', 'الدكتورة', 'الأميرة', 'الملكة', 'الوزيرة', 'الرئيسة', 'المتحدثة', 'الناطقة'],
    masculineTitles: ['السيد', 'الشيخ', 'الأمير', 'الملك'],
    feminineEndings: ['ت'], pluralEndings: ['وا', 'ون'], femininePluralEndings: ['ن'],
    femininePresentPrefix: 'ت', masculinePresentPrefix: 'ي',
    femininePluralVerbs: FEMININE_PLURAL_CUES,
  },
  eng: {
    ...NONE,
    femininePronouns: ['she'], masculinePronouns: ['he'], pluralPronouns: ['they', 'we'],
    feminineTitles: ['mrs', 'ms', 'miss', 'lady', 'madam', 'dame', 'queen', 'princess', 'sister'],
    masculineTitles: ['mr', 'sir', 'lord', 'king', 'prince', 'father', 'brother'],
    nounNumber: true,
  },
  fra: {
    ...NONE,
    femininePronouns: ['elle', 'elles'], masculinePronouns: ['il', 'ils'], pluralPronouns: ['ils', 'elles', 'nous'],
    feminineTitles: ['mme', 'mlle', 'madame', 'mademoiselle', 'la'],
    masculineTitles: ['m', 'm.', 'monsieur', 'le'],
    pluralArticles: ['les', 'des', 'ces', 'leurs', 'plusieurs', 'quelques', 'certains', 'certaines', 'deux', 'trois'],
    singularArticles: ['le', 'la', "l'", 'un', 'une', 'son', 'sa', 'ce', 'cet', 'cette'],
  },
};
AGREEMENT.ara = AGREEMENT.arb!;

/** Gender and number as bits: a mention or a cue carries what it marks, nothing when it marks nothing. */
export const FEMININE = 1;
export const MASCULINE = 2;
export const PLURAL = 4;
export const SINGULAR = 8;

export interface CompiledAgreement {
  data: AgreementData;
  feminine: WordSet;
  masculine: WordSet;
  plural: WordSet;
  feminineTitles: WordSet;
  masculineTitles: WordSet;
  femininePluralVerbs: WordSet;
  pluralArticles: WordSet;
  singularArticles: WordSet;
}

const cache = new Map<string, CompiledAgreement>();

export function agreementFor(language: string): CompiledAgreement {
  let compiled = cache.get(language);
  if (compiled) return compiled;
  const data = AGREEMENT[language] ?? NONE;
  const set = (list: readonly string[]) => new WordSet(list.map(normaliseWord));
  compiled = {
    data,
    feminine: set(data.femininePronouns),
    masculine: set(data.masculinePronouns),
    plural: set(data.pluralPronouns),
    feminineTitles: set(data.feminineTitles),
    masculineTitles: set(data.masculineTitles),
    femininePluralVerbs: set(data.femininePluralVerbs ?? []),
    pluralArticles: set(data.pluralArticles ?? []),
    singularArticles: set(data.singularArticles ?? []),
  };
  cache.set(language, compiled);
  return compiled;
}

/** Whether two sets of marks can name one speaker: no gender nor number that both mark and differ. */
export function agrees(a: number, b: number): boolean {
  const gender = FEMININE | MASCULINE;
  const number = PLURAL | SINGULAR;
  const clash = (mask: number) => (a & mask) !== 0 && (b & mask) !== 0 && (a & b & mask) === 0;
  return !clash(gender) && !clash(number);
}
