import type { Lexicon } from './lexicon.js';
import type { Line } from './lines.js';
import type { BoilerplateSpan } from './types.js';

/** What every pass reads: the text, its lines and the merged word lists of the report's rule sets. */
export interface PassContext {
  text: string;
  lines: readonly Line[];
  lexicon: Lexicon;
}

/** What the passes learn about the report besides spans; metadata.ts turns it into `FoundMetadata`. */
export interface Credit {
  agency: string | null;
  photographer: string | null;
}

export const span = (start: number, end: number, kind: BoilerplateSpan['kind'], rule: string): BoilerplateSpan => ({ start, end, kind, rule });
