import { describe, expect, it } from 'vitest';
import { decode } from '../../src/decode/decode.js';
import { ReportError } from '../../src/contract/types.js';

const arabic = 'قال الوزير إن المفاوضات ستستأنف الأسبوع المقبل في الدوحة.';

/** Windows-1256 and ISO-8859-6 bytes of a plain Arabic sentence, from their published code charts. */
const CP1256: Record<string, number> = {
  ' ': 0x20, '.': 0x2e, 'ا': 0xc7, 'أ': 0xc3, 'إ': 0xc5, 'ب': 0xc8, 'ة': 0xc9, 'ت': 0xca, 'ث': 0xcb, 'ج': 0xcc, 'ح': 0xcd,
  'خ': 0xce, 'د': 0xcf, 'ذ': 0xd0, 'ر': 0xd1, 'ز': 0xd2, 'س': 0xd3, 'ش': 0xd4, 'ص': 0xd5, 'ض': 0xd6, 'ط': 0xd8,
  'ظ': 0xd9, 'ع': 0xda, 'غ': 0xdb, 'ف': 0xdd, 'ق': 0xde, 'ك': 0xdf, 'ل': 0xe1, 'م': 0xe3, 'ن': 0xe4, 'ه': 0xe5,
  'و': 0xe6, 'ى': 0xec, 'ي': 0xed,
};
const ISO88596: Record<string, number> = {
  ' ': 0x20, '.': 0x2e, 'ا': 0xc7, 'أ': 0xc3, 'إ': 0xc5, 'ب': 0xc8, 'ة': 0xc9, 'ت': 0xca, 'ث': 0xcb, 'ج': 0xcc, 'ح': 0xcd,
  'خ': 0xce, 'د': 0xcf, 'ذ': 0xd0, 'ر': 0xd1, 'ز': 0xd2, 'س': 0xd3, 'ش': 0xd4, 'ص': 0xd5, 'ض': 0xd6, 'ط': 0xd7,
  'ظ': 0xd8, 'ع': 0xd9, 'غ': 0xda, 'ف': 0xe1, 'ق': 0xe2, 'ك': 0xe3, 'ل': 0xe4, 'م': 0xe5, 'ن': 0xe6, 'ه': 0xe7,
  'و': 0xe8, 'ى': 0xe9, 'ي': 0xea,
};
const encodeWith = (table: Record<string, number>, s: string) => Uint8Array.from([...s].map((c) => table[c] ?? 0x3f));

describe('decode', () => {
  it('reads UTF-8 as is', () => {
    expect(decode(Buffer.from(arabic))).toEqual({ text: arabic, encoding: 'utf-8', warnings: [] });
  });

  it('drops a UTF-8 byte order mark so offsets count from the first character', () => {
    const d = decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(arabic)]));
    expect(d.text).toBe(arabic);
    expect(d.encoding).toBe('utf-8-bom');
  });

  it('reads UTF-16 LE and BE with their byte order marks', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(arabic, 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decode(le)).toMatchObject({ text: arabic, encoding: 'utf-16le' });
    expect(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toMatchObject({ text: arabic, encoding: 'utf-16be' });
  });

  it('recognises legacy Windows-1256 Arabic', () => {
    expect(decode(encodeWith(CP1256, arabic))).toMatchObject({ text: arabic, encoding: 'windows-1256', warnings: [] });
  });

  it('recognises legacy ISO-8859-6 Arabic', () => {
    expect(decode(encodeWith(ISO88596, arabic))).toMatchObject({ text: arabic, encoding: 'iso-8859-6', warnings: [] });
  });

  it('replaces invalid UTF-8 that is not Arabic with U+FFFD and warns', () => {
    const bytes = Buffer.concat([Buffer.from('Le ministre a déclaré '), Buffer.from([0xc3, 0x28]), Buffer.from(' hier.')]);
    const d = decode(bytes);
    expect(d.text).toBe('Le ministre a déclaré \uFFFD( hier.');
    expect(d.warnings.map((w) => w.code)).toEqual(['WINVALIDUTF8']);
  });

  it('refuses binary input with EBINARY', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(() => decode(png)).toThrowError(ReportError);
    try {
      decode(png);
    } catch (e) {
      expect((e as ReportError).code).toBe('EBINARY');
    }
  });

  it('refuses input dense with control bytes even without a NUL, and keeps text with a few', () => {
    const report = 'قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل في جنيف.\n';
    // One control byte in eight, as in a compressed stream that happens to hold no NUL.
    const dense = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 8 === 0 ? 0x01 + (i % 7) : 0x41 + (i % 26))));
    expect(() => decode(dense)).toThrowError(expect.objectContaining({ code: 'EBINARY' }));
    // A form feed, an escape and one stray control byte in a real report: still text.
    const sparse = Buffer.from(`${report}\f${report}\x1b${report}\x07${report}`);
    expect(decode(sparse).text).toBe(`${report}\f${report}\x1b${report}\x07${report}`);
  });

  it('gives empty text for an empty file', () => {
    expect(decode(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', warnings: [] });
  });

  it('keeps CR and CRLF line ends exactly (offsets stay exact)', () => {
    expect(decode(Buffer.from('سطر أول\r\nسطر ثان\rسطر ثالث')).text).toBe('سطر أول\r\nسطر ثان\rسطر ثالث');
  });
});
