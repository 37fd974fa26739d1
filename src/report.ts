import { findBoilerplate, type BoilerplateSpan, type RepeatedLines, type UserRules } from './boilerplate/index.js';
import {
  SCHEMA_VERSION,
  type Language,
  type Metadata,
  type Report,
  type Source,
  type Warning,
} from './contract/types.js';
import { LOW_CONFIDENCE, detectLanguage } from './language/detect.js';
import { iso6391, normaliseLanguageCode } from './language/codes.js';
import { findQuotes } from './quotes/index.js';
import { segment } from './sentences/index.js';
import { buildBody } from './text/body.js';
import { CodePointIndex } from './text/code-points.js';
import { complement, type Span } from './text/span.js';

export interface ParseOptions {
  /** Skip detection: ISO 639-1 (`ar`) or 639-3 (`arb`). */
  language?: string;
  /** Report boilerplate spans but keep their text in the body. */
  keepBoilerplate?: boolean;
  /** Where the text came from; copied into `source`. */
  source?: Partial<Source>;
  /** Warnings from before parsing (decoding), carried into the record. */
  warnings?: Warning[];
  /** A user's own boilerplate patterns (`loadUserRules`, the CLI's `--rules FILE`). */
  userRules?: UserRules;
  /**
   * Corpus-level footer learning: the learner shared by all reports of a run, and the group (folder) this
   * report belongs to. The report is counted, then lines seen in enough reports of the group are cut.
   */
  repeated?: RepeatedLines;
  folder?: string;
  /** `repeated` spans already found by a learner outside this call (the CLI's main thread). */
  repeatedSpans?: readonly BoilerplateSpan[];
}

/**
 * The library's entry point: one report's text in, one record out. Pure: the same text and options give
 * the same record (a shared `repeated` learner is the one deliberate exception: it remembers the corpus). Stages run in order over the same text and answer in spans of it:
 * language → boilerplate → sentences → quotes, then everything is turned into code-point offsets.
 */
export function parseReport(text: string, options: ParseOptions = {}): Report {
  const warnings = [...(options.warnings ?? [])];
  if (text.trim() === '') warnings.push({ code: 'WEMPTY', message: 'the input has no text' });
  const language = chooseLanguage(text, options.language);
  const found = findBoilerplate(text, {
    language: language.code,
    userRules: options.userRules,
    repeated: options.repeated,
    folder: options.folder,
    repeatedSpans: options.repeatedSpans,
  });
  const boilerplate = found.spans;
  const regions = options.keepBoilerplate ? [{ start: 0, end: text.length }] : complement(boilerplate, text.length);
  const sentences = segment(text, regions, language.code);
  // A guessed language (a line or two of text) is no reason to miss a cue of another one.
  const quotes = findQuotes(text, sentences, language.code, regions, language.confidence < LOW_CONFIDENCE);

  const cp = new CodePointIndex(text);
  // Records are built field by field, not spread: this runs for every sentence of every report.
  const out = (s: Span) => ({ text: text.slice(s.start, s.end), start: cp.toCodePoint(s.start), end: cp.toCodePoint(s.end) });
  const m = found.metadata;
  const metadata: Metadata = {
    title: m.title && out(m.title),
    dateline: m.dateline && out(m.dateline),
    channel: m.channel,
    agency: m.agency,
    photographer: m.photographer,
    links: m.links,
  };
  return {
    schemaVersion: SCHEMA_VERSION,
    source: { path: null, line: null, id: null, ...options.source },
    language,
    text: options.keepBoilerplate ? text : buildBody(text, boilerplate),
    metadata,
    boilerplate: boilerplate.map((b: BoilerplateSpan) => ({
      kind: b.kind,
      rule: b.rule,
      text: text.slice(b.start, b.end),
      start: cp.toCodePoint(b.start),
      end: cp.toCodePoint(b.end),
    })),
    sentences: sentences.map((s, index) => ({
      index,
      text: text.slice(s.start, s.end),
      start: cp.toCodePoint(s.start),
      end: cp.toCodePoint(s.end),
      paragraph: s.paragraph,
    })),
    quotes: quotes.map((q, index) => ({
      index,
      type: q.type,
      text: text.slice(q.start, q.end),
      start: cp.toCodePoint(q.start),
      end: cp.toCodePoint(q.end),
      speaker: q.speaker && out(q.speaker),
      cue: q.cue && out(q.cue),
      implicitSpeaker: q.implicitSpeaker,
      sentences: q.sentences,
    })),
    warnings,
  };
}

function chooseLanguage(text: string, forced: string | undefined): Language {
  if (forced === undefined) return detectLanguage(text);
  const code = normaliseLanguageCode(forced);
  if (!code) throw new RangeError(`not a language code: ${JSON.stringify(forced)} (use ISO 639-1 like "ar" or 639-3 like "arb")`);
  return { code, iso6391: iso6391(code), confidence: 1 };
}
