import { Ajv2020 } from 'ajv/dist/2020.js';
import { reportSchema } from '../../src/contract/schema.js';
import type { OutSpan, Report } from '../../src/contract/types.js';

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateRecord = ajv.compile(reportSchema);

/** Schema errors of a record, as readable strings (empty when valid). */
export function schemaErrors(record: unknown): string[] {
  return validateRecord(record) ? [] : (validateRecord.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

const WHITE = /^[\s\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]*$/u;

/**
 * Every promise the contract makes about one record of `text`, as a list of broken ones:
 * each span's code-point offsets reproduce its text; sentences and boilerplate are in order, do not overlap
 * and, with white space, cover the whole input (with keepBoilerplate, the sentences alone cover it);
 * quotes and their parts lie inside the input.
 */
export function invariantViolations(text: string, record: Report, options: { keepBoilerplate?: boolean } = {}): string[] {
  const cps = Array.from(text);
  const problems: string[] = [];
  const check = (what: string, s: OutSpan | null) => {
    if (!s) return;
    if (!(s.start >= 0 && s.start <= s.end && s.end <= cps.length)) problems.push(`${what}: bad range ${s.start}-${s.end}`);
    else if (cps.slice(s.start, s.end).join('') !== s.text) problems.push(`${what}: offsets ${s.start}-${s.end} do not reproduce ${JSON.stringify(s.text)}`);
  };
  record.sentences.forEach((s, i) => check(`sentence ${i}`, s));
  record.boilerplate.forEach((b, i) => check(`boilerplate ${i}`, b));
  record.quotes.forEach((q, i) => {
    check(`quote ${i}`, q);
    check(`quote ${i} speaker`, q.speaker);
    check(`quote ${i} cue`, q.cue);
    for (const s of q.sentences) if (!record.sentences[s]) problems.push(`quote ${i}: no sentence ${s}`);
  });
  check('metadata.title', record.metadata.title);
  check('metadata.dateline', record.metadata.dateline);
  const cut = options.keepBoilerplate ? [] : record.boilerplate;
  const pieces = [...record.sentences.map((s) => ({ ...s, what: 'sentence' })), ...cut.map((b) => ({ ...b, what: 'boilerplate' }))]
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let at = 0;
  for (const p of pieces) {
    if (p.start < at) problems.push(`${p.what} at ${p.start} overlaps what ends at ${at}`);
    else if (!WHITE.test(cps.slice(at, p.start).join(''))) {
      problems.push(`text lost between ${at} and ${p.start}: ${JSON.stringify(cps.slice(at, p.start).join('').slice(0, 40))}`);
    }
    at = Math.max(at, p.end);
  }
  if (!WHITE.test(cps.slice(at).join(''))) problems.push(`text lost after ${at}: ${JSON.stringify(cps.slice(at).join('').slice(0, 40))}`);
  for (let i = 1; i < record.sentences.length; i++) {
    if (record.sentences[i]!.paragraph < record.sentences[i - 1]!.paragraph) problems.push(`sentence ${i}: paragraph goes back`);
  }
  return problems;
}
