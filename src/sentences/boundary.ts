import type { SentenceLanguage } from './lang/types.js';
import type { Tables } from './tables.js';

/**
 * A place where a sentence may end. The scanner proposes them; each pass then looks at the text around one
 * and may rule it out (or, for the few it owns, in). All indices are UTF-16 offsets into the original text.
 */
export interface Boundary {
  kind: 'mark' | 'line' | 'blank' | 'list' | 'heading';
  /** First character of the terminal mark, of the line break, or of the list marker. */
  at: number;
  /** Just after the terminal mark (before any closing quote or bracket). */
  markEnd: number;
  /** Where the sentence before this boundary ends: after the mark and the closers that belong to it. */
  end: number;
  /** Whether a sentence ends here; passes switch it off (and on, for the cases they decide). */
  split: boolean;
  /** Set by a pass that has fully decided this boundary, so later, more general passes leave it alone. */
  settled: boolean;
}

/** What every pass gets: the text, the region being split, and the language data. */
export interface Scope {
  text: string;
  start: number;
  end: number;
  language: SentenceLanguage;
  /** The language's data as lookup tables, built once per language. */
  tables: Tables;
}

/** How far a pass may look back or ahead for a word: bounded, so the work per boundary is constant. */
export const LOOK = 64;
