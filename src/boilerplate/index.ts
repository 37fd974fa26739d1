/**
 * The boilerplate stage: finds what is not the report (channel links, promotions, captions, related
 * headlines, share widgets, copyright lines, bylines), names each span with its kind and rule, and reads
 * the report's metadata. A list of small passes over the lines of the text, each in its own file under
 * passes/; the language knowledge they read is data in rules/.
 */
import { captions } from './passes/captions.js';
import { edges } from './passes/edges.js';
import { embeds } from './passes/embeds.js';
import { labelBlocks } from './passes/label-blocks.js';
import { bylines } from './passes/bylines.js';
import { gluedHeadlines } from './passes/glued-headlines.js';
import { invisibleLines } from './passes/invisible-lines.js';
import { lineRules, neighbourRules } from './passes/line-rules.js';
import { linkLines } from './passes/link-lines.js';
import { pullQuotes } from './passes/pull-quotes.js';
import { relatedLedes } from './passes/related-ledes.js';
import { markerRuns } from './passes/markers.js';
import { mediaTitles } from './passes/media-title.js';
import { separators } from './passes/separators.js';
import { tweets } from './passes/tweets.js';
import type { Credit, PassContext } from './context.js';
import { lexiconFor, type Lexicon } from './lexicon.js';
import { splitLines } from './lines.js';
import { findLinks } from './links.js';
import { buildMetadata, type FoundMetadata } from './metadata.js';
import type { RepeatedLines } from './repeated.js';
import { resolve } from './resolve.js';
import { rulesFor } from './rules/index.js';
import type { BoilerplateSpan } from './types.js';
import { applyUserRules, type UserRules } from './user-rules.js';

export type { BoilerplateSpan } from './types.js';
export type { FoundMetadata } from './metadata.js';
export { RepeatedLines, type RepeatedLinesOptions } from './repeated.js';
export { loadUserRules, UserRulesError, type UserRules, type UserRuleInput, type UserRulesInput } from './user-rules.js';

export interface BoilerplateOptions {
  /** ISO 639-3 code of the report's language (`arb`, `eng`, `fra`; `und` tries them all; others: common rules only). */
  language: string;
  /** A user's own patterns, from `loadUserRules` (`--rules FILE`). */
  userRules?: UserRules;
  /**
   * The corpus-level footer learner shared by a run. The report is fed to it (unless `learn` is false),
   * then the lines it has seen in enough reports of the same `folder` are marked `repeated`.
   */
  repeated?: RepeatedLines;
  /** The group a report belongs to for `repeated` (its folder or source); default `''`. */
  folder?: string;
  /** Default true; false only asks the learner (the second pass of a two-pass run). */
  learn?: boolean;
  /**
   * `repeated` spans a learner elsewhere already found for this text (a parallel run keeps one learner on
   * its main thread, so results do not depend on which worker parsed what).
   */
  repeatedSpans?: readonly BoilerplateSpan[];
}

export interface BoilerplateResult {
  /** Sorted, non-overlapping, trimmed. */
  spans: BoilerplateSpan[];
  metadata: FoundMetadata;
}

const lexicons = new Map<string, Lexicon>();

/** The lexicon of a language's rule sets, looked up by the language code alone. */
function lexiconOf(language: string): Lexicon {
  let lexicon = lexicons.get(language);
  if (!lexicon) {
    if (lexicons.size > 1000) lexicons.clear(); // a library caller may pass any string
    lexicons.set(language, (lexicon = lexiconFor(rulesFor(language))));
  }
  return lexicon;
}

export function findBoilerplate(text: string, options: BoilerplateOptions): BoilerplateResult {
  const lines = splitLines(text);
  const ctx: PassContext = { text, lines, lexicon: lexiconOf(options.language) };
  const links = findLinks(text);
  const credits: Credit[] = [];
  // Lists are appended one span at a time, never spread into push (a hostile text can yield more spans
  // than a call may take arguments) nor joined with concat (which costs more than the short lists).
  const found: BoilerplateSpan[] = [];
  append(found, lineRules(ctx));
  append(found, markerRuns(ctx));
  append(found, invisibleLines(ctx));
  append(found, captions(ctx, credits));
  append(found, gluedHeadlines(ctx));
  append(found, tweets(ctx, links));
  append(found, bylines(ctx, credits));
  append(found, linkLines(ctx, links));
  append(found, labelBlocks(ctx));
  append(found, embeds(ctx));
  append(found, pullQuotes(ctx));
  append(found, edges(ctx));
  if (options.userRules) append(found, applyUserRules(text, lines, options.userRules, options.language));
  if (options.repeated) {
    const folder = options.folder ?? '';
    if (options.learn !== false) options.repeated.add(text, folder, lines);
    append(found, options.repeated.find(text, folder, lines));
  }
  if (options.repeatedSpans) append(found, options.repeatedSpans);
  append(found, neighbourRules(ctx, found));
  append(found, separators(ctx, found));
  append(found, mediaTitles(ctx, found));
  append(found, relatedLedes(ctx, found));
  const spans = resolve(text, found);
  return { spans, metadata: buildMetadata(text, lines, spans, links, credits) };
}

function append(to: BoilerplateSpan[], list: readonly BoilerplateSpan[]): void {
  for (let i = 0; i < list.length; i++) to.push(list[i]);
}
