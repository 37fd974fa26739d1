/**
 * URLs in the text, found with a scanner: a URL starts at `http://`, `https://`, `www.` or
 * `pic.twitter.com/` and runs to white space, a bracket or a quote; trailing punctuation is not part of it.
 */
import type { Span } from '../text/span.js';
import { isSpaceAt } from './scan.js';

const codes = (chars: string): Set<number> => new Set([...chars].map((c) => c.charCodeAt(0)));
const STOPS = codes('"\'<>()[]{}«»“”‘’|—');
const TRAILING = codes('.,;:!?؟،…');

export interface Link extends Span {
  url: string;
  host: string;
}

export function findLinks(text: string): Link[] {
  const links: Link[] = [];
  const starts = new UrlStarts(text);
  for (let next = starts.next(0); next >= 0; ) {
    let end = next;
    while (end < text.length && !isSpaceAt(text, end) && !STOPS.has(text.charCodeAt(end)) && text.charCodeAt(end) < 0x0600) end++;
    while (end > next && TRAILING.has(text.charCodeAt(end - 1))) end--;
    const url = text.slice(next, end);
    links.push({ start: next, end, url, host: hostOf(url) });
    next = starts.next(Math.max(end, next + 1));
  }
  return links;
}

/**
 * Where URLs start: `https://`, `http://`, `www.` or `pic.twitter.com/`, the nearest at or after a point.
 * Each is found by a native search (both schemes by their `://`), searched again only once passed.
 */
class UrlStarts {
  private scheme = -2; // -2: not searched yet; -1: none left
  private www = -2;
  private pic = -2;

  constructor(private readonly text: string) {}

  next(from: number): number {
    const { text } = this;
    if (this.scheme === -2 || (this.scheme >= 0 && this.scheme < from)) this.scheme = this.schemeAt(from);
    if (this.www === -2 || (this.www >= 0 && this.www < from)) this.www = text.indexOf('www.', from);
    if (this.pic === -2 || (this.pic >= 0 && this.pic < from)) this.pic = text.indexOf('pic.twitter.com/', from);
    let best = -1;
    for (const at of [this.scheme, this.www, this.pic]) if (at >= 0 && (best < 0 || at < best)) best = at;
    return best;
  }

  /** The first `https://` or `http://` at or after `from`, or -1. */
  private schemeAt(from: number): number {
    const { text } = this;
    for (let colon = text.indexOf('://', from + 4); colon >= 0; colon = text.indexOf('://', colon + 1)) {
      if (colon - 5 >= from && text.startsWith('https', colon - 5)) return colon - 5;
      if (text.startsWith('http', colon - 4)) return colon - 4;
    }
    return -1;
  }
}

/** The host of a URL, read up to its first `/ ? #` (never splitting the whole URL: it may be megabytes). */
export function hostOf(url: string): string {
  const rest = stripScheme(url);
  let end = 0;
  while (end < rest.length && !HOST_END.has(rest.charCodeAt(end))) end++;
  const host = rest.slice(0, end).toLowerCase();
  return host.startsWith('www.') ? host.slice(4) : host;
}
const HOST_END = codes('/?#');

export function stripScheme(url: string): string {
  return url.startsWith('https://') ? url.slice(8) : url.startsWith('http://') ? url.slice(7) : url;
}
