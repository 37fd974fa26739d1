/** The output contract, version 1: one record per input report. Offsets are code points, end exclusive. */

export const SCHEMA_VERSION = 1 as const;

export interface OutSpan {
  text: string;
  start: number;
  end: number;
}

export interface Source {
  path: string | null;
  line: number | null;
  id: string | null;
  encoding?: string;
}

/** The languages with rules of their own (abbreviations, reporting verbs, boilerplate markers). */
export type RuleLanguageCode = 'arb' | 'eng' | 'fra';

/**
 * ISO 639-3 as franc names it: one of the rule languages, `und` when the text is too short to say, or
 * another code when the text is in another language (`(string & {})` keeps editors suggesting the named
 * ones while any three-letter code type-checks).
 */
export type LanguageCode = RuleLanguageCode | 'und' | (string & {});

export interface Language {
  code: LanguageCode;
  iso6391: string | null;
  confidence: number;
}

export type BoilerplateKind =
  | 'channel_link'
  | 'promo'
  | 'caption'
  | 'related_headline'
  | 'share'
  | 'copyright'
  | 'byline'
  | 'repeated'
  | 'other';

export interface BoilerplateSpan extends OutSpan {
  kind: BoilerplateKind;
  /** The name of the rule that matched, `<language>/<rule>` or `user/<rule>`. */
  rule: string;
}

export interface Sentence extends OutSpan {
  index: number;
  paragraph: number;
}

export interface Quote extends OutSpan {
  index: number;
  type: 'direct' | 'indirect';
  speaker: OutSpan | null;
  cue: OutSpan | null;
  implicitSpeaker: boolean;
  sentences: number[];
}

export interface Metadata {
  title: OutSpan | null;
  dateline: OutSpan | null;
  channel: string | null;
  agency: string | null;
  photographer: string | null;
  links: string[];
}

/** `WEMPTY` no text; `WINVALIDUTF8` undecodable bytes replaced with U+FFFD; `WLONESURROGATE` a JSONL text's lone surrogates replaced with U+FFFD; `WTRUNCATED` odd UTF-16 input. */
export type WarningCode = 'WEMPTY' | 'WINVALIDUTF8' | 'WLONESURROGATE' | 'WTRUNCATED';

export interface Warning {
  code: WarningCode;
  message: string;
}

export interface Report {
  schemaVersion: typeof SCHEMA_VERSION;
  source: Source;
  language: Language;
  text: string;
  metadata: Metadata;
  boilerplate: BoilerplateSpan[];
  sentences: Sentence[];
  quotes: Quote[];
  warnings: Warning[];
  /** Only with --group (see src/stories/assign-story.ts). */
  story?: { id: string; first: Source; similarity: number };
}

/** The names of version 0.1 of the library, kept so that code written against it still compiles. */
export type BoilerplateOut = BoilerplateSpan;
export type SentenceOut = Sentence;
export type QuoteOut = Quote;

export type ErrorCode =
  | 'ENOENT'
  | 'EACCES'
  | 'EISDIR'
  | 'EBINARY'
  | 'ETOOLARGE'
  | 'EJSONL'
  | 'ECHANGED'
  | 'EIO'
  | 'EINTERNAL';

export interface ErrorRecord {
  schemaVersion: typeof SCHEMA_VERSION;
  source: Source;
  error: { code: ErrorCode; message: string };
}

export type OutputRecord = Report | ErrorRecord;

/** An error that belongs in a record (the run goes on), as opposed to a bug. */
export class ReportError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ReportError';
  }
}
