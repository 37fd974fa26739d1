/**
 * Where the verb comes first (Arabic), a cue with no subject of its own inside a sentence continues the
 * clause that sentence opened: `ونشرت هيئة المرور ... نسخة مما قالت إنها`, `كما تطرق الوزير إلى ...، وقال إن`,
 * `وكان الرئيس، قد عبر ...، مضيفا`. Its speaker is the subject after that opening verb, even when the verb
 * is no verb of saying. Asked only for implicit cues, over the few tokens between the cue and the clause start.
 */
import type { Mention, QuoteContext } from './context.js';
import { COMMA, isPunct, tokenIndexAt } from './context.js';
import type { Cue } from './find-cues.js';
import { FEMININE, MASCULINE, PLURAL } from './lang/agreement.js';
import { mentionAfter, startsWithOneOf, tokenHasDigit } from './read-mention.js';
import { TERMINAL_BIT, markAt, punctIn, tokenAt } from './token-at.js';

const SEMICOLONS = ';؛';
const COMMA_OR_SEMICOLON = COMMA + SEMICOLONS;

/** Tokens looked back over from the cue for the start of its clause. */
const CLAUSE_REACH = 48;

/**
 * The subject of the verb that opens the clause of `cue`: the nearest opening after a comma and a
 * particle (`، بل قلل مسؤول`), else the sentence's first verb. `marks` (speaker-agreement.ts) are the
 * cue's gender and number; a singular cue agrees with its opening verb (`نشرت ... قالت`).
 */
export function verbFirstSubject(ctx: QuoteContext, cue: Cue, marks: number): Mention | null {
  const { tokens, lex } = ctx;
  if (lex.clauseOpeners.size === 0) return null;
  const sentence = tokens[cue.first]!.sentence;
  let k = cue.first - 1;
  for (; k >= 0 && cue.first - k <= CLAUSE_REACH; k--) {
    const t = tokens[k]!;
    if (t.sentence !== sentence || (punctIn(t, TERMINAL_BIT) && !isPunct(t, SEMICOLONS))) break;
    // `، بل قلل مسؤول إسرائيلي من ...، قائلا`: a particle after a comma opens a new clause.
    if (isPunct(t, COMMA_OR_SEMICOLON) && lex.clauseOpeners.hasWord(tokens[k + 1]) && k + 2 < cue.first) {
      const m = subjectOf(ctx, k + 2, cue, marks);
      if (m) return m;
    }
    if (t.lineBefore) { k--; break; }
  }
  const first = k + 1;
  if (first >= cue.first || cue.first - first > CLAUSE_REACH) return null;
  let verb = first;
  // Past a bullet, a particle, a conjunction or a negation (`- لم يعلن ترامب ...؛ بل قال`) to the verb.
  while (verb < cue.first && (tokens[verb]!.kind === 'punct' || lex.clauseOpeners.hasWord(tokens[verb]) || lex.conjunctions.hasWord(tokens[verb]) || lex.verbNegations.hasWord(tokens[verb]))) verb++;
  return verb < cue.first ? subjectOf(ctx, verb, cue, marks) : null;
}

/** The mention after the verb at token `verb`, when the word looks like a verb and agrees with the cue. */
function subjectOf(ctx: QuoteContext, verb: number, cue: Cue, marks: number): Mention | null {
  const { tokens, lex } = ctx;
  const t = tokens[verb]!;
  const copula = lex.perfectCopulas.hasWord(t);
  if (t.kind !== 'word' || ctx.cueOfToken[verb] || (!copula && !looksVerbal(ctx, verb))) return null;
  // A singular cue takes the gender of the verb that opened its clause: the feminine ending `ت`.
  if ((marks & PLURAL) === 0 && (marks & (FEMININE | MASCULINE)) !== 0 && !copula) {
    const feminine = t.norm.endsWith('ت');
    if (feminine !== ((marks & FEMININE) !== 0)) return null;
  }
  let m = mentionAfter(ctx, verb + 1, verb);
  // `أجمع عدد من عضوات ...`: a quantifier and `من` stand before the group that spoke.
  if (m && m.first === m.last && lex.quantifierHeads.hasWord(tokens[m.first]) && tokens[m.last + 1]?.norm === 'من') m = mentionAfter(ctx, m.last + 2, verb);
  if (!m || m.last >= cue.first || lex.pronouns.hasWord(tokens[m.first]) || lex.source.cueLinks.includes(tokens[m.first]!.norm)) return null;
  return objectCut(ctx, withMarkedName(ctx, m));
}

/** `وكانت صحيفة "لوموند" نشرت`: a noun that heads a name takes the name in marks after it, whatever follows. */
function withMarkedName(ctx: QuoteContext, m: Mention): Mention {
  const { tokens } = ctx;
  const open = m.last + 1;
  if (ctx.markOfToken[open] !== 'open' || !ctx.lex.nameHeads.hasWord(tokens[m.last])) return m;
  const close = tokenIndexAt(tokens, ctx.pairOfToken[open]!.close);
  if (close - open - 1 < 1 || close - open - 1 > MAX_NAME_WORDS) return m;
  return { start: m.start, end: tokens[close]!.end, first: m.first, last: close };
}

/** Most words of a name in marks. */
const MAX_NAME_WORDS = 4;

/**
 * The subject alone, before what its verb governs: a link (`تطرق الوزير إلى الملف`: the link is the
 * verb's, not a title's), an indefinite accusative (`فتحت الشركة تحقيقا`, the alif of tanween), or a
 * definite noun after a complete construct (`زار رئيس الحكومة المستشفى`); only a relative adjective
 * (nisba, `-ي`/`-ية`) goes on describing one (`رئيس الحكومة الإسرائيلية`).
 */
function objectCut(ctx: QuoteContext, m: Mention): Mention {
  const { tokens, lex } = ctx;
  let construct = false;
  for (let k = m.first + 1; k <= m.last; k++) {
    const t = tokens[k]!;
    // Marks around a name and an apposition's comma belong to the mention.
    if (t.kind !== 'word') continue;
    const accusative = t.norm.length >= 4 && t.norm.endsWith('ا') && !isDefinite(ctx, k);
    const afterConstruct = construct && isDefinite(ctx, k) && !isNisba(ctx.text, t.end);
    // `مجلة "الأفق" نشرت`: after a marked name only an adjective with its article goes on.
    const afterName = markAt(ctx, k - 1) === 'close' && !isDefinite(ctx, k);
    construct ||= isDefinite(ctx, k) && tokenAt(ctx, k - 1)!.kind === 'word' && !isDefinite(ctx, k - 1);
    if (lex.mentionLinks.hasWord(t) || accusative || afterConstruct || afterName) return { start: m.start, end: tokenAt(ctx, k - 1)!.end, first: m.first, last: k - 1 };
  }
  return m;
}

/** Whether token k carries the definite article (`ال`). */
function isDefinite(ctx: QuoteContext, k: number): boolean {
  return startsWithOneOf(ctx.tokens[k]!.norm, ctx.lex.definitePrefixes);
}

/** Whether the word ending at `end` ends in `ي` or `ية` as written (the folded form merges `ى` into `ي`). */
function isNisba(text: string, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  return last === YEH || (last === TEH_MARBUTA && text.charCodeAt(end - 2) === YEH);
}
const YEH = 0x064a;
const TEH_MARBUTA = 0x0629;

/** Whether a verb-first language's cue stands inside its sentence, after its first word (`مما قالت`, `، وقالت`). */
export function insideVerbFirstClause(ctx: QuoteContext, cue: Cue): boolean {
  // `، حسب تأكيدهم`: a prepositional cue names a source apart from the clause, never its subject.
  if (ctx.lex.clauseOpeners.size === 0 || cue.kind !== 'verb') return false;
  const before = tokenAt(ctx, cue.first - 1);
  return before !== undefined && before.sentence === ctx.tokens[cue.first]!.sentence && !ctx.tokens[cue.first]!.lineBefore && !punctIn(before, TERMINAL_BIT);
}

/** A word that can open a verb-first clause: no stop word, article noun, pronoun or number. */
function looksVerbal(ctx: QuoteContext, k: number): boolean {
  const { tokens, lex } = ctx;
  const t = tokens[k]!;
  if (lex.prefixedStops.hasWord(t) || lex.complementizers.hasWord(t) || lex.pronouns.hasWord(t) || tokenHasDigit(ctx, t)) return false;
  // `وزير الخارجية قال`: a title or a named noun opens a subject, not a verb.
  if (lex.descriptionHeads.hasWord(t) || lex.titles.hasWord(t) || lex.nameHeads.hasWord(t) || lex.quantifierHeads.hasWord(t)) return false;
  let word = t.norm;
  for (const p of lex.prefixes) if (word.length > p.length + 2 && word.startsWith(p)) { word = word.slice(p.length); break; }
  return lex.source.definitePrefixes === undefined || !startsWithOneOf(word, lex.source.definitePrefixes);
}
