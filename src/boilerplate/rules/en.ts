import type { LanguageRules } from '../types.js';

export const en: LanguageRules = {
  id: 'en',
  lines: [
    { name: 'follow-us', kind: 'promo', startsWith: ['Like us on', 'Follow us on', 'Follow us at', 'Join us on', 'Subscribe to our', 'Sign up for our', 'Sign up to our', 'Download our app', 'Get our app'], maxLength: 120 },
    { name: 'follow-author', kind: 'promo', pattern: /^Follow [\p{L}\p{N}@_. '-]{2,60} on (?:Twitter|Facebook|Instagram|X)\b/u, maxLength: 140 },
    { name: 'share-widget', kind: 'share', startsWith: ['Share this', 'Share on ', 'Share:', 'Email this', 'Print this'], maxLength: 40 },
    { name: 'share-widget', kind: 'share', contains: ['Share Pin It', 'More Galleries', 'ADVERTISEMENT'], maxLength: 600 },
    // The button that stands for a link to the full story or to more of it (CNN, Guardian app, blogs).
    { name: 'read-more-button', kind: 'related_headline', equals: ['Read more', 'Read more »', 'Continue reading', 'Read the full story', 'Read full story'], maxLength: 24 },
    // The wire and newspaper credit closing a report: `CNN's X and Y contributed to this report.` (CNN, AP),
    // `The Associated Press contributed reporting.`, `X contributed reporting from Paris.` (The New York Times).
    { name: 'contributed', kind: 'byline', contains: ['contributed'], pattern: /\bcontributed (?:to this (?:report|story|article)|reporting)(?: (?:from|in) [\p{Lu}][^.!?]{1,60})?(?: to this (?:report|story))?\.?$/u, maxLength: 400 },
    // A newsletter describing itself (`Morning Brief is a daily newsletter from X that ...`, Business Insider),
    // or the sign-up line under a report (`Sign up for the X newsletter`, `Subscribe to get ... in your inbox`).
    { name: 'newsletter', kind: 'promo', contains: ['newsletter'], pattern: /^[\p{Lu}][\p{L}\p{N}'’&. -]{0,50} is (?:a|an|our) [\p{L} -]{0,40}newsletter (?:from|by|that|for|which|with)\b/u, maxLength: 300 },
    { name: 'newsletter', kind: 'promo', startsWith: ['Sign up', 'Subscribe', 'Register'], pattern: /^(?:Sign up|Subscribe|Register)(?: now| here| today)? (?:for|to)\b[^.!?]{0,80}\b(?:newsletters?|in your inbox)\b/iu, maxLength: 200 },
    // `The couple were seen in Paris [Splash]` (OK!), `Protesters march in Paris [Jane Doe/Reuters]` (Al Jazeera):
    // a bracketed photo credit closes a caption line that no sentence mark closed.
    { name: 'bracket-credit-caption', kind: 'caption', contains: [']'], pattern: /[^.\s]\s?\[(?!Laughter|Applause|Inaudible|Crosstalk|Sic\b)[\p{Lu}][\p{L}.&'/ -]{1,40}\]$/u, maxLength: 200 },
    // Page chrome: `Published: 3 December 2018 10:30 GMT`, `Updated 1:12 PM ET, Tue December 4, 2018`, the comments heading.
    { name: 'publish-date', kind: 'other', startsWith: ['Published', 'Updated', 'Last updated', 'Posted', 'First published'], pattern: /^(?:(?:Published|Updated|Last updated|Posted|First published)(?:\s?:| on)\s?[^!?\d]{0,30}\d[^!?]{0,60}[^.!?]|(?:Updated|Published|Posted) \d{1,2}:\d\d ?(?:AM|PM|am|pm|GMT|BST|ET)[^!?]{0,60})$/u, maxLength: 90 },
    { name: 'comments', kind: 'other', equals: ['Comments', 'Add a comment', 'View comments', 'Show comments', 'Leave a comment'], maxLength: 20 },
    // A video player's title: `WATCH: <title>`, `VIDEO: <title>` (CBC, Global News, Fox, ABC).
    { name: 'watch', kind: 'caption', startsWith: ['WATCH:', 'WATCH |', 'Watch:', 'VIDEO:', 'Video:'], maxLength: 200 },
    { name: 'click-here', kind: 'promo', contains: ['click here', 'Click here'], maxLength: 120 },
    // A photo's buttons left on their own line: `Enlarge` (New York Daily News), `Enlarge this image` and
    // `toggle caption` (NPR, under every photo).
    { name: 'photo-button', kind: 'caption', equals: ['Enlarge', 'Enlarge this image', 'toggle caption', 'hide caption'], maxLength: 20 },
    { name: 'originally-appeared', kind: 'other', startsWith: ['This article originally appeared', 'This story originally appeared', 'This article first appeared', 'This story first appeared', 'This article was originally published', 'A version of this'], maxLength: 200 },
    { name: 'related', kind: 'related_headline', startsWith: ['Related:', 'Related article:', 'Related articles:', 'Related story:', 'Related Content', 'Read more:', 'READ MORE:', 'Read More:', 'See also:', 'Also read:', 'More:'], maxLength: 200 },
    { name: 'reporting-credit', kind: 'byline', pattern: /^\(?(?:Additional reporting|Reporting|Writing|Editing|Compiled|Edited) by\b/u, maxLength: 1200 },
    { name: 'byline', kind: 'byline', pattern: /^By [\p{Lu}][\p{L}.' -]{0,60}(?:\/[\p{L} ]{1,30}\.?)?$/u, maxLength: 80 },
    { name: 'slideshow-caption', kind: 'caption', pattern: /^\d{1,3} of \d{1,3}\. /u, maxLength: 1200 },
    { name: 'file-photo-caption', kind: 'caption', pattern: /^\((?:File|Photo|Image|Staff photo|AP Photo)\b[^)\n]{0,80}\)/u, maxLength: 1500 },
    { name: 'agency-photo-caption', kind: 'caption', contains: ['(AP Photo/', '(AP Photo)', '(REUTERS/', '(Reuters/', '(AFP/', '(Photo by '], maxLength: 1200 },
    { name: 'picture-caption', kind: 'caption', contains: ['in this picture illustration', 'in this file photo', 'in this photo illustration', 'In this image released', 'In this photo released', 'in this handout photo', 'In this file photo', 'In this handout'], maxLength: 600, firstLineOnly: true },
  ],
  markers: [
    { name: 'read-more', kind: 'related_headline', pattern: /\b(?:Read more|READ MORE|Read More|Related|Related article|See also|Also read|Read also)\s?:/gu, run: 'headline', holds: { text: ':', within: 17 } },
    { name: 'read-more-inline', kind: 'related_headline', pattern: /\b(?:Read more|READ MORE|Read More)(?= \p{Lu})/gu, run: 'headline' },
  ],
  gluedOpeners: [],
  gluedReportingVerbs: [],
  sentenceOpeners: ['The', 'He', 'She', 'It', 'They', 'We', 'But', 'However', 'Meanwhile', 'According', 'This', 'That', 'These', 'Those', 'His', 'Her', 'Their', 'Its', 'There', 'When', 'While', 'After', 'Before', 'Police', 'Officials', 'Mr', 'Mrs', 'Ms'],
  bodyLineOpeners: [],
  creditLabels: ['Photograph:', 'Photograph :', 'File photograph:', 'File photo:', 'Photo:', 'Photo credit:', 'Picture:', 'Image:', 'Credit:', 'Photos:'],
  bylineSuffixes: [],
  // CNN's summary box; `Key points` the same box at ABC and others.
  blockLabels: ['Story highlights', 'Key points', 'Highlights'],
  tailLabels: ['Tags:', 'Topics:'],
  continuationPrefixes: [],
};
