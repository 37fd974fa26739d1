import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/language/detect.js';
import { normaliseLanguageCode } from '../../src/language/codes.js';

describe('detectLanguage', () => {
  it('tells Arabic even with a Latin photo credit and a channel link', () => {
    const text = 'Reuters Omar Sanadiki عمال يرفعون الأنقاض في حي الشعار بمدينة حلب بعد انتهاء الاشتباكات\nhttps://telegram.me/halab_today';
    expect(detectLanguage(text)).toMatchObject({ code: 'arb', iso6391: 'ar' });
  });

  it('tells English from French', () => {
    expect(detectLanguage('The central bank held its benchmark rate on Tuesday, saying inflation would stay low.').code).toBe('eng');
    expect(detectLanguage("Le gouvernement a annoncé mardi un plan pour moderniser les lignes ferroviaires régionales.").code).toBe('fra');
  });

  it('says und when the text is too short to tell', () => {
    expect(detectLanguage('OK 12')).toEqual({ code: 'und', iso6391: null, confidence: 0 });
  });

  it('names a Latin-script language we have no rules for instead of calling it French', () => {
    expect(detectLanguage('El gobierno anunció el martes un nuevo plan para modernizar las líneas ferroviarias regionales del país.').code).toBe('spa');
    expect(detectLanguage('Die Regierung hat am Dienstag einen neuen Plan zur Modernisierung der regionalen Bahnstrecken vorgestellt.').code).toBe('deu');
  });

  it('names a language we have no rules for instead of forcing one of ours', () => {
    const code = detectLanguage('Правительство объявило во вторник о новых мерах поддержки малого бизнеса в регионах страны.').code;
    expect(['rus', 'bul', 'ukr']).toContain(code);
  });
});

describe('short texts', () => {
  it('leans on function words when trigrams are noise, and says the answer is a guess', () => {
    const found = detectLanguage('Ana said, "We won the match!"');
    expect(found.code).toBe('eng');
    expect(found.confidence).toBeLessThan(0.5);
  });

  it('gives more confidence to more evidence, never much to a line', () => {
    const line = detectLanguage('La mairie a dit que la route sera fermée.');
    const paragraph = detectLanguage('La mairie a dit que la route sera fermée pendant les travaux, et que les habitants seront prévenus par courrier avant la fin du mois.');
    expect([line.code, paragraph.code]).toEqual(['fra', 'fra']);
    expect(line.confidence).toBeLessThan(0.5);
    expect(paragraph.confidence).toBeGreaterThan(0.8);
  });
});

describe('normaliseLanguageCode', () => {
  it('accepts ISO 639-1, 639-3 and common aliases', () => {
    expect(['ar', 'arb', 'ara', 'AR', 'en', 'fr', 'fre'].map(normaliseLanguageCode)).toEqual(['arb', 'arb', 'arb', 'arb', 'eng', 'fra', 'fra']);
  });
  it('refuses what is not a code', () => {
    expect(normaliseLanguageCode('arabic')).toBeNull();
    expect(normaliseLanguageCode('x1')).toBeNull();
  });
});
