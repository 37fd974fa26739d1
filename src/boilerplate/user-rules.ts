/**
 * A user's own boilerplate patterns (`--rules FILE`), in the JSON format documented in RULES.md. Loading
 * validates everything up front and throws a `UserRulesError` that says which rule is wrong and why, so a
 * bad file fails before the first report is parsed.
 *
 * Patterns are written in JavaScript syntax but run on RE2 (re2js, a pure-JavaScript port): its automata
 * match in time linear in the line whatever the pattern, so no rule a user writes can hang a run, which no
 * structural check of backtracking patterns could promise (`a*a*a*a*a*b`, `(?:a|aa)+$` pass any such check).
 */
import { createRequire } from 'node:module';
import type { RE2JS } from 're2js';
import type { BoilerplateKind } from '../contract/types.js';
import type { Line } from './lines.js';
import { isBlank } from './lines.js';
import { trimSpan } from '../text/span.js';
import type { BoilerplateSpan } from './types.js';

/**
 * re2js (its CommonJS build, the same code), loaded by the first --rules file: loading it cost every thread
 * of every run a tenth of a bare Node start-up, and most runs have no rules.
 */
const require = createRequire(import.meta.url);
let re2js: typeof RE2JS | null = null;
const engine = (): typeof RE2JS => (re2js ??= (require('re2js') as { RE2JS: typeof RE2JS }).RE2JS);

export type UserRuleScope = 'line' | 'match' | 'rest';

export interface UserRule {
  name: string;
  kind: BoilerplateKind;
  regex: RE2JS;
  scope: UserRuleScope;
  /** ISO 639-3 codes; empty means every language. */
  languages: string[];
}

export interface UserRules {
  rules: UserRule[];
}

/** One rule as written in a rules file (see RULES.md). */
export interface UserRuleInput {
  name: string;
  kind: Exclude<BoilerplateKind, 'repeated'>;
  pattern: string;
  flags?: string;
  scope?: UserRuleScope;
  languages?: string[];
  comment?: string;
}

/** A rules file's content: an object with a `rules` array, or the bare array. */
export type UserRulesInput = { rules: UserRuleInput[] } | UserRuleInput[];

export class UserRulesError extends Error {
  override name = 'UserRulesError';
}

const KINDS: readonly BoilerplateKind[] = ['channel_link', 'promo', 'caption', 'related_headline', 'share', 'copyright', 'byline', 'other'];
const SCOPES: readonly UserRuleScope[] = ['line', 'match', 'rest'];
const FLAGS = /^[imsu]*$/u;
const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/u;
const MAX_PATTERN = 1000;
/** User patterns are not tested on longer lines, which bounds what one line can cost. */
export const MAX_USER_RULE_LINE = 2000;
/** RE2 spells a script `\p{Arabic}`; JavaScript `\p{Script=Arabic}` or `\p{sc=Arabic}`. */
const SCRIPT_PROPERTY = /(?<!\\)((?:\\\\)*)\\([pP])\{(?:Script|sc)=([A-Za-z_]+)\}/gu;

/** Validates a rules file: its JSON text, or the parsed object (or array) itself. */
export function loadUserRules(input: string | UserRulesInput): UserRules {
  let data: unknown = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (e) {
      throw new UserRulesError(`rules file is not valid JSON: ${(e as Error).message}`);
    }
  }
  const list = Array.isArray(data) ? data : isObject(data) ? data.rules : undefined;
  if (!Array.isArray(list)) throw new UserRulesError('rules file must be an object with a "rules" array (or an array of rules)');
  return { rules: list.map((r, i) => parseRule(r, i)) };
}

function parseRule(raw: unknown, index: number): UserRule {
  const where = `rule ${index + 1}`;
  if (!isObject(raw)) throw new UserRulesError(`${where}: must be an object`);
  const known = new Set(['name', 'kind', 'pattern', 'flags', 'scope', 'languages', 'comment']);
  for (const key of Object.keys(raw)) if (!known.has(key)) throw new UserRulesError(`${where}: unknown field "${key}"`);
  const { name, kind, pattern, flags = '', scope = 'line', languages = [] } = raw;
  if (typeof name !== 'string' || !NAME.test(name)) throw new UserRulesError(`${where}: "name" must be 1-64 letters, digits, "_", "-" or "."`);
  const label = `rule "${name}"`;
  if (typeof kind !== 'string' || !KINDS.includes(kind as BoilerplateKind)) {
    throw new UserRulesError(`${label}: unknown kind ${JSON.stringify(kind)} (use one of ${KINDS.join(', ')})`);
  }
  if (typeof pattern !== 'string' || pattern === '') throw new UserRulesError(`${label}: "pattern" must be a non-empty string`);
  if (pattern.length > MAX_PATTERN) throw new UserRulesError(`${label}: "pattern" is longer than ${MAX_PATTERN} characters`);
  if (typeof flags !== 'string' || !FLAGS.test(flags)) throw new UserRulesError(`${label}: "flags" may only hold i, m, s, u`);
  if (typeof scope !== 'string' || !SCOPES.includes(scope as UserRuleScope)) {
    throw new UserRulesError(`${label}: unknown scope ${JSON.stringify(scope)} (use one of ${SCOPES.join(', ')})`);
  }
  if (!Array.isArray(languages) || !languages.every((l) => typeof l === 'string' && /^[a-z]{3}$/u.test(l))) {
    throw new UserRulesError(`${label}: "languages" must be a list of ISO 639-3 codes like "arb"`);
  }
  return { name, kind: kind as BoilerplateKind, regex: compile(pattern, flags, label), scope: scope as UserRuleScope, languages: languages as string[] };
}

/**
 * The pattern must be valid JavaScript (the documented syntax: JavaScript compiles it without running it),
 * then it is translated to RE2 syntax and compiled there. What RE2 cannot do in linear time (lookaheads,
 * back-references, repeat counts over 1000) is refused with the reason.
 */
function compile(pattern: string, flags: string, label: string): RE2JS {
  try {
    new RegExp(pattern, [...new Set([...flags, 'u'])].join(''));
  } catch (e) {
    throw new UserRulesError(`${label}: invalid pattern: ${(e as Error).message}`);
  }
  const RE2JS = engine();
  const re2Flags =
    RE2JS.LOOKBEHINDS | (flags.includes('i') ? RE2JS.CASE_INSENSITIVE : 0) | (flags.includes('m') ? RE2JS.MULTILINE : 0) | (flags.includes('s') ? RE2JS.DOTALL : 0);
  try {
    return RE2JS.compile(RE2JS.translateRegExp(pattern.replace(SCRIPT_PROPERTY, '$1\\$2{$3}')), re2Flags);
  } catch (e) {
    const why = (e as Error).message.replace(/^error parsing regexp: /u, '');
    throw new UserRulesError(
      `${label}: unsupported pattern: ${why} (user patterns run on a linear-time engine, RE2: no lookaheads, no back-references, repeat counts up to 1000)`,
    );
  }
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Runs the rules that apply to `language` over each line of the text. */
export function applyUserRules(text: string, lines: readonly Line[], rules: UserRules, language: string): BoilerplateSpan[] {
  const out: BoilerplateSpan[] = [];
  const active = rules.rules.filter((r) => r.languages.length === 0 || r.languages.includes(language));
  for (const line of lines) {
    if (isBlank(line) || line.trimmed.end - line.trimmed.start > MAX_USER_RULE_LINE) continue;
    const body = text.slice(line.trimmed.start, line.trimmed.end);
    for (const rule of active) {
      const m = rule.regex.matcher(body);
      while (m.find()) {
        if (m.start() === m.end()) continue;
        const at = line.trimmed.start + m.start();
        const found =
          rule.scope === 'line' ? line.trimmed : rule.scope === 'rest' ? { start: at, end: line.trimmed.end } : { start: at, end: line.trimmed.start + m.end() };
        const { start, end } = trimSpan(text, found);
        if (start < end) out.push({ start, end, kind: rule.kind, rule: `user/${rule.name}` });
        if (rule.scope !== 'match') break;
      }
    }
  }
  return out;
}
