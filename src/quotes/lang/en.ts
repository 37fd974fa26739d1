import type { QuoteLexicon } from './types.js';

const SAYING = ['say', 'tell', 'add', 'state', 'explain', 'note', 'write', 'tweet', 'post', 'insist', 'warn',
  'caution', 'urge', 'claim', 'announce', 'confirm', 'declare', 'report', 'reply', 'ask', 'argue', 'acknowledge',
  'admit', 'continue', 'conclude', 'stress', 'emphasise', 'emphasize', 'complain', 'recall', 'describe', 'deny',
  'predict', 'observe', 'remark', 'repeat', 'concede', 'shout', 'chant', 'express', 'advise', 'denounce',
  'comment', 'respond', 'allege', 'assert', 'vow', 'pledge', 'promise', 'reveal', 'testify', 'scream', 'yell', 'accuse',
  'threaten'];

/**
 * Manner-of-speaking and answering verbs, in the past only: their `-s` forms are mostly plural nouns
 * (`demands`, `answers`, `jokes`), which must not stop a mention or open a clause. Requests (`demanded`)
 * and hedges (`suggested`) are left out, as with `asked` below.
 */
const SAYING_PAST = ['whisper', 'mutter', 'murmur', 'whimper', 'exclaim', 'sigh', 'snap', 'quip', 'joke', 'plead', 'retort',
  'answer', 'interject', 'counter', 'boast', 'recount', 'shriek', 'stammer', 'grumble', 'maintain',
  'underline', 'lament', 'protest', 'contend', 'inquire', 'gush', 'muse', 'marvel', 'cry'];
/**
 * Plain forms (`officials insist`, `they accuse him of`) of the verbs that are seldom nouns; `report`,
 * `note`, `claim`, `stress` and the like are left out, as they are nouns far more often.
 */
const BARE = ['say', 'tell', 'add', 'explain', 'insist', 'warn', 'argue', 'admit', 'deny', 'confirm', 'declare', 'announce',
  'acknowledge', 'allege', 'assert', 'concede', 'contend', 'reveal', 'predict', 'complain', 'maintain', 'accuse', 'caution',
  'testify', 'point out', 'underline'];

const past = (v: string): string => (v === 'cry' ? 'cried' : v.endsWith('e') ? `${v}d` : `${v}ed`);

/** Irregular and spelling-changing forms the regular rule below would get wrong. */
const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'says', 'saying'], tell: ['told', 'tells', 'telling'], write: ['wrote', 'writes', 'writing', 'written'],
  reply: ['replied', 'replies', 'replying'], deny: ['denied', 'denies', 'denying'],
  testify: ['testified', 'testifies', 'testifying'], admit: ['admitted', 'admits', 'admitting'],
};
const finite = (v: string): string[] => IRREGULAR[v]?.filter((f) => !f.endsWith('ing'))
  ?? [v.endsWith('e') ? `${v}d` : `${v}ed`, v.endsWith('s') || v.endsWith('sh') ? `${v}es` : `${v}s`];
const gerund = (v: string): string => IRREGULAR[v]?.find((f) => f.endsWith('ing'))
  ?? (v.endsWith('e') ? `${v.slice(0, -1)}ing` : `${v}ing`);

export const en: QuoteLexicon = {
  cuePrefixes: [],
  // Bare forms are left out but for `say`: `report`, `note`, `post` are nouns far more often than cues.
  // `called it "a disgrace"`, `labelled the plan "reckless"`: they quote a fragment, and `called on X to` takes an infinitive.
  cueVerbs: [...SAYING.flatMap(finite), ...SAYING_PAST.map(past), ...BARE, 'called', 'calls', 'labelled', 'labeled', 'branded',
    'pointed out', 'points out'],
  anaphoricOpeners: ['that', 'this', 'these', 'those', 'such'],
  bareForms: BARE.map((v) => v.split(' ')[0]!),
  nonFiniteMarkers: ['to', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'shall', 'did', 'does', 'do', 'not',
    'never', "n't", 'cannot', 'refused', 'declined'],
  relatives: ['which'],
  impersonalPronouns: [],
  sourceLinks: [],
  sourceNouns: [],
  sameSource: [],
  impersonalCues: [],
  afterQuoteCues: [...SAYING, ...SAYING_PAST].filter((v) => v !== 'say'),
  participleCues: SAYING.map(gerund),
  prepositionalCues: [['according', 'to'], ['as', 'quoted', 'by']],
  auxiliaries: ['has', 'had', 'have', 'was', 'were', 'is', 'also', 'then', 'later', 'initially', 'previously',
    'earlier', 'again', 'repeatedly', 'reportedly', 'further', 'once', 'would', 'will', 'did'],
  // Read only to tell a clause from an inverted subject (`, said the colony had shrunk`): English cues leave auxiliaries out.
  compoundAuxiliaries: ['has', 'had', 'have'],
  auxiliariesInCue: false,
  determiners: ['the', 'a', 'an', 'one', 'two', 'three', 'several', 'some', 'many', 'most', 'his', 'her', 'their', 'its', 'our', 'other', 'another', 'this', 'these', 'those'],
  passiveAuxiliaries: ['was', 'were', 'been', 'being', 'is', 'are'],
  passiveAgent: ['by'],
  invertedAuxiliaries: [],
  complementizers: ['that'],
  // Only verbs that hardly ever take a noun object: `confirmed the deal` is not reported speech.
  bareClauseVerbs: ['said', 'says', 'say', 'added', 'adds', 'insisted', 'insists', 'claimed', 'claims', 'argued',
    'argues', 'saying', 'adding', 'insisting', 'claiming', 'arguing'],
  cueLinks: [],
  speechNouns: [],
  // With a glued apostrophe (`She’s said`, `He’d told`), the form the tokenizer leaves before `s` or `d`.
  pronouns: ['he', 'she', 'they', 'it', 'we', 'i', 'who', 'which', "he'", "she'", "they'", "it'", "we'", "i'"],
  mentionStops: ['however', 'meanwhile', 'so', 'yet', 'still', 'therefore', 'thus', 'instead', 'then', 'now', 'in', 'on', 'at', 'during', 'after', 'before', 'with', 'by', 'from', 'that', 'as', 'when', 'while',
    'who', 'which', 'told', 'yesterday', 'today', 'tonight', 'earlier', 'later', 'last', 'this', 'monday',
    'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'adding', 'saying', 'but', 'although',
    'them', 'him', 'her', 'us', 'me', 'it', 'about', 'into', 'over', 'under', 'not', 'also'],
  descriptionHeads: ['the', 'a', 'an', 'spokesman', 'spokeswoman', 'spokesperson', 'head', 'minister', 'president',
    'mayor', 'chief', 'director', 'leader', 'secretary', 'chairman', 'boss', 'professor', 'governor', 'ambassador'],
  titles: ['mr', 'mrs', 'ms', 'dr', 'sir', 'lord', 'lady', 'pope', 'president', 'prime', 'minister', 'general',
    'gen', 'col', 'capt', 'sen', 'rep', 'gov', 'prof', 'king', 'queen', 'prince', 'princess', 'judge', 'no'],
  labels: ['update', 'photo', 'photos', 'video', 'watch', 'breaking', 'read', 'source', 'sources', 'note', 'editor',
    'pictured', 'image', 'credit', 'related', 'see', 'also', 'live', 'exclusive', 'analysis', 'opinion', 'tags'],
  addresseePrefixes: [],
  addresseeWords: ['told', 'tells', 'telling'],
  dativePrefixes: [],
  addresseeOutlets: [],
  relayWords: ['quoted', 'quoting', 'cited', 'citing'],
  conjunctions: ['and', 'or', 'but'],
  clauseBreakers: ['although', 'but', 'while', 'whereas', 'though'],
  nameConnectors: ['and', 'of', 'van', 'von', 'der', 'de', 'al', 'bin', 'ben'],
  // `denied having met him`, `accused him of lying`, `called on states to act`, `vowed to fight on`. Requests
  // (`asked X to`, `urged X to`) are left out: news annotation rarely counts them as reported speech.
  infinitiveCues: ['denied', 'denies', 'denying', 'admitted', 'admits', 'admitting', 'acknowledged', 'acknowledges', 'recalled',
    'recalls', 'accused', 'accuses', 'accusing', 'accuse', 'deny', 'admit', 'acknowledge', 'vowed', 'vows', 'vowing', 'promised',
    'promises', 'pledged', 'pledges', 'threatened', 'threatens', 'called', 'calls'],
  infinitiveEndings: ['ing'],
  infinitiveLeads: ['not', 'never'],
  infinitivesAfterArticle: [],
  notInfinitives: ['something', 'nothing', 'anything', 'everything', 'thing', 'things', 'during', 'morning', 'evening', 'king',
    'building', 'meeting', 'hearing', 'briefing', 'funding', 'training', 'wrongdoing', 'shooting', 'bombing', 'killing', 'ruling',
    'spring', 'ceiling', 'string', 'sibling', 'wedding', 'spending', 'findings', 'feeling'],
  infinitiveBlockers: [],
  infinitiveLinks: ['to'],
  gerundLinks: ['of'],
  infinitiveAdjacent: true,
  minQuoteWords: 1,
  relayCues: ['quoted', 'cited'],
  verbEndings: ['ed'],
  nameHeads: ['newspaper', 'magazine', 'channel', 'programme', 'program', 'show', 'film', 'book', 'album', 'operation',
    'party', 'called', 'titled', 'entitled', 'dubbed', 'named', 'hashtag', 'slogan', 'banner'],
  reportedRelatives: ['what'],
  infinitiveMarkers: ['to'],
  conjunctionHeads: ['so', 'such', 'now', 'given', 'except', 'provided'],
  adverbSuffixes: ['ly'],
  fragmentsInClauses: false,
  subjectFirst: true,
  // Plural nouns of the people and bodies news reports quote, standard as the subjects of `said`.
  speakerNouns: ['police', 'officials', 'authorities', 'investigators', 'prosecutors', 'analysts', 'critics', 'witnesses',
    'experts', 'residents', 'officers', 'lawyers', 'doctors', 'researchers', 'scientists', 'protesters', 'activists',
    'organisers', 'organizers', 'sources', 'diplomats', 'economists', 'ministers', 'leaders', 'deputies', 'troops',
    'men', 'women', 'people', 'children'],
  commaRelatives: ['who', 'which'],
  // `a spokesman for Google`, `the minister for health`: a description head's complement stays in the mention.
  mentionLinks: ['for'],
  passiveNeedsAgent: true,
  // `told reporters the plan had failed`, `told the court he had never met her`: the clause needs no `that`.
  addresseeClauseVerbs: ['told', 'tells', 'telling'],
  // `according to the law, ...`: a rule or a schedule is followed, it says nothing.
  silentSources: ['law', 'laws', 'rules', 'constitution', 'regulations', 'schedule', 'timetable'],
  // `A spokesman for the ministry said`, `The head of the far right League said`: the head before the link spoke.
  phraseLinks: ['of', 'for', 'in', 'at', 'from'],
  // `called on states to act`, `amid reports that`, `the reported attack`: a verb form after one of these is a noun
  // or an adjective. Quantifiers stay out: `Some said`, `Many say` are subjects with their verb.
  nounMarkers: ['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'on', 'in', 'at', 'of', 'for', 'from',
    'with', 'by', 'amid', 'about', 'over', 'under', 'into', 'after', 'before', 'despite', 'against', 'among', 'between',
    'without', 'to', 'following'],
};
