import { describe, expect, it } from 'vitest';
import { loadUserRules, UserRulesError } from '../../src/boilerplate/index.js';
import { unsafeRegexReason } from '../../src/boilerplate/regex-safety.js';
import { run } from './helpers.js';

describe('user rules', () => {
  it('adds a line rule and a rest-of-line rule, limited by language', () => {
    const rules = loadUserRules(
      JSON.stringify({
        rules: [
          { name: 'newsletter', kind: 'promo', pattern: '^Get our morning briefing', flags: 'i' },
          { name: 'tip-line', kind: 'other', pattern: 'Send us your tips at', scope: 'rest', languages: ['eng'] },
        ],
      }),
    );
    const text = 'The river burst its banks overnight. Send us your tips at tips@example.com\nget our morning briefing every day\n';
    const r = run(text, 'eng', { userRules: rules });
    expect(r.texts).toEqual(['Send us your tips at tips@example.com', 'get our morning briefing every day']);
    expect(r.spans.map((s) => s.rule)).toEqual(['user/tip-line', 'user/newsletter']);
    expect(run(text, 'fra', { userRules: rules }).texts).toEqual(['get our morning briefing every day']);
  });

  it('accepts a bare array of rules and a match scope', () => {
    const rules = loadUserRules('[{"name":"ad","kind":"other","pattern":"\\\\[إعلان\\\\]","scope":"match"}]');
    const r = run('ارتفعت الأسعار [إعلان] في الأسواق المحلية.', 'arb', { userRules: rules });
    expect(r.texts).toEqual(['[إعلان]']);
  });

  it('throws clear errors for bad files', () => {
    const bad = (json: string, message: RegExp) => {
      expect(() => loadUserRules(json)).toThrow(UserRulesError);
      expect(() => loadUserRules(json)).toThrow(message);
    };
    bad('{"rules": [', /not valid JSON/);
    bad('{"patterns": []}', /"rules" array/);
    bad('[{"name":"x","kind":"advert","pattern":"a"}]', /unknown kind "advert"/);
    bad('[{"name":"x","kind":"promo","pattern":"(a+)+$"}]', /nested quantifier/);
    bad('[{"name":"x","kind":"promo","pattern":"(?:\\\\w+\\\\s?)*end"}]', /nested quantifier/);
    bad('[{"name":"x","kind":"promo","pattern":"(a|ab)*c"}]', /quantified alternation/);
    bad('[{"name":"x","kind":"promo","pattern":"(a)\\\\1"}]', /back-references/);
    bad('[{"name":"x","kind":"promo","pattern":"[a-"}]', /unterminated|invalid pattern/);
    bad('[{"name":"x","kind":"promo","pattern":"a{2"}]', /invalid pattern/);
    bad('[{"name":"x","kind":"promo","pattern":"a","flags":"g"}]', /flags/);
    bad('[{"name":"x","kind":"promo","pattern":"a","scope":"page"}]', /unknown scope/);
    bad('[{"name":"x","kind":"promo","pattern":"a","colour":"red"}]', /unknown field "colour"/);
    bad('[{"kind":"promo","pattern":"a"}]', /"name"/);
  });

  it('judges patterns by their structure', () => {
    expect(unsafeRegexReason('^Follow us on (?:Twitter|Facebook)$')).toBeNull();
    expect(unsafeRegexReason('[(+*]+ and \\(literal\\)+')).toBeNull();
    expect(unsafeRegexReason('(?:ab){2,3}x')).toBeNull();
    expect(unsafeRegexReason('(a{1,3}){2}')).toMatch(/nested quantifier/);
    expect(unsafeRegexReason('(?<=a+)b')).toMatch(/lookbehind/);
  });
});

describe('built-in patterns', () => {
  it('pass the same safety check as user patterns', async () => {
    const { ar } = await import('../../src/boilerplate/rules/ar.js');
    const { en } = await import('../../src/boilerplate/rules/en.js');
    const { fr } = await import('../../src/boilerplate/rules/fr.js');
    const { common } = await import('../../src/boilerplate/rules/common.js');
    const patterns = [ar, en, fr, common].flatMap((set) => [...set.lines.flatMap((r) => (r.pattern ? [r.pattern] : [])), ...set.markers.map((m) => m.pattern)]);
    expect(patterns.length).toBeGreaterThan(10);
    for (const p of patterns) expect([p.source, unsafeRegexReason(p.source)]).toEqual([p.source, null]);
  });
});
