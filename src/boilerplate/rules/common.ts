import type { BoilerplateKind } from '../../contract/types.js';
import type { LanguageRules } from '../types.js';

/** News agencies and photo services as they appear in credits, datelines and sign-offs. */
export const AGENCIES: readonly string[] = [
  'Reuters', 'REUTERS', 'AFP', 'AP', 'EPA', 'PA', 'Getty Images', 'Getty', 'Images', 'Bloomberg', 'Guardian',
  'Associated Press', 'The Associated Press', 'ANSA', 'DPA', 'dpa', 'Xinhua', 'Anadolu', 'TASS', 'Sputnik', 'CNN',
  'BBC', 'NYT', 'Keystone', 'Keystone-ATS', 'ATS', 'SIPA', 'IRNA', 'WANA', 'UPI', 'AAP', 'WireImage', 'Shutterstock',
  'RT',
];

/** Agency codes of the lowercase sign-offs that Swiss and French sites end reports with: `(afp/nxp)`. */
export const AGENCY_CODES: readonly string[] = ['afp', 'ats', 'ap', 'nxp', 'dpa', 'reuters', 'ansa', 'belga', 'sda', 'apa', 'mch', 'cht', 'ats/afp'];

/** Arabic names of agencies as they close a dateline (`دمشق - سانا`). */
export const ARABIC_AGENCIES: readonly string[] = [
  'سانا', 'واس', 'قنا', 'وام', 'بترا', 'كونا', 'سبأ', 'بنا', 'العمانية', 'الأناضول', 'رويترز', 'أ ف ب', 'أ.ف.ب', 'د ب أ',
  'إرنا', 'فارس', 'تسنيم', 'سبوتنيك', 'وفا', 'معا', 'الأناضول', 'شينخوا', 'يو بي آي', 'أ ش أ', 'واج', 'لاماب',
];

/** Social platforms: a line that is only one of them is a share button. */
export const PLATFORMS: readonly string[] = [
  'Facebook', 'Twitter', 'X', 'Google', 'Google+', 'WhatsApp', 'Email', 'E-mail', 'Pinterest', 'LinkedIn', 'Reddit',
  'Telegram', 'Instagram', 'YouTube', 'TikTok', 'Print', 'Share', 'Tweet', 'Messenger', 'Viber', 'Tumblr',
];

/** The words of platform names as share rows print them, Arabic spellings too (`جوجل بلس`, `واتس اب`). */
export const PLATFORM_WORDS: readonly string[] = [
  ...PLATFORMS, 'Plus', 'Mail', 'Flipboard', 'Pocket', 'VK', 'Copy', 'Link', 'Copier', 'lien', 'Imprimer', 'Partager', 'Envoyer',
  'فيسبوك', 'فيس', 'بوك', 'تويتر', 'واتساب', 'واتس', 'اب', 'آب', 'جوجل', 'بلس', 'تيليجرام', 'تلغرام', 'تلجرام', 'تيليغرام',
  'لينكد', 'إن', 'انستغرام', 'إنستغرام', 'يوتيوب', 'البريد', 'الإلكتروني', 'طباعة', 'مشاركة', 'شارك', 'ماسنجر',
];

/** Hosts whose links are promotion or channel links rather than sources the author cites. */
export const LINK_HOST_KINDS: ReadonlyArray<readonly [host: string, kind: BoilerplateKind]> = [
  ['t.me', 'channel_link'],
  ['telegram.me', 'channel_link'],
  ['telegram.dog', 'channel_link'],
  ['chat.whatsapp.com', 'promo'],
  ['whatsapp.com', 'promo'],
  ['youtube.com', 'promo'],
  ['youtu.be', 'promo'],
  ['tiktok.com', 'promo'],
  ['facebook.com', 'promo'],
  ['fb.me', 'promo'],
  ['instagram.com', 'promo'],
  ['twitter.com', 'promo'],
  ['x.com', 'promo'],
];

/** Hosts of channel links, from which the channel name is read. */
export const CHANNEL_HOSTS: readonly string[] = ['t.me', 'telegram.me', 'telegram.dog'];

export const common: LanguageRules = {
  id: 'common',
  lines: [
    { name: 'share-button', kind: 'share', equals: PLATFORMS, maxLength: 20 },
    { name: 'copyright', kind: 'copyright', startsWith: ['©', '(c) ', 'Copyright ', 'All rights reserved'], maxLength: 200 },
    { name: 'copyright', kind: 'copyright', contains: ['All rights reserved', 'جميع الحقوق محفوظة', 'Tous droits réservés'], maxLength: 200 },
    // An advertisement slot's label left alone on its line.
    { name: 'ad-slot', kind: 'other', equals: ['Advertisement', 'ADVERTISEMENT', 'Advertisement:', 'Sponsored', 'Sponsored content', 'Publicité', 'PUBLICITÉ', 'Contenu sponsorisé', 'إعلان', 'اعلان', 'محتوى ممول'], maxLength: 20 },
    { name: 'email', kind: 'byline', pattern: /^[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{2,63}$/u, maxLength: 120 },
  ],
  markers: [],
  gluedOpeners: [],
  gluedReportingVerbs: [],
  sentenceOpeners: [],
  bodyLineOpeners: [],
  creditLabels: [],
  bylineSuffixes: [],
  blockLabels: [],
  tailLabels: [],
  continuationPrefixes: [],
};

/**
 * Instagram's embed as scrapers flatten it, in the page's language: an opener, the post's caption, then
 * `<shared by> Name (@handle) <date> <time zone>`, sometimes twice.
 */
export const EMBEDS: ReadonlyArray<{ opener: string; sharedBy: string }> = [
  { opener: 'View this post on Instagram', sharedBy: 'A post shared by' },
  { opener: 'Voir cette publication sur Instagram', sharedBy: 'Une publication partagée par' },
  { opener: 'Afficher cette publication sur Instagram', sharedBy: 'Une publication partagée par' },
  { opener: 'عرض هذا المنشور على Instagram', sharedBy: 'تمت مشاركة منشور بواسطة' },
];
