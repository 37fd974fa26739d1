/**
 * What the splitter needs to know about one language. Plain data: the algorithm in ../passes never asks
 * which language it runs on, only what these fields say.
 */
export interface SentenceLanguage {
  /** Characters that end a sentence. */
  terminals: string;
  /**
   * Terminals that end a sentence even when the next word follows without a space (。 ። ။): scripts that
   * do not put spaces after their full stop.
   */
  unspacedTerminals: string;
  /** Abbreviations that never end a sentence: titles before a name (Mr, Dr, M, د), "e.g." words. Lower case, without the final dot. */
  continuing: readonly string[];
  /** Abbreviations that end a sentence only when no number follows (No. 5, p. 55). */
  beforeNumbers: readonly string[];
  /** Other abbreviations (Inc, etc, Co): they end a sentence when a sentence starter follows. */
  abbreviations: readonly string[];
  /**
   * Abbreviations matched as written, because in lower case they are ordinary words (Ill., Miss., Wash.,
   * Ind. are US states in datelines; ill., miss. end sentences). They end one only before a sentence starter.
   */
  capitalisedAbbreviations: readonly string[];
  /** Names that carry an exclamation mark (Yahoo!): no sentence ends there. Lower case, without the mark. */
  exclamatoryNames: readonly string[];
  /**
   * Words that usually open a sentence. After an abbreviation or an initial, only one of them shows that a
   * sentence ended. Empty: any capital letter does so after an abbreviation, and nothing does after an initial.
   */
  sentenceStarters: readonly string[];
  /** A number with a dot is an ordinal (German "3. Oktober", Slovak "IV. zbor"), not the end of a sentence. */
  ordinalDot: boolean;
  /** A sentence never starts in lower case, so a lower-case word after a mark continues the sentence. */
  lowercaseContinues: boolean;
  /** Terminal marks inside a quotation end a sentence (our guidelines), or not (Italian, Russian, Slovak style). */
  splitInsideQuotes: boolean;
  /** Pairs of quotation marks (open, close), used when `splitInsideQuotes` is false. */
  quotePairs: readonly string[];
  /** A line that ends with one of these continues on the next line (hard-wrapped or introducing it). */
  lineContinuations: string;
}
