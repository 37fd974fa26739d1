/**
 * Embedded tweets, flattened by the scraper into `<tweet text>— Author (@handle) 8 décembre 2018  <tweet
 * text again>`, or into `<tweet text> pic.twitter.com/<id>` glued into the paragraph. The repeated copy
 * tells exactly where the tweet starts: the first copy is the text before the dash that the second copy
 * begins with.
 */
import { span, type PassContext } from '../context.js';
import type { Link } from '../links.js';
import { isBlank, lineAt, type Line } from '../lines.js';
import { endsSentenceAt, isClosingQuoteUnit, isDigit, isLower, isUpper, skipSpace, skipSpaceBack } from '../scan.js';
import type { BoilerplateSpan } from '../types.js';

const MAX_TWEET = 1200;
const MAX_AUTHOR = 80;
const MAX_DATE = 40;
const PROBE = 24;
const PIC = 'pic.twitter.com/';
const PIC_ID = 10;
const MAX_TWEET_LINES = 8;
/** A tweet of 280 characters and its link. */
const MAX_BARE_TWEET = 320;
const MAX_TWEET_LINE = 280;

export function tweets(ctx: PassContext, links: readonly Link[]): BoilerplateSpan[] {
  const { text } = ctx;
  const out: BoilerplateSpan[] = [];
  let previousEnd = 0; // tweets never overlap: a handle inside the last one is its own attribution
  // Found by its `@`: a search for `(` stops at every `ب` and `ة` of an Arabic text (same low byte).
  for (let sign = text.indexOf('@', 1); sign >= 0; sign = text.indexOf('@', sign + 1)) {
    if (text.charCodeAt(sign - 1) !== 0x28) continue;
    const at = sign - 1;
    if (at < previousEnd) continue;
    const found = attributedTweet(text, at, previousEnd, ctx.lines);
    if (found) out.push(found);
    if (found) previousEnd = found.end;
  }
  const attributed = [...out];
  let next = 0; // both lists are in text order
  let bareEnd = 0;
  // Every `pic.twitter.com/` lies inside a link (findLinks starts one at each that no link holds), so
  // the links' own text is searched, not the whole report again.
  for (const link of links) {
    for (let inUrl = link.url.indexOf(PIC); inUrl >= 0; inUrl = link.url.indexOf(PIC, inUrl + PIC.length)) {
      const at = link.start + inUrl;
      while (next < attributed.length && attributed[next].end <= at) next++;
      if (next < attributed.length && attributed[next].start <= at) continue;
      // The id is ten characters; a scraper glues the next word to it (`…/2pnPNfBGSnFlorian`).
      let end = at + PIC.length;
      while (end < text.length && end - at - PIC.length < PIC_ID && /[A-Za-z0-9]/u.test(text[end])) end++;
      out.push(span(bareTweetStart(text, at, bareEnd), end, 'other', 'common/embedded-tweet'));
      bareEnd = end;
    }
  }
  return out;
}

/** `— Author (@handle) date` at `handle`; the tweet around it, with both copies when it is repeated. */
function attributedTweet(text: string, handle: number, floor: number, lines: readonly Line[]): BoilerplateSpan | null {
  let close = handle + 2;
  while (close < text.length && close - handle < 20 && /\w/u.test(text[close])) close++;
  if (text[close] !== ')') return null;
  const authorFrom = Math.max(floor, handle - MAX_AUTHOR);
  const inAuthor = text.slice(authorFrom, handle).lastIndexOf('—');
  if (inAuthor < 0) return null;
  const dash = authorFrom + inAuthor;
  const dateEnd = yearEnd(text, close + 1);
  if (dateEnd < 0) return null;
  const second = skipSpace(text, dateEnd);
  const firstEnd = skipSpaceBack(text, dash);
  const probe = text.slice(second, second + PROBE);
  if (probe.length === PROBE) {
    const from = Math.max(floor, firstEnd - MAX_TWEET);
    const window = text.slice(from, firstEnd);
    for (let p = window.lastIndexOf(probe); p >= 0; p = p > 0 ? window.lastIndexOf(probe, p - 1) : -1) {
      const copy = window.slice(p);
      if (text.startsWith(copy, second)) return span(from + p, second + copy.length, 'other', 'common/embedded-tweet');
    }
  }
  return span(tweetLinesAbove(text, lines, dash, floor), dateEnd, 'other', 'common/embedded-tweet');
}

/**
 * A tweet kept as lines of its own above its `— Author (@handle)` line: the lines right above that no
 * sentence mark closes (a tweet's lines seldom end with one; the paragraph above it does).
 */
function tweetLinesAbove(text: string, lines: readonly Line[], dash: number, floor: number): number {
  const line = lineAt(lines, dash);
  if (skipSpace(text, line.start, dash) !== dash) return dash; // the attribution does not open its line
  let start = dash;
  for (let i = line.index - 1, taken = 0; i >= 0 && taken < MAX_TWEET_LINES; i--, taken++) {
    const above = lines[i];
    if (isBlank(above) || above.trimmed.start < floor || above.trimmed.end - above.trimmed.start > MAX_TWEET_LINE) break;
    let last = above.trimmed.end - 1;
    while (last > above.trimmed.start && isClosingQuoteUnit(text.charCodeAt(last))) last--;
    if (endsSentenceAt(text, last) || text.charCodeAt(last) === 0x3a) break;
    start = above.trimmed.start;
  }
  return start;
}

/** The end of the date after a handle: the first four-digit year within a few words. */
function yearEnd(text: string, from: number): number {
  for (let i = from; i < text.length && i - from < MAX_DATE; i++) {
    if (isDigit(text[i]) && isDigit(text[i + 1]) && isDigit(text[i + 2]) && isDigit(text[i + 3]) && !isDigit(text[i + 4]) && !isDigit(text[i - 1])) {
      if (text[i] === '1' || text[i] === '2') return i + 4;
    }
  }
  return -1;
}

/**
 * Back from a `pic.twitter.com` link to the sentence end before the tweet. Stops inside a tweet are
 * followed straight by a hashtag or mention (`copieusement.#Acte14`), so those do not count.
 */
function bareTweetStart(text: string, at: number, previousEnd: number): number {
  const floor = Math.max(previousEnd, at - MAX_TWEET);
  const joined = blockJoinBefore(text, at, Math.max(floor, at - MAX_BARE_TWEET));
  if (joined >= 0) return joined;
  for (let i = at - 1; i > floor; i--) {
    if (text[i] === '\n') return skipSpace(text, i);
    if (endsSentenceAt(text, i - 1) && text[i] !== '#' && text[i] !== '@' && text[i] !== '.') return skipSpace(text, i);
  }
  return at;
}

/**
 * `… contestataire.Ce que les #GiletsJaunes …`: where the scraper joined the tweet's block to the
 * paragraph before it, a full stop runs into a capitalised word with no space. Within a tweet's length of
 * the link, that is where the tweet starts, even when the tweet has sentence marks of its own.
 */
function blockJoinBefore(text: string, at: number, floor: number): number {
  for (let i = at - 1; i > floor; i--) {
    if (text[i] === '\n') return -1;
    if (text[i - 1] === '.' && isUpper(text[i]) && isLower(text[i + 1]) && isLower(text[i - 2])) return i;
  }
  return -1;
}
