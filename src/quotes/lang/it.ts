import { latinBase } from './latin-base.js';
import type { QuoteLexicon } from './types.js';

/** Past participles after `ha` (`ha detto`) and simple tenses of the common Italian verbs of saying. */
const PARTICIPLES = ['detto', 'dichiarato', 'affermato', 'spiegato', 'aggiunto', 'sottolineato', 'precisato', 'ribadito',
  'osservato', 'annunciato', 'confermato', 'scritto', 'commentato', 'raccontato', 'assicurato', 'risposto', 'ammesso', 'negato'];
const FINITE = ['dice', 'dicono', 'disse', 'afferma', 'affermò', 'dichiara', 'dichiarò', 'spiega', 'spiegò', 'aggiunge', 'aggiunse',
  'sottolinea', 'precisa', 'ribadisce', 'osserva', 'annuncia', 'conferma', 'scrive', 'commenta', 'racconta', 'assicura', 'risponde',
  'conclude', 'avverte'];

export const it: QuoteLexicon = {
  ...latinBase,
  cueVerbs: [...PARTICIPLES, ...FINITE],
  participleCues: ['dicendo', 'aggiungendo', 'spiegando', 'affermando', 'sottolineando', 'precisando'],
  prepositionalCues: [['secondo'], ['a', 'detta', 'di']],
  auxiliaries: ['ha', 'hanno', 'aveva', 'avevano', 'anche', 'poi', 'inoltre'],
  compoundAuxiliaries: ['ha', 'hanno', 'aveva', 'avevano'],
  determiners: ['il', 'lo', 'la', "l'", 'i', 'gli', 'le', 'un', 'uno', 'una', "un'", 'suo', 'sua', 'questo', 'questa'],
  complementizers: ['che'],
  pronouns: ['lui', 'lei', 'loro', 'io', 'noi', 'chi'],
  mentionStops: ['in', 'a', 'al', 'alla', 'con', 'senza', 'per', 'che', 'durante', 'ieri', 'oggi', 'ma', 'quando', 'secondo'],
  descriptionHeads: ['il', 'lo', 'la', "l'", 'un', 'una', 'portavoce', 'ministro', 'presidente', 'sindaco', 'direttore', 'capo', 'segretario'],
  titles: ['sig', 'sig.ra', 'dott', 'on', 'avv'],
  addresseeWords: ['a', 'al', 'alla', 'ai'],
  conjunctions: ['e', 'o', 'ma'],
  clauseBreakers: ['ma', 'mentre', 'sebbene'],
  nameConnectors: ['e', 'di', 'del', 'della', 'de'],
  adverbSuffixes: ['mente'],
};
