import type { Boundary, Scope } from '../boundary.js';
import { isBullet, isDigit, isUpper } from '../chars.js';
import { isSpace } from '../../text/span.js';

const DOT = 0x2e;
const CLOSE = 0x29;

interface Marker {
  /** Where the item starts: its bullet if it has one, else its number or letter. */
  start: number;
  /** The marker's own dot or bracket. */
  punctuation: number;
  value: number;
}

/**
 * An inline list, "1. The first item 2. The second item" or "a) ... b) ...": each marker after the first
 * opens a new sentence, and the dot of a marker ("1.") ends nothing. Only markers that count on from the
 * one before (1 then 2, a then b) make a list, so a lone "2." in running text is left alone.
 */
export function findListItems(scope: Scope, boundaries: Boundary[], listPunctuation: readonly number[]): Boundary[] {
  const markers = findMarkers(scope, listPunctuation);
  const items: Marker[] = [];
  for (let k = 1; k < markers.length; k++) {
    if (markers[k].value !== markers[k - 1].value + 1) continue;
    if (items[items.length - 1] !== markers[k - 1]) items.push(markers[k - 1]);
    items.push(markers[k]);
  }
  if (items.length === 0) return boundaries;
  const dots = new Set(items.map((m) => m.punctuation));
  for (const b of boundaries) if (b.kind === 'mark' && dots.has(b.at)) { b.split = false; b.settled = true; }
  const starts = items.filter((m, k) => k > 0 && items[k - 1].value + 1 === m.value);
  const added: Boundary[] = starts.map((m) => ({ kind: 'list', at: m.start, markEnd: m.start, end: m.start, split: true, settled: true }));
  return [...boundaries, ...added].sort((a, b) => a.end - b.end || a.at - b.at);
}

/**
 * Markers are found from their dot or closing bracket, which the text has few of and the scanner lists
 * (`listPunctuation`), then read backwards.
 */
function findMarkers(scope: Scope, listPunctuation: readonly number[]): Marker[] {
  const markers: Marker[] = [];
  for (const i of listPunctuation) {
    const marker = markerEndingAt(scope, i);
    if (marker) markers.push(marker);
  }
  return markers;
}

function markerEndingAt(scope: Scope, at: number): Marker | null {
  const { text } = scope;
  let after = at + 1;
  // "1.)" reads as one marker
  if (text.charCodeAt(at) === DOT && text.charCodeAt(after) === CLOSE) after++;
  if (text.charCodeAt(at) === CLOSE && text.charCodeAt(at - 1) === DOT) return null;
  if (after + 1 >= scope.end || !isSpace(text.charCodeAt(after)) || !isUpper(text.charCodeAt(after + 1))) return null;
  let start = at;
  while (start > scope.start && at - start < 2 && isDigit(text.charCodeAt(start - 1))) start--;
  let value: number;
  if (start < at) value = Number(text.slice(start, at));
  else if (start > scope.start && isAsciiLower(text.charCodeAt(start - 1))) value = text.charCodeAt(--start) - 0x60;
  else return null;
  if (start > scope.start && isBullet(text.charCodeAt(start - 1))) start--;
  else if (start > scope.start + 1 && isSpace(text.charCodeAt(start - 1)) && isBullet(text.charCodeAt(start - 2))) start -= 2;
  if (start > scope.start && !isSpace(text.charCodeAt(start - 1))) return null;
  return { start, punctuation: at, value };
}

const isAsciiLower = (code: number): boolean => code >= 0x61 && code <= 0x7a;
