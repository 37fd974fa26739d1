/**
 * Embedded social posts flattened into the paragraph: `Voir cette publication sur Instagram <caption> Une
 * publication partagée par Name (@handle) le 1 déc. 2018 à 4 :12 PST`, often twice in a row. The embed
 * runs from its opener to the time zone (or the date) closing its last `shared by` line; the body resumes
 * after it.
 */
import { span, type PassContext } from '../context.js';
import { EMBEDS } from '../rules/common.js';
import type { BoilerplateSpan } from '../types.js';

const MAX_EMBED = 1500;
const MAX_ATTRIBUTION = 140;
const TIME_ZONE = /\b(?:PST|PDT|EST|EDT|CST|CDT|UTC|GMT|CET|CEST|BST)\b/gu;

/**
 * A word every opener holds: one native search for it rules out most reports, instead of one search of
 * the whole text per opener. Null if an opener lacks it (then each opener is searched for).
 */
const SHARED_WORD = EMBEDS.every((e) => e.opener.includes('Instagram')) ? 'Instagram' : null;

export function embeds(ctx: PassContext): BoilerplateSpan[] {
  const { text } = ctx;
  const out: BoilerplateSpan[] = [];
  if (SHARED_WORD !== null && !text.includes(SHARED_WORD)) return out;
  for (const { opener, sharedBy } of EMBEDS) {
    for (let at = text.indexOf(opener); at >= 0; at = text.indexOf(opener, at + opener.length)) {
      if (out.length > 0 && at < out[out.length - 1].end) continue;
      const window = text.slice(at, at + MAX_EMBED);
      let shared = window.indexOf(sharedBy);
      if (shared < 0) continue;
      let end = -1;
      // Each `shared by` closes one copy; the copy right after (within one attribution's reach) is the same embed.
      while (shared >= 0) {
        const close = attributionEnd(window, shared + sharedBy.length);
        if (close < 0) break;
        end = close;
        const next = window.indexOf(sharedBy, close);
        shared = next >= 0 && next - close < MAX_ATTRIBUTION * 2 ? next : -1;
      }
      if (end > 0) out.push(span(at, at + end, 'other', 'common/instagram-embed'));
    }
  }
  return out;
}

/** The end of `Name (@handle) <date> <zone>`: the time zone, or the handle's bracket if none follows. */
function attributionEnd(window: string, from: number): number {
  const piece = window.slice(from, from + MAX_ATTRIBUTION);
  const handle = piece.indexOf(')');
  if (handle < 0) return -1;
  TIME_ZONE.lastIndex = handle;
  const zone = TIME_ZONE.exec(piece);
  return from + (zone ? zone.index + zone[0].length : handle + 1);
}
