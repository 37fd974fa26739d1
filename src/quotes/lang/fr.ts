import type { QuoteLexicon } from './types.js';

/** Past participles of saying: the French cue is `a déclaré`, `avaient crié`, `a-t-il ajouté`. */
const PARTICIPLES = ['dit', 'déclaré', 'ajouté', 'précisé', 'expliqué', 'affirmé', 'indiqué', 'souligné', 'raconté',
  'confié', 'conclu', 'estimé', 'assuré', 'annoncé', 'écrit', 'poursuivi', 'rappelé', 'insisté', 'martelé',
  'crié', 'lancé', 'répondu', 'tweeté', 'déploré', 'dénoncé', 'reconnu', 'prévenu', 'averti', 'jugé', 'témoigné',
  'confirmé', 'démenti', 'nié', 'admis', 'regretté', 'commenté', 'détaillé', 'observé', 'noté', 'signalé',
  'relevé', 'fait savoir', 'scandé', 'réagi', 'glissé', 'résumé', 'clamé', 'proclamé', 'avancé', 'complété', 'rapporté',
  'protesté', 'lâché', 'révélé'];

/** Pronominal verbs of saying (`s'étonne`, `s'est inquiété`, `se félicite`), as tokens: the elided pronoun apart. */
const REFLEXIVE = ["s' étonne", "s' inquiète", "s' insurge", "s' indigne", "s' interroge", "s' exclame", 'se félicite', 'se réjouit',
  "s' est étonné", "s' est étonnée", "s' est inquiété", "s' est inquiétée", "s' est insurgé", "s' est insurgée", "s' est indigné",
  "s' est indignée", "s' est interrogé", "s' est interrogée", "s' est exclamé", "s' est exclamée", "s' est félicité", "s' est félicitée",
  "s' est réjoui", "s' est réjouie", "s' étonnent", "s' inquiètent", "s' insurgent", "s' indignent"];

/** Simple tenses that stand alone as cues (`scandaient`, `ajoutait`, `dit-il`). */
const FINITE = ['dit', 'déclare', 'ajoute', 'ajoutait', 'précise', 'explique', 'affirme', 'indique', 'souligne',
  'raconte', 'confie', 'conclut', 'estime', 'assure', 'annonce', 'écrit', 'poursuit', 'rappelle', 'insiste',
  'scandaient', 'scandait', 'criaient', 'criait', 'disait', 'disaient', 'déclarait', 'affirmait', 'expliquait',
  'lance', 'répond', 'tweete', 'dénonce', 'reconnaît', 'prévient', 'martèle', 'note', 'commente', 'témoigne', 'complète',
  'avance', 'rapporte', 'déplore', 'admet', 'révèle', 'révélait', 'lâche', 'résume', 'glisse', 'détaille', 'ajoutent', 'affirment',
  'assurent', 'expliquent', 'indiquent', 'estiment', 'dénoncent', 'déplorent', 'rapportent', 'précisent', 'soulignent',
  'racontent', 'témoignent', 'déclarent'];

/**
 * The verb with its subject pronoun glued behind (`précise-t-il`, `dit-elle`, `ajoutent-ils`, `indique-t-on`):
 * a `-t-` after a vowel, none after `t` or `d`, the plural pronouns after a plural verb.
 */
const INVERTED = FINITE.flatMap((v) => v.endsWith('ent')
  ? [`${v}-ils`, `${v}-elles`]
  : ['il', 'elle', 'on'].map((p) => (/[td]$/.test(v) ? `${v}-${p}` : `${v}-t-${p}`)));

export const fr: QuoteLexicon = {
  cuePrefixes: [],
  cueVerbs: [...PARTICIPLES, ...FINITE, ...REFLEXIVE],
  participleCues: ['ajoutant', 'précisant', 'soulignant', 'expliquant', 'affirmant', 'estimant', 'indiquant',
    'assurant', 'déclarant', 'disant', 'rappelant', 'insistant', 'concluant', 'se demandant', 'demandant',
    'dénonçant', 'déplorant', 'jugeant', 'notant', 'martelant', 'prévenant', 'reconnaissant', 'confiant',
    'racontant', 'écrivant', 'lançant', 'regrettant', 'avertissant', 'relevant', 'signalant', 'qualifiant'],
  prepositionalCues: [['selon', 'lequel'], ['selon', 'laquelle'], ['selon', 'lesquels'], ['selon'], ["d'", 'après'],
    ['aux', 'dires', 'de']],
  auxiliaries: ['a', 'à', 'ont', 'avait', 'avaient', 'aurait', 'auraient', 'as', 'ai', 'avons', 'avez', 'notamment',
    'également', 'aussi', 'encore', 'déjà', 'ensuite', 'enfin', 'pourtant', 'toutefois', 'alors', 'lui', 'leur',
    'par', 'ailleurs', 'plus', 'tard', 'ainsi', 'plusieurs', 'fois', 'même', 'cependant', 'néanmoins', 'récemment', 'publiquement',
    'clairement', 'bien', 'toujours', 'lui-même', 'elle-même'],
  compoundAuxiliaries: ['a', 'à', 'ont', 'avait', 'avaient', 'aurait', 'auraient', 'as', 'ai', 'avons', 'avez'],
  auxiliariesInCue: true,
  determiners: ['le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'plusieurs', 'certains', 'ces', 'ce', 'cet', 'son', 'sa', 'ses', 'leur', 'leurs', 'deux', 'trois', 'quelques'],
  passiveAuxiliaries: ['été'],
  passiveAgent: ['par'],
  invertedAuxiliaries: ['a-t-il', 'a-t-elle', 'a-t-on', 'avait-on', 'ont-ils', 'ont-elles', 'avait-il', 'avait-elle', ...INVERTED],
  complementizers: ['que', "qu'"],
  bareClauseVerbs: [],
  cueLinks: [],
  speechNouns: [],
  pronouns: ['il', 'elle', 'ils', 'elles', 'on', 'qui', 'lequel', 'laquelle', 'je', 'nous', "c'", 'ce', 'cela', 'ça'],
  mentionStops: ['à', 'au', 'aux', 'sur', 'dans', 'lors', 'pendant', 'après', 'avant', 'avec', 'sans', 'que', "qu'",
    'qui', 'dont', 'samedi', 'dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'hier', 'mardi',
    'ce', 'cette', 'matin', 'soir', 'alors', 'lorsque', 'pour', 'en', 'mais', 'selon', 'ajoutant', 'précisant',
    'soulignant', 'estimant', 'affirmant', 'se', 'sans'],
  descriptionHeads: ['le', 'la', 'les', "l'", 'un', 'une', 'porte-parole', 'procureur', 'ministre', 'président',
    'maire', 'chef', 'directeur', 'secrétaire', 'préfet', 'avocat', 'patron', 'dirigeant'],
  titles: ['m', 'm.', 'mme', 'mlle', 'me', 'dr', 'pr', 'mgr', 'général'],
  labels: ['consultez', 'découvrez', 'retrouvez', 'regardez', 'écoutez', 'voir', 'vidéo', 'photo', 'lire', 'aussi', 'direct', 'en', 'continu', 'info', 'alerte', 'mise', 'à', 'jour',
    'source', 'crédit', 'à lire'],
  addresseePrefixes: [],
  addresseeWords: ['à', 'au', 'aux', 'sur', 'dans', 'devant'],
  dativePrefixes: [],
  addresseeOutlets: [],
  relayWords: [],
  conjunctions: ['et', 'ou', 'mais'],
  clauseBreakers: ['mais', 'alors', 'tandis', 'bien'],
  nameConnectors: ['et', 'de', 'du', 'des', 'von', 'van'],
  complementLinks: ['de', 'du', 'des', "d'"],
  timeWords: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier', 'matin', 'soir', 'midi', 'après-midi',
    "aujourd'hui", 'officiellement', 'également', 'encore', 'ensuite', 'aussi', 'enfin', 'récemment'],
  utteranceNouns: ['message', 'messages', 'tweet', 'tweets', 'communiqué', 'communiqués', 'propos', 'déclaration', 'déclarations',
    'lettre', 'courrier', 'compte', 'post', 'publication', 'vidéo', 'texte', 'discours', 'interview', 'entretien', 'tribune'],
  // `a affirmé ne pas avoir été prévenu`, `indique vouloir`, `a reconnu l'avoir vu`: the verbs that take an infinitive as what was said.
  // `…, a-t-on appris samedi auprès de la gendarmerie`, `a-t-on indiqué à la préfecture`, `a-t-on ajouté de même source`.
  anaphoricOpeners: ["c'", 'ce', 'tels', 'telles', 'voilà'],
  bareForms: [],
  nonFiniteMarkers: [],
  relatives: ['qui'],
  impersonalPronouns: ['on'],
  sourceLinks: [['auprès', 'de'], ['auprès', 'du'], ['auprès', 'des'], ['auprès', "d'"], ['à'], ['au'], ['aux'], ['de', 'source'],
    ['de', 'sources'], ['de', 'même'], ['de', 'mêmes'], ['selon'], ['dans', "l'", 'entourage', 'de'], ['dans', "l'", 'entourage', 'du']],
  sourceNouns: ['source', 'sources', 'entourage'],
  sameSource: ['même', 'mêmes'],
  impersonalCues: ['appris', 'apprend-on', 'apprenait-on', 'rapporte-t-on'],
  afterQuoteCues: [],
  infinitiveCues: ['dit', 'dire', 'disent', 'disait', 'déclaré', 'déclare', 'déclarent', 'affirmé', 'affirme', 'affirment', 'affirmait',
    'affirmant', 'assuré', 'assure', 'assurent', 'assurait', 'assurant', 'indiqué', 'indique', 'indiquent', 'annoncé', 'annonce',
    'annoncent', 'reconnu', 'reconnaît', 'reconnaissent', 'reconnaissant', 'nié', 'nie', 'nient', 'niant', 'démenti', 'dément',
    'admis', 'admet', 'confié', 'confie', 'estimé', 'estime', 'estiment', 'raconté', 'raconte', 'regretté', 'regrette',
    'expliqué', 'explique', 'confirmé', 'confirme', 'soutenu', 'soutient', 'juré', 'jure', 'promis', 'promet', 'répété', 'répète',
    'déploré', 'déplore'],
  infinitiveEndings: ['er', 'ir', 're', 'oir'],
  infinitiveLeads: ['ne', "n'", 'pas', 'plus', 'jamais', 'rien', 'se', "s'", "l'", 'le', 'la', 'les', 'y', 'en', 'lui', 'leur',
    'me', "m'", 'nous', 'vous', 'te', "t'", 'bien', 'déjà', 'toujours', 'personnellement'],
  infinitivesAfterArticle: ['avoir', 'être', 'faire', 'voir', 'connaître', 'savoir', 'dire', 'prendre', 'recevoir', 'croire', 'rencontrer', 'appeler'],
  notInfinitives: ['entre', 'contre', 'notre', 'votre', 'autre', 'hier', 'premier', 'dernier', 'leur', 'sur', 'pour', 'par', 'cher',
    'fier', 'outre', 'lettre', 'titre', 'centre', 'ministre', 'maire', 'membre', 'nombre', 'propre', 'libre', 'quatre', 'plusieurs',
    'chaque', 'mer', 'hiver', 'avenir', 'plaisir', 'soir', 'espoir', 'mémoire', 'histoire', 'affaire',
    'samedi', 'lors', 'encore', 'janvier', 'février', 'septembre', 'octobre', 'novembre', 'décembre', 'quartier', 'dossier', 'policier',
    'conseiller', 'chantier', 'métier', 'courrier', 'papier', 'ouvrier', 'officier'],
  infinitiveBlockers: ['de', "d'", 'pour', 'sans', 'afin', 'à', 'par', 'après', 'avant', 'au', 'aux', 'du', 'des'],
  infinitiveLinks: [],
  gerundLinks: [],
  infinitiveAdjacent: false,
  // Two words in guillemets are nearly always a name (`«gilets jaunes»`), not something said.
  minQuoteWords: 3,
  relayCues: ['cité', 'citant'],
  verbEndings: [],
  nameHeads: ['journal', 'quotidien', 'hebdomadaire', 'chaîne', 'émission', 'magazine', 'film', 'livre', 'opération',
    'parti', 'baptisé', 'baptisée', 'intitulé', 'intitulée', 'appelé', 'appelée', 'surnommé', 'hashtag', 'slogan'],
  reportedRelatives: ['ce'],
  infinitiveMarkers: [],
  conjunctionHeads: ['alors', 'avant', 'après', 'parce', 'tandis', 'bien', 'pendant', 'dès', 'ainsi', 'plus', 'moins', 'depuis', 'pour', 'sans', 'afin', 'lors', 'tant', 'si', 'même'],
  adverbSuffixes: ['ment'],
  fragmentsInClauses: false,
  subjectFirst: true,
};
