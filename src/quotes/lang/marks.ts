/**
 * Quotation marks, by family: an opening mark pairs with a closing mark of its own family. Marks that
 * point one way only are `open`/`close`; the rest are read from their neighbours and the marks already
 * open. Real reports mix styles (`“...“`, `” ... ”`), so within a family any opener meets any closer.
 */
export interface MarkFamily {
  name: string;
  open: string;
  close: string;
  /** Marks that can do either job. */
  either: string;
  /** Doubles as an apostrophe between letters. */
  apostrophe?: boolean;
  /** Brackets only quote right after a cue (`وقال (...)`), never on their own. */
  weak?: boolean;
}

export const MARK_FAMILIES: readonly MarkFamily[] = [
  { name: 'double', open: '„', close: '', either: '"“”‟＂' },
  { name: 'guillemet', open: '«', close: '»', either: '' },
  { name: 'single-guillemet', open: '‹', close: '›', either: '' },
  { name: 'single', open: '‚', close: '', either: "'‘’‛", apostrophe: true },
  { name: 'corner', open: '「', close: '」', either: '' },
  { name: 'white-corner', open: '『', close: '』', either: '' },
  { name: 'bracket', open: '(', close: ')', either: '', weak: true },
];

/** Paragraphs a quote may reopen across (each paragraph starting with the mark again) before it is dropped. */
export const MAX_REOPENED_PARAGRAPHS = 12;
/** Longest stretch, in UTF-16 units, an open mark waits for its closer; keeps stray marks local. */
export const MAX_QUOTE_LENGTH = 6000;
