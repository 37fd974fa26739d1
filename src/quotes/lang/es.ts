import { latinBase } from './latin-base.js';
import type { QuoteLexicon } from './types.js';

/** Preterites and presents of the common Spanish verbs of saying (`«…», afirmó X`, `X dijo que …`). */
const FINITE = ['dijo', 'dice', 'dicen', 'dijeron', 'afirmó', 'afirma', 'afirman', 'declaró', 'declara', 'señaló', 'señala',
  'explicó', 'explica', 'añadió', 'añade', 'agregó', 'agrega', 'aseguró', 'asegura', 'aseguran', 'indicó', 'indica', 'comentó',
  'manifestó', 'subrayó', 'precisó', 'advirtió', 'sostuvo', 'apuntó', 'insistió', 'respondió', 'contestó', 'relató', 'recalcó',
  'destacó', 'expresó', 'denunció', 'reconoció', 'admitió', 'negó', 'anunció', 'confirmó', 'escribió', 'gritó', 'preguntó',
  'afirmaba', 'decía', 'concluyó', 'lamentó'];
/** Past participles after `ha` / `había` (`ha dicho`), written into the cue as French does. */
const PARTICIPLES = ['dicho', 'afirmado', 'declarado', 'señalado', 'explicado', 'añadido', 'agregado', 'asegurado', 'indicado',
  'comentado', 'manifestado', 'subrayado', 'precisado', 'advertido', 'sostenido', 'insistido', 'respondido', 'anunciado',
  'confirmado', 'denunciado', 'reconocido', 'escrito'];

export const es: QuoteLexicon = {
  ...latinBase,
  cueVerbs: [...FINITE, ...PARTICIPLES],
  participleCues: ['diciendo', 'afirmando', 'añadiendo', 'agregando', 'explicando', 'asegurando', 'señalando', 'indicando',
    'advirtiendo', 'subrayando', 'precisando', 'insistiendo'],
  prepositionalCues: [['según']],
  auxiliaries: ['ha', 'han', 'había', 'habían', 'habría', 'también', 'además'],
  compoundAuxiliaries: ['ha', 'han', 'había', 'habían', 'habría'],
  determiners: ['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'su', 'sus', 'este', 'esta', 'estos', 'estas', 'otro', 'otra'],
  passiveAuxiliaries: ['fue', 'fueron', 'sido'],
  passiveAgent: ['por'],
  complementizers: ['que'],
  // Not `él`: its matching form is the article `el`; Spanish drops subject pronouns anyway.
  pronouns: ['ella', 'ellos', 'ellas', 'yo', 'nosotros', 'quien', 'quienes', 'usted'],
  mentionStops: ['en', 'a', 'al', 'con', 'sin', 'para', 'por', 'que', 'quien', 'durante', 'tras', 'ante', 'ayer', 'hoy', 'este',
    'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'pero', 'mientras', 'cuando', 'según'],
  descriptionHeads: ['el', 'la', 'los', 'las', 'un', 'una', 'portavoz', 'ministro', 'ministra', 'presidente', 'presidenta', 'alcalde',
    'alcaldesa', 'director', 'directora', 'jefe', 'secretario', 'fiscal', 'abogado'],
  titles: ['sr', 'sra', 'dr', 'dra', 'don', 'doña'],
  addresseeWords: ['a', 'al', 'ante'],
  conjunctions: ['y', 'e', 'o', 'pero'],
  clauseBreakers: ['pero', 'mientras', 'aunque'],
  nameConnectors: ['y', 'de', 'del'],
  adverbSuffixes: ['mente'],
  conjunctionHeads: ['ya', 'así', 'para', 'aunque', 'mientras', 'antes', 'después', 'hasta', 'sin'],
};
