/**
 * URLs in the text, found with a scanner: a URL starts at `http://`, `https://`, `www.` or
 * `pic.twitter.com/` and runs to white space, a bracket or a quote; trailing punctuation is not part of it.
 */
import type { Span } from '../text/span.js';
import { isSpaceAt } from './scan.js';

const STARTS = ['https://', 'http://', 'www.', 'pic.twitter.com/'];
const codes = (chars: string): Set<number> => new Set([...chars].map((c) => c.charCodeAt(0)));
const STOPS = codes('"\'<>()[]{}«»“”‘’|—');
const TRAILING = codes('.,;:!?؟،…');

export interface Link extends Span {
  url: string;
  host: string;
}

export function findLinks(text: string): Link[] {
  const links: Link[] = [];
  const upcoming = STARTS.map(() => -2); // next occurrence of each start, -1 when there is none left
  let at = 0;
  while (at < text.length) {
    const next = nextStart(text, at, upcoming);
    if (next < 0) break;
    let end = next;
    while (end < text.length && !isSpaceAt(text, end) && !STOPS.has(text.charCodeAt(end)) && text.charCodeAt(end) < 0x0600) end++;
    while (end > next && TRAILING.has(text.charCodeAt(end - 1))) end--;
    const url = text.slice(next, end);
    links.push({ start: next, end, url, host: hostOf(url) });
    at = Math.max(end, next + 1);
  }
  return links;
}

/** The nearest start at or after `from`; each start string is searched again only once passed. */
function nextStart(text: string, from: number, upcoming: number[]): number {
  let best = -1;
  STARTS.forEach((s, k) => {
    if (upcoming[k] === -2 || (upcoming[k] >= 0 && upcoming[k] < from)) upcoming[k] = text.indexOf(s, from);
    const i = upcoming[k];
    if (i >= 0 && (best < 0 || i < best)) best = i;
  });
  return best;
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
