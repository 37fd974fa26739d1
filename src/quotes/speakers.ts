import type { Mention } from './context.js';
import type { Cue } from './find-cues.js';

/** How a cue's speaker is known: a mention, a pronoun or no subject (implicit), or an antecedent. */
export interface SpeakerFound {
  speaker: Mention | null;
  implicit: boolean;
  /** Index of the first token after the cue and its mention. */
  after: number;
  /** The subject pronoun of an implicit cue (`he said`, `a-t-il`): the speaker when nothing earlier is. */
  pronoun?: Mention;
}

/**
 * Each cue's speaker, by the cue, as a map from cue to speaker would keep it: a list by the cue's index,
 * found by a binary search over the cues' head tokens (cues come in text order, apart). No hash table is
 * filled and asked per cue, and no table as long as the report is made.
 */
export class Speakers {
  private constructor(
    private readonly cues: readonly Cue[],
    private readonly found: SpeakerFound[],
  ) {}

  /** The speakers `found` of `cues` (same order). */
  static of(cues: readonly Cue[], found: readonly SpeakerFound[]): Speakers {
    return new Speakers(cues, found.slice());
  }

  /** Speakers of the same cues, starting again from `found`. */
  anew(found: readonly SpeakerFound[]): Speakers {
    return new Speakers(this.cues, found.slice());
  }

  private indexOf(cue: Cue): number {
    const { cues } = this;
    let lo = 0;
    let hi = cues.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cues[mid]!.head < cue.head) lo = mid + 1;
      else hi = mid;
    }
    if (cues[lo] === cue) return lo;
    // Heads out of order, were cues ever listed so: the list is read through.
    return cues.indexOf(cue);
  }

  get(cue: Cue): SpeakerFound | undefined {
    const i = this.indexOf(cue);
    return i >= 0 ? this.found[i] : undefined;
  }

  set(cue: Cue, found: SpeakerFound): void {
    const i = this.indexOf(cue);
    if (i < 0) throw new Error('Speakers.set: a cue of another list');
    this.found[i] = found;
  }
}
