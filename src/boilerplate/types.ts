import type { BoilerplateKind } from '../contract/types.js';
import type { Span } from '../text/span.js';

export interface BoilerplateSpan extends Span {
  kind: BoilerplateKind;
  /** `<language>/<rule name>`, `user/<rule name>` or `corpus/repeated`. */
  rule: string;
}

/**
 * A rule that judges one whole line (its text trimmed of white space and of leading emoji, bullets and
 * markdown marks). Every given test must hold; a line longer than `maxLength` never matches, so a
 * paragraph that merely opens with "Follow us" is not thrown away.
 */
export interface LineRule {
  name: string;
  kind: BoilerplateKind;
  /** The line starts with one of these (compared case-insensitively for Latin script). */
  startsWith?: readonly string[];
  /** The line contains one of these (case-insensitive). */
  contains?: readonly string[];
  /** The line is exactly one of these (case-insensitive). */
  equals?: readonly string[];
  /** A linear-time pattern tested against the cleaned line. */
  pattern?: RegExp;
  /** Default 300 characters. */
  maxLength?: number;
  /** Only the first non-blank line of the report can match (captions that open a scraped page). */
  firstLineOnly?: boolean;
  /** Matches only next to a line already found to be boilerplate (a promo post's lead-in line). */
  needsNeighbour?: boolean;
}

/**
 * A phrase that opens a boilerplate run anywhere in a line ("Lire aussi:", "رابط الخبر"), at a point
 * where a sentence could start. `run` says where the run ends: at the end of the line, or where the
 * headline that follows the marker ends (see headline-run.ts), or with the match itself (`match`: a share row
 * glued to the body). `continues` lets a run that reached the end
 * of its line take the following headline-like lines too (a list of related headlines).
 */
export interface MarkerRule {
  name: string;
  kind: BoilerplateKind;
  /** Global, linear-time pattern; its match is the marker. */
  pattern: RegExp;
  run: 'line' | 'headline' | 'match';
  continues?: boolean;
  /**
   * A piece of text every match holds, starting fewer than `within` code units after the match does
   * (the colon of `Read more:`): a report without it is not searched for the marker, and the search
   * starts just before its first occurrence. Not needed for speed: the words every match holds are read
   * off the pattern itself (required-literals.ts); this only adds a second such test.
   */
  holds?: { text: string; within: number };
}

/** Everything one language knows; plain data, read by the passes. */
export interface LanguageRules {
  /** Prefix of rule names: `ar`, `en`, `fr`, `common`. */
  id: string;
  lines: readonly LineRule[];
  markers: readonly MarkerRule[];
  /**
   * Words that start body text. When one is stuck to the preceding word or closing quote with no space
   * (`حلبمن جهة`, `"..."وأفاد`), a caption or headline run ended there.
   */
  gluedOpeners: readonly string[];
  /** Of those, the ones strong enough to reveal a headline run that no marker announced. */
  gluedReportingVerbs: readonly string[];
  /** Capitalised words that start a sentence, ending a headline run in Latin script (`... France Cette`). */
  sentenceOpeners: readonly string[];
  /** Words that open a line of body text, so the line is not a related headline. */
  bodyLineOpeners: readonly string[];
  /** Labels that introduce a photo credit: `Photograph:`, `Photo :`, `الصورة:`. */
  creditLabels: readonly string[];
  /** `X يكتب:`: a word that, at the end of a line, makes the words before it a byline. */
  bylineSuffixes: readonly string[];
  /**
   * A line that is only one of these labels opens a block of unterminated summary lines that runs to the
   * first line closed by a sentence mark (`Story highlights`); see passes/label-blocks.ts.
   */
  blockLabels: readonly string[];
  /** Labels that open a list of tags after the last sentence of a report (`Tags:`, `الوسوم:`). */
  tailLabels: readonly string[];
  /**
   * Letters a paragraph that goes on with the report opens with, stuck to its first word (Arabic `و`,
   * `ف`): a paragraph without one (nor a `bodyLineOpeners` word) may open another article.
   */
  continuationPrefixes: readonly string[];
}
