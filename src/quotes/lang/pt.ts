import { latinBase } from './latin-base.js';
import type { QuoteLexicon } from './types.js';

/** Preterites and presents of the common Portuguese verbs of saying (`«…», afirmou X`, `X disse que …`). */
const FINITE = ['disse', 'diz', 'dizem', 'disseram', 'afirmou', 'afirma', 'declarou', 'declara', 'explicou', 'explica', 'acrescentou',
  'acrescenta', 'adiantou', 'garantiu', 'garante', 'sublinhou', 'salientou', 'referiu', 'indicou', 'assegurou', 'comentou',
  'respondeu', 'contou', 'frisou', 'destacou', 'anunciou', 'confirmou', 'reconheceu', 'admitiu', 'negou', 'escreveu', 'alertou',
  'advertiu', 'defendeu', 'lamentou', 'concluiu', 'perguntou'];

export const pt: QuoteLexicon = {
  ...latinBase,
  cueVerbs: FINITE,
  participleCues: ['dizendo', 'afirmando', 'acrescentando', 'explicando', 'garantindo', 'sublinhando', 'referindo'],
  prepositionalCues: [['segundo'], ['de', 'acordo', 'com']],
  auxiliaries: ['também', 'ainda', 'já'],
  determiners: ['o', 'a', 'os', 'as', 'um', 'uma', 'uns', 'umas', 'seu', 'sua', 'este', 'esta', 'outro', 'outra'],
  complementizers: ['que'],
  pronouns: ['ele', 'ela', 'eles', 'elas', 'eu', 'nós', 'quem'],
  mentionStops: ['em', 'no', 'na', 'ao', 'à', 'com', 'sem', 'para', 'por', 'que', 'durante', 'ontem', 'hoje', 'mas', 'quando', 'segundo'],
  descriptionHeads: ['o', 'a', 'os', 'as', 'um', 'uma', 'porta-voz', 'ministro', 'ministra', 'presidente', 'diretor', 'chefe', 'secretário'],
  titles: ['sr', 'sra', 'dr', 'dra', 'dom', 'dona'],
  addresseeWords: ['à', 'ao', 'aos', 'às'],
  conjunctions: ['e', 'ou', 'mas'],
  clauseBreakers: ['mas', 'enquanto', 'embora'],
  nameConnectors: ['e', 'de', 'da', 'do', 'dos', 'das'],
  adverbSuffixes: ['mente'],
};
