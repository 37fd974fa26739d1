import type { LanguageRules } from '../types.js';

export const fr: LanguageRules = {
  id: 'fr',
  lines: [
    { name: 'follow-us', kind: 'promo', startsWith: ['Suivez-nous', 'Suivez nous', 'Abonnez-vous', 'Inscrivez-vous à notre', 'Téléchargez notre application', 'Retrouvez-nous sur'], maxLength: 160 },
    { name: 'share-widget', kind: 'share', startsWith: ['Partager', 'Partagez', 'Imprimer', 'Envoyer par e-mail'], maxLength: 40 },
    { name: 'related', kind: 'related_headline', startsWith: ['Lire aussi', 'A lire aussi', 'À lire aussi', 'Lire également', 'Voir aussi', 'Sur le même sujet', 'À voir aussi', 'A voir aussi'], maxLength: 200 },
    { name: 'byline', kind: 'byline', pattern: /^Par [\p{Lu}][\p{L}.' -]{0,60}$/u, maxLength: 80 },
  ],
  markers: [
    { name: 'read-also', kind: 'related_headline', pattern: /(?:[AÀ] lire aussi|Lire aussi|Lire également|Voir aussi)\s?:/gu, run: 'headline', holds: { text: ':', within: 16 } },
  ],
  gluedOpeners: [],
  gluedReportingVerbs: [],
  sentenceOpeners: [
    'Cette', 'Ce', 'Ces', 'Cet', 'Il', 'Elle', 'Ils', 'Elles', 'Selon', 'Mais', 'Le', 'La', 'Les', 'Un', 'Une', 'Des',
    'Dans', 'Pour', 'Après', 'Lors', 'Depuis', 'Alors', 'Plusieurs', 'Quelques', 'On', 'Nous', 'En', 'Au', 'Aux',
    'Du', 'De', 'Et', 'Or', 'Pourtant', 'Cependant', 'Ainsi', 'Samedi', 'Dimanche', 'Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi',
  ],
  bodyLineOpeners: [],
  creditLabels: ['Photo:', 'Photo :', 'Crédit photo:', 'Crédit photo :', 'Image:', 'Image :'],
  bylineSuffixes: [],
};
