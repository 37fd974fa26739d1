import { defaultLanguage } from './default.js';
import type { SentenceLanguage } from './types.js';

export const french: SentenceLanguage = {
  ...defaultLanguage,
  continuing: [
    'm', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'me', 'mgr', 'dr', 'pr', 'st', 'ste', 'gal', 'gén', 'col', 'cdt', 'lt',
    'cf', 'ex', 'env', 'resp', 'c.-à-d', 'c.à.d', 'vs', 'av', 'bd', 'boul', 'mr',
  ],
  beforeNumbers: ['p', 'pp', 'n°', 'no', 'nº', 'art', 'vol', 'chap', 'fig', 'tél', 'tel', 'al', 'éd'],
  abbreviations: [
    'etc', 'inc', 'ltd', 'cie', 'sa', 'sarl', 'jr', 'janv', 'févr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc',
    'env', 'min', 'max', 'hab', 'km', 'kg', 'av. j.-c', 'apr. j.-c', 'j.-c', 'admin', 'dép',
  ],
  sentenceStarters: [
    'Il', 'Elle', 'Ils', 'Elles', 'Le', 'La', 'Les', 'Un', 'Une', 'Des', 'Ce', 'Cette', 'Ces', 'Mais', 'Et', 'En', 'Dans',
    'Selon', 'Pour', 'Depuis', 'Après', 'Avant', 'Alors', 'Ainsi', 'Nous', 'Je', 'On', 'Au', 'Aux', 'Du', 'De', 'Son', 'Sa',
    'Ses', 'Leur', 'Leurs', 'Lors', 'Cela', 'Ceci', 'Par', 'Puis', 'Si', 'Sur',
  ],
};
