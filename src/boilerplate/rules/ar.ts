import type { LanguageRules } from '../types.js';

/** Verbs that open a reported statement, past tense, masculine and feminine. */
const REPORTING_VERBS = [
  'قال', 'قالت', 'أفاد', 'أفادت', 'أضاف', 'أضافت', 'أكد', 'أكدت', 'أوضح', 'أوضحت', 'أشار', 'أشارت', 'ذكر', 'ذكرت',
  'تابع', 'تابعت', 'صرح', 'صرحت', 'لفت', 'لفتت', 'شرح', 'روى', 'أعلن', 'أعلنت', 'نقل', 'نقلت', 'كشف', 'كشفت',
  'بين', 'بينت', 'اعتبر', 'اعتبرت', 'رأى', 'أردف', 'أردفت', 'أفاد', 'نفى', 'نفت', 'حذر', 'حذرت',
];

/** The conjunctions that glue onto the verb that opens an Arabic sentence. */
const withConjunction = (words: readonly string[]): string[] => words.flatMap((w) => [`و${w}`, `ف${w}`]);

const SENTENCE_OPENERS = [
  'من جهة أخرى', 'من جهة ثانية', 'من جهته', 'من جهتها', 'من جانبه', 'من جانبها', 'في غضون ذلك', 'وفي غضون ذلك',
  'وفي السياق', 'وفي سياق', 'في السياق', 'يذكر أن', 'ويذكر أن', 'جدير بالذكر', 'والجدير بالذكر', 'وكان', 'وكانت',
  'إلى ذلك', 'وإلى ذلك', 'بدوره', 'بدورها', 'في المقابل', 'وفي المقابل',
];

export const ar: LanguageRules = {
  id: 'ar',
  lines: [
    // "You can get notifications ... after downloading our app" / "follow us on ..." lines.
    {
      name: 'app-promo',
      kind: 'promo',
      startsWith: ['يمكنكم', 'بإمكانكم', 'وبإمكانكم', 'ويمكنكم', 'حمل تطبيق', 'حملوا تطبيق', 'للاشتراك', 'اشترك', 'اشتركوا', 'انضموا', 'انضم', 'للانضمام', 'تابعونا', 'تابعوا', 'تابعنا', 'لمتابعة', 'لمشاهدة', 'شاهد الحلقة', 'شاهد البرنامج', 'شاهد الفيديو', 'شاهد المقابلة', 'شاهد التقرير', 'شاهدوا', 'متابعينا', 'كونوا معنا'],
      contains: ['تطبيق', 'إشعارات', 'قناة', 'قناتنا', 'قنواتنا', 'بالقناة', 'يوتيوب', 'تلغرام', 'تلجرام', 'تيليغرام', 'التلغرام', 'واتساب', 'واتس اب', 'تيك توك', 'فيسبوك', 'تويتر', 'انستغرام', 'إنستغرام', 'الرابط', 'الحلقة', 'متابعتنا', 'التواصل معنا', 'صفحتنا', 'حسابنا'],
      maxLength: 260,
    },
    { name: 'follow-us', kind: 'promo', contains: ['تابعونا على', 'تابعونا عبر', 'تابعوا قناتنا', 'اشتركوا في قناتنا', 'انضموا إلى قناتنا', 'تابعوا آخر الأخبار على'], maxLength: 200 },
    // A call to follow or watch, without naming a platform, is promotion when it sits next to promotion.
    { name: 'promo-lead-in', kind: 'promo', startsWith: ['لمتابعة', 'تابعوا', 'تابعونا', 'لمشاهدة', 'شاهدوا', 'للاطلاع على', 'للمزيد'], maxLength: 200, needsNeighbour: true },
    { name: 'click-here', kind: 'promo', contains: ['اضغط هنا', 'انقر هنا', 'إضغط هنا'], maxLength: 120 },
    { name: 'share-your-view', kind: 'promo', startsWith: ['شاركونا', 'شاركنا', 'شارك برأيك', 'ما رأيكم'], maxLength: 60 },
    // The lead-in of a promotion post speaks to the audience ("our channel", "with you") and sits next to
    // the promotion itself; news text rarely says "we" and "you".
    { name: 'audience-lead-in', kind: 'promo', contains: ['قناتنا', 'قنواتنا', 'صفحتنا', 'حسابنا', 'معنا', 'معكم', 'متابعينا', 'تابعونا', 'انضموا'], maxLength: 160, needsNeighbour: true },
    { name: 'source-credit', kind: 'byline', pattern: /^(?:المصدر|مصدر الخبر|المصادر)\s?:\s?\S/u, maxLength: 60 },
    { name: 'author-credit', kind: 'byline', pattern: /^(?:بقلم|كتب|كتبت|إعداد|تحرير)\s?:\s?\S/u, maxLength: 60 },
    // Page chrome: the publication date line (`تاريخ النشر: 12/03/2019 | 10:30`), the print/send row, the comments heading.
    { name: 'publish-date', kind: 'other', startsWith: ['تاريخ النشر', 'تاريخ الإضافة', 'آخر تحديث', 'نشر بتاريخ'], pattern: /^(?:تاريخ النشر|تاريخ الإضافة|آخر تحديث|نشر بتاريخ)\s?:?\s?[^.!؟?\d]{0,20}\d[^!؟?]{0,60}$/u, maxLength: 90 },
    { name: 'page-actions', kind: 'share', contains: ['ارسل لصديق', 'أرسل لصديق', 'إرسال لصديق', 'أرسل إلى صديق'], maxLength: 60 },
    { name: 'comments', kind: 'other', equals: ['التعليقات', 'تعليقات', 'أضف تعليق', 'أضف تعليقك', 'اكتب تعليقك'], maxLength: 20 },
    { name: 'photo-credit', kind: 'caption', pattern: /^(?:الصورة|صورة|تصوير|الصور)\s?:\s?\S/u, maxLength: 120 },
  ],
  markers: [
    // Inline between two paragraphs, the widget is the marker and its one headline: the run ends where the
    // body resumes (a glued or spaced `وأضاف`, a sentence mark), else at the end of the line.
    { name: 'read-also', kind: 'related_headline', pattern: /[اإأ]قر[أا] (?:أيضا|أيضاً|ايضا|ايضاً|أيضًا|المزيد)/gu, run: 'headline', continues: true },
    // `قد يهمك| <عنوان>` (CNN Arabic, Masrawy), `للمزيد: <عنوان>` (France24, BBC Arabic): a label, `|` or `:`, a headline.
    { name: 'may-interest-you', kind: 'related_headline', pattern: /(?:قد (?:يهمك|يعجبك)|ربما يهمك|للمزيد|(?:شاهد|طالع) أيضاً?)\s?[|:]/gu, run: 'line', continues: true },
    // A TV channel's video lead-out: `مراسل قناة X في واشنطن، فلان، يقدم التفاصيل.` (NTD in the corpus; the hand-over formula of broadcasters' web copy, see RULES.md).
    { name: 'video-lead-out', kind: 'caption', pattern: /مراسل(?:ة|نا|تنا)? [^.!؟\n]{2,80} (?:يقدم|يقدّم|تقدم|تقدّم|يرصد|ترصد|ينقل|تنقل|يوافينا|توافينا)(?: لنا| لكم)? ب?(?:التفاصيل|المزيد|آخر التطورات)(?:\.|(?=[!؟\n]|$))/gu, run: 'match', holds: { text: 'مراسل', within: 1 } },
    // A share row glued to what follows: `شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك`.
    { name: 'share-row', kind: 'share', pattern: /(?:شارك|مشاركة)(?: من خلال| عبر| على)?(?: (?:تويتر|فيسبوك|فيس بوك|جوجل بلس|واتساب|واتس اب|واتس آب|تيليجرام|تلغرام|تلجرام|تيليغرام|لينكد إن|انستغرام|إنستغرام|يوتيوب|ماسنجر|البريد الإلكتروني|طباعة)){2,10}(?: اكتب رأيك| أضف تعليق)?/gu, run: 'match', holds: { text: 'شارك', within: 3 } },
    { name: 'news-link', kind: 'share', pattern: /رابط (?:الخبر|المقال|المادة)/gu, run: 'line' },
    { name: 'see-also', kind: 'related_headline', pattern: /(?:مواضيع|أخبار|مقالات) (?:ذات صلة|متعلقة)/gu, run: 'line', continues: true },
  ],
  gluedOpeners: [...withConjunction(REPORTING_VERBS), ...SENTENCE_OPENERS, ...SENTENCE_OPENERS.filter((w) => !w.startsWith('و')).map((w) => `و${w}`)],
  gluedReportingVerbs: withConjunction(REPORTING_VERBS),
  sentenceOpeners: [...withConjunction(REPORTING_VERBS), ...SENTENCE_OPENERS.filter((w) => w.startsWith('و'))],
  bodyLineOpeners: [...withConjunction(REPORTING_VERBS), ...SENTENCE_OPENERS, 'وفي', 'ومن', 'وقد', 'كما', 'وكما', 'ولم', 'ولا', 'وتأتي', 'وجاء', 'وتعد', 'ويعد'],
  creditLabels: ['الصورة:', 'الصورة :', 'تصوير:', 'تصوير :'],
  // `فلان- سبق- متابعة:` opens Sabq reports: the writer who followed the story (witnesses in RULES.md).
  bylineSuffixes: ['يكتب:', 'تكتب:', 'يكتب :', 'تكتب :', 'متابعة:', 'متابعة :'],
  blockLabels: [],
  tailLabels: ['الوسوم:', 'الوسوم :', 'وسوم:', 'الكلمات الدالة:', 'الكلمات المفتاحية:', 'كلمات مفتاحية:'],
  continuationPrefixes: ['و', 'ف'],
};
