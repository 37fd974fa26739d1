import type { LanguageRules } from '../types.js';

export const fr: LanguageRules = {
  id: 'fr',
  lines: [
    { name: 'follow-us', kind: 'promo', startsWith: ['Suivez-nous', 'Suivez nous', 'Abonnez-vous', 'Inscrivez-vous à notre', 'Téléchargez notre application', 'Retrouvez-nous sur'], maxLength: 160 },
    { name: 'share-widget', kind: 'share', startsWith: ['Partager', 'Partagez', 'Imprimer', 'Envoyer par e-mail'], maxLength: 40 },
    { name: 'related', kind: 'related_headline', startsWith: ['Lire aussi', 'A lire aussi', 'À lire aussi', 'Lire également', 'Voir aussi', 'Sur le même sujet'], maxLength: 200 },
    // `Consultez notre dossier : …`, `Retrouvez tous nos articles sur …`: the site's pointer to its file.
    { name: 'dossier', kind: 'promo', startsWith: ['Consultez notre dossier', 'Retrouvez notre dossier', 'Découvrez notre dossier', 'Voir notre dossier', 'Retrouvez tous nos articles', 'Tous nos articles sur'], maxLength: 160 },
    // A video player's title: `<titre> - Regarder sur <site>`, `<titre> - Regarder la vidéo`.
    { name: 'video-title', kind: 'caption', contains: [' Regarder ', 'Voir la vidéo'], pattern: /\s[-–]\s(?:Regarder (?:sur [\p{L}\p{N}' .-]{1,40}|la vidéo)|Voir la vidéo)$/u, maxLength: 300 },
    // Page chrome: `Publié le 03/12/2018 à 10h30`, `Mis à jour le …`, the comments heading.
    { name: 'publish-date', kind: 'other', startsWith: ['Publié', 'Mis à jour', 'Modifié', 'Actualisé'], pattern: /^(?:Publié|Mis à jour|Modifié|Actualisé)(?: le| à|\s?:)\s?[^!?\d]{0,30}\d[^!?]{0,60}[^.!?]$/u, maxLength: 90 },
    { name: 'comments', kind: 'other', equals: ['Commentaires', 'Réagir', 'Réagissez', 'Ajouter un commentaire', 'Voir les commentaires'], maxLength: 30 },
    // Buttons left alone on their line: to the rest of the story, to the site's own pages.
    { name: 'read-more-button', kind: 'related_headline', equals: ['Lire la suite', 'Lire la suite »', 'Lire plus', 'En savoir plus', 'Voir plus'], maxLength: 20 },
    { name: 'click-here', kind: 'promo', contains: ['Cliquez ici', 'cliquez ici'], maxLength: 120 },
    // The sign-up line under a report: `Recevez notre newsletter …`, `Inscrivez-vous à l'infolettre …` (Quebec).
    { name: 'newsletter', kind: 'promo', startsWith: ['Inscrivez-vous', 'Recevez'], pattern: /^(?:Inscrivez-vous|Recevez)\b[^.!?]{0,80}\b(?:newsletters?|infolettres?|lettres? d'information)\b/iu, maxLength: 200 },
    { name: 'byline', kind: 'byline', pattern: /^Par [\p{Lu}][\p{L}.' -]{0,60}$/u, maxLength: 80 },
  ],
  markers: [
    { name: 'read-also', kind: 'related_headline', pattern: /(?:[AÀ] lire aussi|Lire aussi|Lire également|Voir aussi)\s?:/gu, run: 'headline', holds: { text: ':', within: 16 } },
    // Inline with no colon: `… mardi. Lire aussi Nouvelle réforme des retraites Il a ajouté …`.
    { name: 'read-also-inline', kind: 'related_headline', pattern: /(?:[AÀ] lire aussi|Lire aussi|Lire également)(?= \p{Lu})/gu, run: 'headline' },
    // `» LIRE AUSSI - <titre>` and `À VOIR AUSSI - <titre>` (a video): label, dash, one headline, whole line.
    { name: 'read-also-dash', kind: 'related_headline', pattern: /(?:» ?(?:EN DIRECT|[AÀ] LIRE AUSSI|LIRE AUSSI|Lire aussi)|(?:[AÀ] )?LIRE AUSSI|LIRE ÉGALEMENT) [-–] /gu, run: 'line' },
    // `À VOIR AUSSI - <titre>`, `À voir aussi : <titre>`: the title of a video the site shows there.
    { name: 'watch-also', kind: 'caption', pattern: /[AÀ] (?:VOIR AUSSI|voir aussi|VOIR ÉGALEMENT|voir également)\s?[-–:] /gu, run: 'line' },
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
  blockLabels: ["L'essentiel", 'Ce qu’il faut retenir', "Ce qu'il faut retenir"],
  tailLabels: ['Mots-clés :', 'Mots-clés:', 'Mots clés :', 'Tags :', 'Tags:'],
  continuationPrefixes: [],
};
