/**
 * What the quotes stage knows about one language. Plain data: the passes never ask which language they
 * are working on, only what its lexicon says. Every word is written in its matching form (see
 * ../normalise.ts): lower case, no Arabic diacritics or tatweel, alef/yeh/teh marbuta folded.
 */
export interface QuoteLexicon {
  /** Conjunctions glued to the front of a verb (Arabic و/ف) that stay part of the cue as written. */
  cuePrefixes: readonly string[];
  /** Finite verbs of saying in every written form; a cue whose subject is its own mention. */
  cueVerbs: readonly string[];
  /** Participles and gerunds of saying (مضيفا, adding, ajoutant): they take the subject of the main clause. */
  participleCues: readonly string[];
  /** Several-word cues, each a list of matching forms (`according to`, `نقلا عن`, `d' après`). */
  prepositionalCues: readonly (readonly string[])[];
  /**
   * Auxiliaries and adverbs between a subject and its verb (`had insisted`, `a notamment déclaré`); with
   * `auxiliariesInCue` they are written into the cue, as French annotation does.
   */
  auxiliaries: readonly string[];
  auxiliariesInCue: boolean;
  /** The auxiliaries that open a compound tense; adverbs alone never start a cue. */
  compoundAuxiliaries: readonly string[];
  /** Articles and quantifiers that open a noun phrase: a mention read leftwards stops after one. */
  determiners: readonly string[];
  /** Auxiliaries that make the next cue passive: its speaker follows `passiveAgent` (`was told by X`). */
  passiveAuxiliaries: readonly string[];
  passiveAgent: readonly string[];
  /** Inverted auxiliaries carrying a subject pronoun (`a-t-il`): the cue's speaker is implicit. */
  invertedAuxiliaries: readonly string[];
  /** Words after which a content clause starts (أن, that, que), with glued pronoun forms (أنه, qu'). */
  complementizers: readonly string[];
  /** Cue verbs that take a content clause without a complementizer (English `said he would`). */
  bareClauseVerbs: readonly string[];
  /** Words that may sit between a cue verb and its complementizer (إلى in مشيرا إلى أن). */
  cueLinks: readonly string[];
  /** Nouns of saying that follow a cue and are not a speaker (قوله in مضيفا قوله). */
  speechNouns: readonly string[];
  /** Subject pronouns: a cue whose subject is one of these has an implicit speaker. */
  pronouns: readonly string[];
  /** Words that end a speaker mention: prepositions, time words, complementizers, relatives. */
  mentionStops: readonly string[];
  /** Words that head a description and may be followed by a comma and a name (`المتحدث باسم ...، فلان`). */
  descriptionHeads: readonly string[];
  /** Honorifics and titles that belong to a name (Mr, Sir, الشيخ). */
  titles: readonly string[];
  /** Line labels before a colon that are not speakers (عاجل, Update, Photo). */
  labels: readonly string[];
  /** Prefix letters that mark an addressee (لـ): a mention starting with one is not the speaker. */
  addresseePrefixes: readonly string[];
  /** Words after a cue that introduce an addressee (told → Reuters is said to, not by). */
  addresseeWords: readonly string[];
  /** One-letter prepositions glued to the next word (Arabic ل): with an outlet after them, an addressee. */
  dativePrefixes: readonly string[];
  /** Outlets and media words a report is told to (`لوكالة`, `لسانا`, `لرويترز`), without the prefix. */
  addresseeOutlets: readonly string[];
  /** Words that relay a speaker (`نقلت X عن Y`, `quoted Y as saying`): the speaker is the mention after them. */
  relayWords: readonly string[];
  /** Cues that relay someone else's words, so a relay word after their subject is looked through. */
  relayCues: readonly string[];
  /** Endings of finite verbs: a mention read forwards in cased text stops at one (`the pope included`). */
  verbEndings: readonly string[];
  /** Words that name what follows in marks (`قناة "..."`, `the newspaper "..."`): such marks wrap a title. */
  nameHeads: readonly string[];
  /** Relatives that stand with their verb between a prepositional cue and its speaker (`وفقا لما ذكرته X`). */
  reportedRelatives: readonly string[];
  /** Infinitive markers (`to`): before a bare verb they end a mention read forwards. */
  infinitiveMarkers: readonly string[];
  /** Words that turn a following complementizer into a conjunction (`alors que`, `so that`). */
  conjunctionHeads: readonly string[];
  /** Endings of adverbs that may stand between a subject and its verb (`eventually said`). */
  adverbSuffixes: readonly string[];
  /** Conjunctions that join marked quotes or clauses (`«A» et «B»`, `and adding`). */
  conjunctions: readonly string[];
  /** Words that, after a comma, end a reported clause (`, although`, `، بينما`). */
  clauseBreakers: readonly string[];
  /** Words that join the parts of a name or a list of speakers and never start a mention (`of`, `de`). */
  nameConnectors: readonly string[];
  /**
   * Prefixes of a definite genitive complement that continues a title (`لل` in `الأمين العام للأمم
   * المتحدة`); a mention read forwards takes it in when the mention then ends cleanly. Unset: none.
   */
  genitivePrefixes?: readonly string[];
  /** The article glued to a noun (`ال`): a definite common noun may be followed by the name it bears in marks. Unset: none. */
  definitePrefixes?: readonly string[];
  /**
   * A past-perfect frame whose subject stands between its two parts (`كانت X قد قالت`): the copula forms
   * that open it and the particle right before the verb. Unset: none.
   */
  perfectCopulas?: readonly string[];
  perfectParticles?: readonly string[];
  /**
   * A vowel sign on a past verb's first letter that makes it passive (Arabic damma: `نُقلوا` "were moved",
   * not "they relayed"), and the letters that open a present tense, where that sign is active. Unset: none.
   */
  passiveVowel?: string;
  presentLetters?: string;
  /** Words that join a title to its complement (`إلى` in `المبعوث إلى اليمن`, `لدى`). Unset: none. */
  mentionLinks?: readonly string[];
  /**
   * Links of a noun complement (`de`, `du`, `des`): a mention read back to one hangs on the noun before it
   * (`Le parquet de Paris`, not `Paris`). Unset: none.
   */
  complementLinks?: readonly string[];
  /** Nouns of what was said (`message`, `communiqué`): never the head of a speaker's complement (`le message de X`). Unset: none. */
  utteranceNouns?: readonly string[];
  /** Words of time and manner that stand between a verb and its inverted subject (`a annoncé dimanche soir le préfet`). Unset: none. */
  timeWords?: readonly string[];
  /**
   * The narrative infinitive (`Et de prévenir : «...»`): infinitives of saying that, behind `narrativeLead`
   * (`et de`), are a cue whose speaker is the last one. Unset: none.
   */
  narrativeInfinitives?: readonly string[];
  narrativeLead?: readonly string[];
  /** Object pronouns that stand between a subject and its verb (`X l'a confirmé`, `X lui glisse`): never the subject. Unset: none. */
  objectClitics?: readonly string[];
  /** Prepositions that open a phrase of time or place before a subject (`À la fin de la réunion, X dit`): no reported content. Unset: none. */
  scenePrepositions?: readonly string[];
  /** The ending of a present participle (`-ant`): after a comma one ends reported content; and the words so ending that are none. Unset: none. */
  gerundEnding?: string;
  notGerunds?: readonly string[];
  /** Words that open a sentence pointing back at the quotation before it (`C'est par ces mots que X a dit`, `That is what`). */
  anaphoricOpeners: readonly string[];
  /** Verb forms that are also infinitives (`say`, `insist`), and the words that make them one (`to`, `will`, `did not`). */
  bareForms: readonly string[];
  nonFiniteMarkers: readonly string[];
  /** Subject relatives (`qui`, `which`): a trailing `selon X` vouches for the relative clause it follows. */
  relatives: readonly string[];
  /** Subject pronouns of no one in particular (`on`): an inverted cue with one names its source after a link. */
  impersonalPronouns: readonly string[];
  /** Links before the source of an impersonal cue (`auprès de`, `à`, `de source`), and the nouns that head such a source. */
  sourceLinks: readonly (readonly string[])[];
  sourceNouns: readonly string[];
  /** The word after a link that says the source is the last one (`de même source`). */
  sameSource: readonly string[];
  /** Participles that are cues only behind an impersonal inverted auxiliary (`a-t-on appris`), and their own inverted forms. */
  impersonalCues: readonly string[];
  /** Bare verbs of saying that are cues only right after a closing mark (`"…," reply the twins`): elsewhere mostly nouns. */
  afterQuoteCues: readonly string[];
  /** Verbs of saying (as written, any form) that take an infinitive or gerund clause as their content. */
  infinitiveCues: readonly string[];
  /** Endings of an infinitive (French `-er`, `-ir`...) or gerund (English `-ing`) that can be such content. */
  infinitiveEndings: readonly string[];
  /** Negation and object pronouns that may open an infinitive clause (`ne pas avoir`, `l'avoir`). */
  infinitiveLeads: readonly string[];
  /** The only infinitives read behind an object pronoun that is also an article (`l'avoir vu`, not `la fermeture`). */
  infinitivesAfterArticle: readonly string[];
  /** Words ending like an infinitive that are none (`entre`, `hier`, `notre`). */
  notInfinitives: readonly string[];
  /** Prepositions after which an infinitive is an adjunct (`pour former`), not the content. */
  infinitiveBlockers: readonly string[];
  /** Links before a bare infinitive (`asked them to leave`) and before a gerund (`accused him of lying`). */
  infinitiveLinks: readonly string[];
  gerundLinks: readonly string[];
  /** Whether the infinitive or gerund must follow the verb at once (English `denied having`; not French `a annoncé dimanche avoir`). */
  infinitiveAdjacent: boolean;
  /** Fewest words in marks that can be speech after a cue (Arabic puts single names in marks). */
  minQuoteWords: number;
  /**
   * Whether marked words inside an indirect content clause are quotes of their own (English and French
   * news annotate the quoted fragment too; Arabic annotation keeps only the clause).
   */
  fragmentsInClauses: boolean;
  /** Whether a speaker usually comes before its verb (English, French) rather than after it (Arabic). */
  subjectFirst: boolean;

  // Verb-first clause subjects (verb-first-subject.ts): an implicit cue inside a sentence takes the
  // subject of the verb that opened its clause.
  /** Particles before a clause's opening verb (`كما`, `بل`, `ثم`); after a comma they open a new clause. Unset: none, and no such reading. */
  clauseOpeners?: readonly string[];
  /** Quantifiers that stand with `من` before the group they count (`عدد من`). Unset: none. */
  quantifierHeads?: readonly string[];

  // Clause edges of verb-first reports (find-indirect.ts, relative-subject.ts).
  /** First and last letters of an accusative participle that, after a comma, ends reported content (`، مشيدا`). Unset: none. */
  circumstantialAffixes?: readonly [string, string];
  /** Relative pronouns before a verb cue, with the gender and number they mark (agreement.ts bits): the antecedent spoke. Unset: none. */
  subjectRelatives?: readonly (readonly [string, 'masculine' | 'feminine' | 'plural'])[];
  /** Negations right before a verb (`لم يعلن`, `ولم يؤكد`): the verb reports nothing said. Unset: none. */
  verbNegations?: readonly string[];
  /**
   * Verbs that report speech only with a colon or a participle of saying right after them (`وزاد:`,
   * `وزاد قائلا`); elsewhere they mean something else (`زاد عدد` "the number rose"). Unset: none.
   */
  speechOnlyVerbs?: readonly string[];

  // English antecedents (issue 15): which mentions a pronoun may stand for.
  /** Nouns of people and bodies that speak (`police`, `officials`): a sentence opening with one names a speaker. Unset: none. */
  speakerNouns?: readonly string[];
  /** Relative pronouns that are a cue's subject (`, who said`): the speaker is the mention before the comma. Unset: none. */
  commaRelatives?: readonly string[];
  /** Articles, possessives and prepositions after which a verb form is a noun (`on states`, `amid reports`, `her claims`). Unset: none. */
  nounMarkers?: readonly string[];
  /** Nouns of rules and plans that say nothing (`وفقا للقانون`, `according to the law`): never the source of a prepositional cue. Unset: none. */
  silentSources?: readonly string[];
  /** Prepositions that hang a complement on the head before it in a subject (`A spokesman for the ministry`, `The head of X`). Unset: none. */
  phraseLinks?: readonly string[];
  /** Verbs of telling whose addressee may be followed by a clause without a complementizer (`told reporters the plan had failed`). Unset: none. */
  addresseeClauseVerbs?: readonly string[];
  /** Whether a cue after a passive auxiliary is one only with its agent (`was reported by X`; not `is accused of`). Unset: no. */
  passiveNeedsAgent?: boolean;
}
