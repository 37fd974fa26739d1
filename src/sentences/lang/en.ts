import { defaultLanguage } from './default.js';
import type { SentenceLanguage } from './types.js';

/** Titles and words that are followed by a name or a phrase, never by the end of a sentence. */
const continuing = [
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'adm', 'cmdr',
  'gov', 'sen', 'rep', 'pres', 'rev', 'fr', 'sr', 'st', 'mt', 'ft', 'hon', 'amb', 'supt', 'insp', 'det', 'brig', 'lieut',
  'messrs', 'mme', 'mlle', 'e.g', 'i.e', 'cf', 'viz', 'vs', 'v', 'approx', 'ca', 'esp', 'incl', 'nos',
];

/** Abbreviations a number follows; with no number after them they may be ordinary words (no., art.). */
const beforeNumbers = ['no', 'nr', 'p', 'pp', 'vol', 'ch', 'art', 'sec', 'fig', 'figs', 'rs', 'n°', 'no°', 'para', 'tel', 'ext', 'ed', 'op'];

/** Abbreviations that may end a sentence: "The bank sold it to Acme Co. It paid cash." */
const abbreviations = [
  'inc', 'ltd', 'co', 'corp', 'plc', 'llc', 'bros', 'jr', 'etc', 'al', 'a.m', 'p.m', 'ph.d', 'u.s', 'u.k', 'u.n', 'e.u',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed',
  'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'dept', 'univ', 'assn', 'ave', 'blvd', 'rd', 'hwy', 'est', 'min', 'max',
  'mln', 'bln', 'govt', 'intl', 'natl', 'misc', 'ref', 'mil', 'oz', 'lb', 'lbs', 'km', 'kg', 'cm', 'mm', 'hr', 'hrs',
];

/** Words that open sentences often enough that a capitalised one after "U.S." or "I." shows a new sentence. */
const sentenceStarters = [
  'A', 'After', 'Also', 'An', 'And', 'As', 'At', 'But', 'By', 'Did', 'Do', 'Does', 'During', 'Earlier', 'For', 'From',
  'He', 'Her', 'Here', 'His', 'How', 'However', 'I', 'If', 'In', 'It', 'Its', 'Last', 'Later', 'Meanwhile', 'More',
  'Most', 'My', 'No', 'Now', 'On', 'One', 'Our', 'She', 'Since', 'So', 'Some', 'That', 'The', 'Their', 'Then', 'There',
  'These', 'They', 'This', 'Those', 'Thus', 'To', 'Under', 'We', 'What', 'When', 'Where', 'While', 'Who', 'Why', 'With',
  'Yet', 'You', 'Your',
];

/** US states as datelines write them: "MADISON, Wis. --". */
const states = [
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Kans', 'Ky', 'La', 'Md', 'Mass',
  'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Penn', 'Tenn', 'Tex', 'Va', 'Vt', 'Wash',
  'Wis', 'Wisc', 'Wyo', 'N.H', 'N.J', 'N.M', 'N.Y', 'N.C', 'N.D', 'R.I', 'S.C', 'S.D', 'W.Va', 'D.C',
];

export const english: SentenceLanguage = {
  ...defaultLanguage,
  continuing,
  beforeNumbers,
  abbreviations,
  capitalisedAbbreviations: states,
  exclamatoryNames: ['yahoo', 'jeopardy'],
  sentenceStarters,
};
