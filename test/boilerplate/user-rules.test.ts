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
    bad('[{"name":"x","kind":"promo","pattern":"(a)\\\\1"}]', /unsupported pattern.*back-references/);
    bad('[{"name":"x","kind":"promo","pattern":"Read(?= more)"}]', /unsupported pattern.*lookaheads/);
    bad('[{"name":"x","kind":"promo","pattern":"(a+){2,99999}$"}]', /unsupported pattern: invalid repeat count/);
    bad('[{"name":"x","kind":"promo","pattern":"[a-"}]', /unterminated|invalid pattern/);
    bad('[{"name":"x","kind":"promo","pattern":"a{2"}]', /invalid pattern/);
    bad('[{"name":"x","kind":"promo","pattern":"a","flags":"g"}]', /flags/);
    bad('[{"name":"x","kind":"promo","pattern":"a","scope":"page"}]', /unknown scope/);
    bad('[{"name":"x","kind":"promo","pattern":"a","colour":"red"}]', /unknown field "colour"/);
    bad('[{"kind":"promo","pattern":"a"}]', /"name"/);
  });

  it('takes the parsed object as well as its JSON text', () => {
    const rules = loadUserRules({ rules: [{ name: 'tip-line', kind: 'other', pattern: 'Send us your tips at', scope: 'rest' }] });
    expect(run('The bridge reopened on Monday. Send us your tips at tips@example.com', 'eng', { userRules: rules }).texts).toEqual([
      'Send us your tips at tips@example.com',
    ]);
    expect(loadUserRules([{ name: 'ad', kind: 'promo', pattern: 'x' }]).rules).toHaveLength(1);
    expect(() => loadUserRules({ rules: [{ name: 'ad', kind: 'advert' as 'promo', pattern: 'x' }] })).toThrow(/unknown kind "advert"/);
  });

  it('keeps JavaScript syntax: named groups, \\u escapes, \\p{Script=…}, lookbehinds, flags', () => {
    const rules = loadUserRules([
      { name: 'script', kind: 'other', pattern: '^\\p{Script=Arabic}+ \\u0645\\u0628\\u0627\\u0634\\u0631$' },
      { name: 'named', kind: 'promo', pattern: '^(?<verb>follow) us$', flags: 'i' },
      { name: 'behind', kind: 'other', pattern: '(?<=\\| )Ads$', scope: 'match' },
    ]);
    const r = run('The port reopened on Monday after the storm.\nFOLLOW us\nتغطية مباشر\nThe harbour master spoke. | Ads\n', 'eng', { userRules: rules });
    expect(r.texts).toEqual(['FOLLOW us', 'تغطية مباشر', 'Ads']);
  });

  // Issue 17: each of these passed the old structural check and backtracked for minutes in JavaScript.
  it('runs patterns that backtrack catastrophically in JavaScript in linear time', () => {
    const attacks: [string, string][] = [
      ['(?:(?:a|aa))+$', 'a'.repeat(1999) + '!'],
      ['((a|a))*$', 'a'.repeat(1999) + '!'],
      ['(?:a*){00002,}$', 'a'.repeat(1999) + '!'],
      ['a*a*a*a*a*b', 'a'.repeat(1999)],
      ['.*.*.*.*.*=', 'x'.repeat(1999)],
      ['a.*a.*a.*x', 'a'.repeat(1999)],
      ['(a+)+$', 'a'.repeat(1999) + '!'],
      ['(a|ab)*c', 'ab'.repeat(999)],
    ];
    for (const [pattern, line] of attacks) {
      const rules = loadUserRules([{ name: 'attack', kind: 'other', pattern }]);
      const text = `${'The mayor spoke on Monday.\n'}${`${line}\n`.repeat(20)}`;
      const t0 = performance.now();
      const r = run(text, 'eng', { userRules: rules });
      expect([pattern, performance.now() - t0 < 2000]).toEqual([pattern, true]);
      expect(r.spans.filter((s) => s.rule === 'user/attack')).toHaveLength(0);
    }
    // and they still match what they should
    const rules = loadUserRules([{ name: 'attack', kind: 'other', pattern: '(?:(?:a|aa))+$' }]);
    expect(run('The council met on Monday.\naaaa\n', 'eng', { userRules: rules }).texts).toEqual(['aaaa']);
  });

  it('judges patterns by their structure', () => {
    expect(unsafeRegexReason('^Follow us on (?:Twitter|Facebook)$')).toBeNull();
    expect(unsafeRegexReason('[(+*]+ and \\(literal\\)+')).toBeNull();
    expect(unsafeRegexReason('(?:ab){2,3}x')).toBeNull();
    expect(unsafeRegexReason('(a{1,3}){2}')).toMatch(/nested quantifier/);
    expect(unsafeRegexReason('(?<=a+)b')).toMatch(/lookbehind/);
    // the attacks of issue 17 that the check let through
    expect(unsafeRegexReason('(?:(?:a|aa))+$')).toMatch(/quantified alternation/);
    expect(unsafeRegexReason('((a|a))*$')).toMatch(/quantified alternation/);
    expect(unsafeRegexReason('(a+){2,99999}$')).toMatch(/nested quantifier/);
    expect(unsafeRegexReason('(?:a*){00002,}$')).toMatch(/nested quantifier/);
    for (const p of ['a*a*a*a*a*b', '.*.*.*.*.*=', 'a.*a.*a.*x']) expect(unsafeRegexReason(p)).toMatch(/polynomial/);
    expect(unsafeRegexReason('^\\S+ \\S+$')).toBeNull();
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
