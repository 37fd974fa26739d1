import { SCHEMA_VERSION } from './types.js';

/** JSON Schema (draft 2020-12) of one output record; `reports schema` prints it. Keep in step with types.ts. */
const span = {
  type: 'object',
  required: ['text', 'start', 'end'],
  properties: {
    text: { type: 'string' },
    start: { type: 'integer', minimum: 0, description: 'code-point offset into the decoded input' },
    end: { type: 'integer', minimum: 0, description: 'code-point offset, exclusive' },
  },
} as const;

const source = {
  type: 'object',
  required: ['path', 'line', 'id'],
  additionalProperties: false,
  properties: {
    path: { type: ['string', 'null'], description: 'the input file as named on the command line, "-" for stdin' },
    line: { type: ['integer', 'null'], minimum: 1, description: '1-based line of a JSONL input' },
    id: { type: ['string', 'null'], description: 'the --id-field value of a JSONL line' },
    encoding: { type: 'string', description: 'how the bytes were decoded' },
  },
} as const;

const warning = {
  type: 'object',
  required: ['code', 'message'],
  additionalProperties: false,
  properties: { code: { type: 'string' }, message: { type: 'string' } },
} as const;

const report = {
  type: 'object',
  required: ['schemaVersion', 'source', 'language', 'text', 'metadata', 'boilerplate', 'sentences', 'quotes', 'warnings'],
  additionalProperties: false,
  properties: {
    schemaVersion: { const: SCHEMA_VERSION },
    source,
    language: {
      type: 'object',
      required: ['code', 'iso6391', 'confidence'],
      additionalProperties: false,
      properties: {
        code: { type: 'string', pattern: '^[a-z]{3}$', description: 'ISO 639-3 (franc), "und" when unknown' },
        iso6391: { type: ['string', 'null'], pattern: '^[a-z]{2}$' },
        confidence: { type: 'number', minimum: 0, maximum: 1 },
      },
    },
    text: { type: 'string', description: 'the body with boilerplate removed (the input itself with --keep-boilerplate)' },
    metadata: {
      type: 'object',
      required: ['title', 'dateline', 'channel', 'agency', 'photographer', 'links'],
      additionalProperties: false,
      properties: {
        title: { anyOf: [{ type: 'null' }, span] },
        dateline: { anyOf: [{ type: 'null' }, span] },
        channel: { type: ['string', 'null'] },
        agency: { type: ['string', 'null'] },
        photographer: { type: ['string', 'null'] },
        links: { type: 'array', items: { type: 'string' } },
      },
    },
    boilerplate: {
      type: 'array',
      items: {
        ...span,
        required: [...span.required, 'kind', 'rule'],
        properties: {
          ...span.properties,
          kind: {
            enum: ['channel_link', 'promo', 'caption', 'related_headline', 'share', 'copyright', 'byline', 'repeated', 'other'],
          },
          rule: { type: 'string' },
        },
      },
    },
    sentences: {
      type: 'array',
      items: {
        ...span,
        required: [...span.required, 'index', 'paragraph'],
        properties: { ...span.properties, index: { type: 'integer', minimum: 0 }, paragraph: { type: 'integer', minimum: 0 } },
      },
    },
    quotes: {
      type: 'array',
      items: {
        ...span,
        required: [...span.required, 'index', 'type', 'speaker', 'cue', 'implicitSpeaker', 'sentences'],
        properties: {
          ...span.properties,
          index: { type: 'integer', minimum: 0 },
          type: { enum: ['direct', 'indirect'] },
          speaker: { anyOf: [{ type: 'null' }, span] },
          cue: { anyOf: [{ type: 'null' }, span] },
          implicitSpeaker: { type: 'boolean' },
          sentences: { type: 'array', items: { type: 'integer', minimum: 0 } },
        },
      },
    },
    warnings: { type: 'array', items: warning },
    story: {
      type: 'object',
      description: 'only with --group: the story this report is a re-post of, decided in input order',
      required: ['id', 'first', 'similarity'],
      additionalProperties: false,
      properties: {
        id: { type: 'string', description: '"s1", "s2", ... numbered as the stories first appear in the run' },
        first: { ...source, description: 'the source of the story\'s first report in this run (itself for the first)' },
        similarity: { type: 'number', minimum: 0, maximum: 1, description: 'estimated share of the shorter of this report and the first contained in the other; 1 for the first' },
      },
    },
  },
} as const;

const errorRecord = {
  type: 'object',
  required: ['schemaVersion', 'source', 'error'],
  additionalProperties: false,
  properties: {
    schemaVersion: { const: SCHEMA_VERSION },
    source,
    error: {
      type: 'object',
      required: ['code', 'message'],
      additionalProperties: false,
      properties: {
        code: { enum: ['ENOENT', 'EACCES', 'EISDIR', 'EBINARY', 'ETOOLARGE', 'EJSONL', 'ECHANGED', 'EIO', 'EINTERNAL'] },
        message: { type: 'string' },
      },
    },
  },
} as const;

export const reportSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:news-reports-parser:schema:report:v1',
  title: 'reports parse: one output record (schema version 1)',
  description: 'A parsed report, or an error record in its place. Offsets are Unicode code points, end exclusive.',
  oneOf: [report, errorRecord],
} as const;
