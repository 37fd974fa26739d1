/**
 * Arabic text saved by old Windows or Unix tools is Windows-1256 or ISO-8859-6. Both put Arabic letters in
 * the upper half of the byte range but at different places, so each candidate is decoded and the one that
 * reads most like Arabic wins; a result that does not read as Arabic at all is refused (null).
 */
const CANDIDATES = ['windows-1256', 'iso-8859-6'] as const;

export function chooseLegacyArabic(bytes: Uint8Array): { text: string; encoding: string } | null {
  let best: { text: string; encoding: string; score: number } | null = null;
  for (const encoding of CANDIDATES) {
    let text: string;
    try {
      text = new TextDecoder(encoding).decode(bytes);
    } catch {
      continue; // a Node built without full ICU has no such decoder
    }
    const score = arabicScore(text);
    if (!best || score > best.score) best = { text, encoding, score };
  }
  return best && best.score > 0.6 ? best : null;
}

/** Share of the upper-half characters that are Arabic letters, marks or punctuation. */
function arabicScore(text: string): number {
  let high = 0;
  let arabic = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    high++;
    if (c >= 0x0600 && c <= 0x06ff) arabic++;
  }
  return high ? arabic / high : 0;
}
