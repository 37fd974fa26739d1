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

export interface Language {
  /** ISO 639-3 as franc names it (`arb`, `eng`, `fra`), or `und` when the text is too short to say. */
  code: string;
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

export interface BoilerplateOut extends OutSpan {
  kind: BoilerplateKind;
  /** The name of the rule that matched, `<language>/<rule>` or `user/<rule>`. */
  rule: string;
}

export interface SentenceOut extends OutSpan {
  index: number;
  paragraph: number;
}

export interface QuoteOut extends OutSpan {
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

export interface Warning {
  code: string;
  message: string;
}

export interface Report {
  schemaVersion: typeof SCHEMA_VERSION;
  source: Source;
  language: Language;
  text: string;
  metadata: Metadata;
  boilerplate: BoilerplateOut[];
  sentences: SentenceOut[];
  quotes: QuoteOut[];
  warnings: Warning[];
  /** Only with --group (see src/stories/assign-story.ts). */
  story?: { id: string; first: Source; similarity: number };
}

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
