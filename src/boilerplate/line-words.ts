/**
 * The lines of a report that may hold a word of the line rules that look for words anywhere in a line
 * (`contains`): found by native searches over the whole text, one per word, from the word's rarest
 * character (anchors.ts), instead of a scan of every line for all the words. Most reports hold none of
 * them, and then no line is scanned at all.
 */
import { anchorOf } from './anchors.js';
import { lineAt, type Line } from './lines.js';

interface Needle {
  needle: string;
  /** Searched in the lower-cased text (the words have case), else in the text as written. */
  lowered: boolean;
  words: { word: string; offset: number }[];
}

export class WordLines {
  private readonly needles: Needle[] = [];
  /** A cased word with a Greek sigma, whose lower case hangs on the letters around it: lines are not told. */
  private readonly sigma: boolean;

  /**
   * `uncased` words are found in a line as written, `cased` ones (lower-cased) in its lower case (see
   * line-matcher.ts): here, in the lower case of the whole text, which is the lines' lower cases end to end
   * while it is as long as the text (`İ` is the one character whose lower case is longer).
   */
  constructor(uncased: readonly string[], cased: readonly string[]) {
    const add = (word: string, lowered: boolean) => {
      const { needle, offset } = anchorOf(word);
      const same = this.needles.find((n) => n.needle === needle && n.lowered === lowered);
      if (same) same.words.push({ word, offset });
      else this.needles.push({ needle, lowered, words: [{ word, offset }] });
    };
    for (const w of uncased) add(w, false);
    for (const w of cased) add(w, true);
    this.sigma = cased.some((w) => /[σς]/u.test(w));
  }

  /** Per line, 1 where a word may be in it; null when this cannot tell (then any line may hold one). */
  mark(text: string, lines: readonly Line[]): Uint8Array | null {
    if (this.sigma) return null;
    const marks = new Uint8Array(lines.length);
    let lowered: string | null = null;
    for (const { needle, lowered: inLower, words } of this.needles) {
      if (inLower && lowered === null) {
        lowered = text.toLowerCase();
        if (lowered.length !== text.length) return null;
      }
      const hay = inLower ? lowered! : text;
      let at = hay.indexOf(needle);
      while (at >= 0) {
        if (!words.some(({ word, offset }) => at >= offset && hay.startsWith(word, at - offset))) {
          at = hay.indexOf(needle, at + 1);
          continue;
        }
        const line = lineAt(lines, at);
        marks[line.index] = 1;
        at = hay.indexOf(needle, Math.max(at + 1, line.end)); // one word is enough for a line
      }
    }
    return marks;
  }
}
