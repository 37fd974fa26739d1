/**
 * A user's own boilerplate patterns (`--rules FILE`), in the JSON format documented in RULES.md. Loading
 * validates everything up front and throws a `UserRulesError` that says which rule is wrong and why, so a
 * bad file fails before the first report is parsed.
 */
import type { BoilerplateKind } from '../contract/types.js';
import type { Line } from './lines.js';
import { isBlank } from './lines.js';
import { unsafeRegexReason } from './regex-safety.js';
import { trimSpan } from '../text/span.js';
import type { BoilerplateSpan } from './types.js';

export type UserRuleScope = 'line' | 'match' | 'rest';

export interface UserRule {
  name: string;
  kind: BoilerplateKind;
  regex: RegExp;
  scope: UserRuleScope;
  /** ISO 639-3 codes; empty means every language. */
  languages: string[];
}

export interface UserRules {
  rules: UserRule[];
}

export class UserRulesError extends Error {
  override name = 'UserRulesError';
}

const KINDS: readonly BoilerplateKind[] = ['channel_link', 'promo', 'caption', 'related_headline', 'share', 'copyright', 'byline', 'other'];
const SCOPES: readonly UserRuleScope[] = ['line', 'match', 'rest'];
const FLAGS = /^[imsu]*$/u;
const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/u;
const MAX_PATTERN = 1000;
/** User patterns are not tested on longer lines, which bounds what any pattern can cost. */
export const MAX_USER_RULE_LINE = 2000;

export function loadUserRules(jsonText: string): UserRules {
  let data: unknown;
  try {
    data = JSON.parse(jsonText);
  } catch (e) {
    throw new UserRulesError(`rules file is not valid JSON: ${(e as Error).message}`);
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
  const unsafe = unsafeRegexReason(pattern);
  if (unsafe) throw new UserRulesError(`${label}: unsafe pattern: ${unsafe}`);
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, [...new Set([...flags, 'g', 'u'])].join(''));
  } catch (e) {
    throw new UserRulesError(`${label}: invalid pattern: ${(e as Error).message}`);
  }
  return { name, kind: kind as BoilerplateKind, regex, scope: scope as UserRuleScope, languages: languages as string[] };
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
      rule.regex.lastIndex = 0;
      for (const m of body.matchAll(rule.regex)) {
        if (m[0] === '') continue;
        const at = line.trimmed.start + m.index;
        const found =
          rule.scope === 'line' ? line.trimmed : rule.scope === 'rest' ? { start: at, end: line.trimmed.end } : { start: at, end: at + m[0].length };
        const { start, end } = trimSpan(text, found);
        if (start < end) out.push({ start, end, kind: rule.kind, rule: `user/${rule.name}` });
        if (rule.scope !== 'match') break;
      }
    }
  }
  return out;
}
