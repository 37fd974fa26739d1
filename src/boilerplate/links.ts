/**
 * URLs in the text, found with a scanner: a URL starts at `http://`, `https://`, `www.` or
 * `pic.twitter.com/` and runs to white space, a bracket or a quote; trailing punctuation is not part of it.
 */
import type { Span } from '../text/span.js';
import { isSpaceAt } from './scan.js';

/** Where a URL starts: `https://`, `http://`, `www.` or `pic.twitter.com/`; literals, so linear. */
const START = /https?:\/\/|www\.|pic\.twitter\.com\//g;
const codes = (chars: string): Set<number> => new Set([...chars].map((c) => c.charCodeAt(0)));
const STOPS = codes('"\'<>()[]{}«»“”‘’|—');
const TRAILING = codes('.,;:!?؟،…');

export interface Link extends Span {
  url: string;
  host: string;
}

export function findLinks(text: string): Link[] {
  const links: Link[] = [];
  START.lastIndex = 0;
  for (let m = START.exec(text); m !== null; m = START.exec(text)) {
    const next = m.index;
    let end = next;
    while (end < text.length && !isSpaceAt(text, end) && !STOPS.has(text.charCodeAt(end)) && text.charCodeAt(end) < 0x0600) end++;
    while (end > next && TRAILING.has(text.charCodeAt(end - 1))) end--;
    const url = text.slice(next, end);
    links.push({ start: next, end, url, host: hostOf(url) });
    START.lastIndex = Math.max(end, next + 1);
  }
  return links;
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
