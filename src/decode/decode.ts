import { Buffer, isUtf8 } from 'node:buffer';
import { ReportError, type Warning } from '../contract/types.js';
import { chooseLegacyArabic } from './legacy-arabic.js';

export interface Decoded {
  text: string;
  /** `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `windows-1256`, `iso-8859-6`. */
  encoding: string;
  warnings: Warning[];
}

// Decoders are made once: making one costs more than decoding a small report.
const LENIENT_UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** How much of the head of a file is looked at for control bytes, a sign of a binary file. */
const SNIFF_BYTES = 8192;

/** The control bytes that text files do not hold (tab, line breaks, form feed and escape are allowed). */
const CONTROL_BYTES = /[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]/g;

/**
 * Bytes → text. Byte order marks decide first; then valid UTF-8; then, for bytes that are not UTF-8,
 * the legacy Arabic code pages when the result reads as Arabic; otherwise UTF-8 with replacement
 * characters and a warning. A BOM is not part of the text (offsets count from the first character after it).
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return utf8(bytes.subarray(3), 'utf-8-bom');
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), 'utf-16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), 'utf-16be');
  refuseBinary(bytes);
  if (bytes.length === 0) return { text: '', encoding: 'utf-8', warnings: [] };
  // Validating first (SIMD in Node) and then slicing is several times faster than a fatal TextDecoder.
  if (isUtf8(bytes)) return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), encoding: 'utf-8', warnings: [] };
  const legacy = chooseLegacyArabic(bytes);
  if (legacy) return { text: legacy.text, encoding: legacy.encoding, warnings: [] };
  return utf8(bytes, 'utf-8', [
    { code: 'WINVALIDUTF8', message: 'the input is not valid UTF-8; undecodable bytes were replaced with U+FFFD' },
  ]);
}

function utf8(bytes: Uint8Array, encoding: string, warnings: Warning[] = []): Decoded {
  const text = LENIENT_UTF8.decode(bytes);
  if (!warnings.length && text.includes('\uFFFD') && !isUtf8(bytes)) {
    warnings.push({ code: 'WINVALIDUTF8', message: 'the input is not valid UTF-8; undecodable bytes were replaced with U+FFFD' });
  }
  return { text, encoding, warnings };
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  const warnings: Warning[] = [];
  if (bytes.length % 2 === 1) {
    warnings.push({ code: 'WTRUNCATED', message: `the ${encoding} input has an odd number of bytes; the last one was dropped` });
  }
  return { text: new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes), encoding, warnings };
}

/**
 * Text files never hold NUL bytes (UTF-16 without a BOM is the exception we do not guess at), anywhere: a
 * text head glued to binary data (a report with an archive appended) is refused too. A file that starts like
 * an image or archive is not a report.
 */
function refuseBinary(bytes: Uint8Array): void {
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new ReportError('EBINARY', `binary input (a NUL byte at byte ${nul}); not a text report`);
  const head = bytes.subarray(0, SNIFF_BYTES);
  // One native search over a byte-per-character view: almost every report has no control byte at all.
  const control = Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('latin1').match(CONTROL_BYTES)?.length ?? 0;
  if (head.length > 32 && control / head.length > 0.1) {
    throw new ReportError('EBINARY', 'binary input (control bytes); not a text report');
  }
}
