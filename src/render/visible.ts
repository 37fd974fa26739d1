/**
 * What a report may hold but a terminal must not receive: control characters run commands there (an ESC
 * sequence can set the window title, write the clipboard, clear the screen or move the cursor over lines
 * already drawn) and bidi overrides reorder what follows. Every one is replaced by a visible stand-in, so
 * the reader sees that it is there and the terminal does nothing. Tab and newline stay (a tab as spaces).
 */

const BIDI_NAMES: Readonly<Record<string, string>> = {
  '\u202a': 'LRE',
  '\u202b': 'RLE',
  '\u202c': 'PDF',
  '\u202d': 'LRO',
  '\u202e': 'RLO',
  '\u2066': 'LRI',
  '\u2067': 'RLI',
  '\u2068': 'FSI',
  '\u2069': 'PDI',
  '\u2028': 'LS',
  '\u2029': 'PS',
};

// C0 but tab and newline, DEL, C1, the bidi embeddings, overrides and isolates, the Unicode line breaks.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/gu;
const CR_AT_LINE_END = /\r+(?=\n|$)/gu;
const TAB_SPACES = '    ';

/** The stand-in for one unsafe character: a control picture (␛, ␇, ␍, ␡) or a bracketed name. */
function standIn(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  const bidi = BIDI_NAMES[ch];
  if (bidi) return `⟦${bidi}⟧`;
  return `⟦U+${code.toString(16).toUpperCase().padStart(4, '0')}⟧`; // C1
}

/** `text` safe to print: the CR of a CRLF line ending dropped, tabs as spaces, every other control made visible. */
export function visible(text: string): string {
  if (!/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/u.test(text)) return text;
  return text.replace(CR_AT_LINE_END, '').replaceAll('\t', TAB_SPACES).replace(UNSAFE, standIn);
}

/**
 * Columns a code point takes in a terminal: 0 for combining marks (Arabic harakat among them) and
 * zero-width format characters, 2 for East Asian wide and fullwidth characters and emoji, else 1.
 */
export function columns(cp: number): number {
  if (cp < 0x300) return 1;
  if (ZERO_WIDTH.test(String.fromCodePoint(cp))) return 0;
  return isWide(cp) ? 2 : 1;
}

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]$/u;

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Columns a string takes. */
export function width(s: string): number {
  let n = 0;
  for (const ch of s) n += columns(ch.codePointAt(0)!);
  return n;
}
