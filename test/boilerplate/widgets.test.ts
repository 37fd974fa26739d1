import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

/** Widgets of outlets the stage was not built against, each next to a body line that looks like it. */
describe('widgets by shape and position', () => {
  it('takes a "Read more" button line but keeps a sentence that opens with the words', () => {
    const text = 'The minister resigned on Friday.\nRead More\nRead more about the reform in the report the ministry published last year, he said.\nHis deputy takes over.';
    const r = run(text, 'eng');
    expect(r.texts).toEqual(['Read More']);
    expect(r.kinds).toEqual(['related_headline']);
  });

  it('takes a "Story highlights" box up to the first sentence of the report', () => {
    const text = '\nStory highlights\nA bus overturns on a mountain road in Peru\nRescuers reach the site after six hours\nA bus carrying 40 passengers overturned on Sunday, police said.\nThe highlights of the trip were the lakes, one survivor said.';
    const r = run(text, 'eng');
    expect(r.texts).toEqual(['Story highlights\nA bus overturns on a mountain road in Peru\nRescuers reach the site after six hours']);
    expect(r.kinds).toEqual(['other']);
  });

  it('takes a "contributed to this report" credit but keeps a sentence about a contribution', () => {
    const text = 'Talks resumed on Monday.\nThe fund contributed to this report on poverty in 2019, the authors said.\nCNN\'s Jane Roe and John Doe contributed to this report.';
    const r = run(text, 'eng');
    expect(r.texts).toEqual(["CNN's Jane Roe and John Doe contributed to this report."]);
    expect(r.kinds).toEqual(['byline']);
  });

  it('takes a newsletter describing itself but keeps a sentence about a newsletter', () => {
    const text = 'Stocks fell on Tuesday.\nHer newsletter is read by thousands of traders every morning.\nMarket Notes is a weekly newsletter from Example Media that delivers the top stories for investors.';
    const r = run(text, 'eng');
    expect(r.texts).toEqual(['Market Notes is a weekly newsletter from Example Media that delivers the top stories for investors.']);
    expect(r.kinds).toEqual(['promo']);
  });

  it('takes the New York Times form of the credit, "contributed reporting from <place>"', () => {
    const text = 'The vote is set for Thursday.\nAn aide said the count could take two days.\nClaire Dubois contributed reporting from Brussels.';
    const r = run(text, 'eng');
    expect(r.texts).toEqual(['Claire Dubois contributed reporting from Brussels.']);
    expect(r.kinds).toEqual(['byline']);
    const body = 'The vote is set for Thursday.\nHeavy rain contributed to the flooding in Brussels, officials said.\nRoads reopened on Friday.';
    expect(run(body, 'eng').spans).toEqual([]);
  });

  it('takes a newsletter sign-up line, English and French, but keeps sentences about subscribers and a newsletter', () => {
    const en = 'The council will vote again in May.\nSign up for the Morning Digest newsletter to get the day\'s top stories in your inbox';
    expect(run(en, 'eng').texts).toEqual(["Sign up for the Morning Digest newsletter to get the day's top stories in your inbox"]);
    const enBody = 'The council will vote again in May.\nSubscribers to the newsletter said the price had doubled in a year.\nThe editor declined to comment.';
    expect(run(enBody, 'eng').spans).toEqual([]);
    const fr = 'Le conseil votera de nouveau en mai.\nRecevez notre infolettre chaque matin dans votre boîte de réception';
    expect(run(fr, 'fra').texts).toEqual(['Recevez notre infolettre chaque matin dans votre boîte de réception']);
    const frBody = 'Le conseil votera de nouveau en mai.\nRecevoir la newsletter du parti était devenu un rituel pour ces militants.\nLe maire n’a pas réagi.';
    expect(run(frBody, 'fra').spans).toEqual([]);
  });

  it('takes a caption closed by a photographer and agency in brackets (Al Jazeera style), not a bracketed insertion', () => {
    const text = 'Thousands marched in Lyon on Saturday.\n\nPolice officers stand guard outside the courthouse [Jane Doe/Reuters]\n\nHe called the result a victory [for the workers]\n\nThe unions plan another march next week.';
    const r = run(text, 'eng');
    expect(r.texts).toEqual(['Police officers stand guard outside the courthouse [Jane Doe/Reuters]']);
    expect(r.kinds).toEqual(['caption']);
  });

  it('takes a photo\'s "Enlarge" and "toggle caption" buttons, not a sentence that opens with the verb', () => {
    const text = 'The lawsuit was filed on Thursday.\nEnlarge this image\ntoggle caption\nEnlarge the photo and the bruises are plain to see, the lawyer told the court.\nThe hearing is set for June.';
    const r = run(text, 'eng');
    expect(r.texts).toEqual(['Enlarge this image', 'toggle caption']);
    expect(r.kinds).toEqual(['caption', 'caption']);
  });

  it('takes a caption closed by a bracketed agency, not a bracketed aside', () => {
    const text = 'The singer arrived in Rome on Monday.\n\nThe pair were seen leaving a restaurant [Splash]\n\nThe audience cheered [Laughter]\n\nShe said the tour would go on.';
    const r = run(text, 'eng');
    expect(r.texts).toEqual(['The pair were seen leaving a restaurant [Splash]']);
    expect(r.kinds).toEqual(['caption']);
  });

  it('takes a signature line after the body, not the last item of a dashed list', () => {
    const signed = 'The hearing was postponed to March.\n\n-- Jane Whitfield';
    expect(run(signed, 'eng').texts).toEqual(['-- Jane Whitfield']);
    const list = 'The route passes through three cities:\n- Lyon\n- Dijon\n- Paris';
    expect(run(list, 'eng').spans).toEqual([]);
    const ar = 'وأكد الوزير أن المفاوضات ستستأنف الأسبوع المقبل.\n- وكالة الأنباء';
    expect(run(ar, 'arb').kinds).toEqual(['byline']);
  });

  it('takes a line of agency names joined by slashes, not a line that names two countries', () => {
    const text = 'وقالت الشرطة إن التحقيق ما زال جاريا.\nمصر/ السعودية\nقناة 24/ أ ف ب';
    const r = run(text, 'arb');
    expect(r.texts).toEqual(['قناة 24/ أ ف ب']);
    expect(r.kinds).toEqual(['byline']);
  });

  it('takes a tag list after the last sentence, not a tag label inside the body', () => {
    const text = 'Les députés ont voté le texte mardi. Les tags : ces graffitis couvrent la façade depuis mai.\nLe vote final aura lieu jeudi. Mots-clés : Assemblée, budget, vote';
    const r = run(text, 'fra');
    expect(r.texts).toEqual(['Mots-clés : Assemblée, budget, vote']);
    expect(r.kinds).toEqual(['other']);
  });

  it('takes the drawn signature that closes a channel post, not a dash inside it', () => {
    const text = 'أعلنت البلدية ── بعد اجتماع طويل ── إغلاق السوق القديم للصيانة. ••┈┈┈┈┈┈┈┈•• 🩵';
    const r = run(text, 'arb');
    expect(r.texts).toEqual(['••┈┈┈┈┈┈┈┈•• 🩵']);
    expect(r.kinds).toEqual(['channel_link']);
  });
});

describe('related-article and share markers', () => {
  it('takes a label | headline line in Arabic and keeps the paragraph below', () => {
    const text = 'وقال المتحدث إن الاجتماع ناقش الوضع الأمني.\nقد يهمك| وزير الخارجية يصل إلى عمان في زيارة رسمية\nوأضاف أن اللجنة ستجتمع مجددا الأسبوع المقبل.';
    const r = run(text, 'arb');
    expect(r.texts).toEqual(['قد يهمك| وزير الخارجية يصل إلى عمان في زيارة رسمية']);
    expect(r.kinds).toEqual(['related_headline']);
  });

  it('takes "للمزيد:" with its headline, but not "للمزيد من" in a sentence', () => {
    const text = 'وأكدت الوزارة أن الحملة مستمرة.\nللمزيد: انطلاق حملة التطعيم في المدارس الحكومية\nوأضافت أن الحملة تشمل جميع المحافظات.\nللمزيد من المعلومات يمكن زيارة مراكز الصحة في المحافظة، بحسب البيان.';
    const r = run(text, 'arb');
    expect(r.texts).toEqual(['للمزيد: انطلاق حملة التطعيم في المدارس الحكومية']);
  });

  it('takes a share row glued before the first sentence, and keeps a sentence about sharing', () => {
    const text = 'شارك من خلال تويتر فيسبوك واتساب اكتب رأيك أعلنت الجامعة افتتاح كلية جديدة للهندسة.\nوشارك في الحفل عدد من الوزراء عبر تويتر وفيسبوك.';
    const r = run(text, 'arb');
    expect(r.texts).toEqual(['شارك من خلال تويتر فيسبوك واتساب اكتب رأيك']);
    expect(r.kinds).toEqual(['share']);
  });

  it('takes "التفاصيل:" above its link as share', () => {
    const text = 'الاحتلال يقتحم بلدة في شمال الضفة الغربية ويعتقل شابين.\n\nإليك التفاصيل:\n\nhttps://news.example.org/post/12345';
    const r = run(text, 'arb');
    expect(r.texts[0]).toBe('إليك التفاصيل:');
    expect(r.kinds[0]).toBe('share');
  });

  it('takes French "» LIRE AUSSI -" and "À VOIR AUSSI -" lines with the right kinds', () => {
    const text = 'Le préfet a interdit la manifestation samedi.\n» LIRE AUSSI - La préfecture ferme trois stations de métro\nLes organisateurs ont annoncé un recours.\nÀ VOIR AUSSI - Des heurts place de la République\nIl faut lire aussi - disait-il - les rapports précédents.';
    const r = run(text, 'fra');
    expect(r.texts).toEqual(['» LIRE AUSSI - La préfecture ferme trois stations de métro', 'À VOIR AUSSI - Des heurts place de la République']);
    expect(r.kinds).toEqual(['related_headline', 'caption']);
    const also = 'Le préfet a interdit la manifestation samedi.\nÀ voir également : Les images des heurts devant la gare\nLe musée rouvre en mai, et il y aura beaucoup à voir aussi : trois salles seront restaurées.';
    const r2 = run(also, 'fra');
    expect(r2.texts).toEqual(['À voir également : Les images des heurts devant la gare']);
    expect(r2.kinds).toEqual(['caption']);
  });

  it('takes a video title, a dossier pointer and an Instagram embed in French', () => {
    const text = [
      'Le ministre a répondu aux questions des députés mardi.',
      'Le ministre répond aux députés - Regarder la vidéo',
      'Consultez notre dossier : La réforme des retraites',
      'Voir cette publication sur Instagram Une publication partagée par Jeanne (@jeanne) le 2 mai 2019 à 10 :12 PDT',
      'Il faut regarder la vidéo - a-t-il dit - pour comprendre la scène.',
      'Consultez le dossier médical de votre enfant avant la rentrée, recommande la ministre.',
    ].join('\n');
    const r = run(text, 'fra');
    expect(r.kinds).toEqual(['caption', 'promo', 'other']);
    expect(r.texts[0]).toBe('Le ministre répond aux députés - Regarder la vidéo');
  });
});

describe('the openings of other articles after a related-articles widget', () => {
  const report = [
    'أعلن وزير الصحة، الثلاثاء، افتتاح ثلاثة مستشفيات جديدة في جنوب البلاد.',
    'وقال الوزير في مؤتمر صحفي إن المستشفيات ستعمل بكامل طاقتها الشهر المقبل.',
    'اقرأ أيضا| ',
    'وأضاف أن الوزارة تعاقدت مع مئات الأطباء والممرضين للعمل فيها.',
    'كما أشار إلى خطة لتوسيع خدمات الإسعاف في المناطق الريفية.',
  ];
  const ledes = [
    'أعلنت وزارة النقل، الأربعاء، عن تشغيل خط قطار جديد يربط العاصمة بالمدن الساحلية.',
    'قالت منظمة الصحة العالمية إن حالات الإصابة بالحصبة ارتفعت في المنطقة خلال العام الجاري.',
  ];

  it('takes the closing paragraphs that start afresh after the widget', () => {
    const text = [...report, ...ledes].join('\n');
    const r = run(text, 'arb');
    expect(r.texts).toEqual(['اقرأ أيضا|', ...ledes]);
    expect(r.kinds).toEqual(['related_headline', 'related_headline', 'related_headline']);
  });

  it('keeps closing paragraphs that go on with the report', () => {
    const text = [...report, 'وتابع الوزير أن الافتتاح الرسمي سيكون بحضور رئيس الوزراء.', 'من جهته، رحب نقيب الأطباء بالخطة.'].join('\n');
    expect(run(text, 'arb').texts).toEqual(['اقرأ أيضا|']);
  });

  it('keeps the same paragraphs when no widget announced them', () => {
    const text = [...report.filter((l) => !l.startsWith('اقرأ')), ...ledes].join('\n');
    expect(run(text, 'arb').spans).toEqual([]);
  });

  it('keeps them when they would be most of the report', () => {
    const text = ['أعلن الوزير افتتاح المستشفى.', 'اقرأ أيضا| ', ...ledes].join('\n');
    expect(run(text, 'arb').texts).toEqual(['اقرأ أيضا|']);
  });
});

describe('ad slots, video titles and network rows', () => {
  it('takes an advertisement label alone on its line, not a sentence about advertising', () => {
    const text = 'Le salon ouvre ses portes samedi.\nPublicité\nLa publicité pour le salon a coûté cher, selon les organisateurs.';
    const r = run(text, 'fra');
    expect(r.texts).toEqual(['Publicité']);
    expect(r.kinds).toEqual(['other']);
  });

  it('takes "WATCH:" video titles in English and "شاهد أيضا:" links in Arabic', () => {
    const en = 'Flooding closed the main road on Sunday.\nWATCH: Residents wade through flooded streets\nCrews expect to reopen it on Tuesday.\nHe said they should watch the river closely.';
    expect(run(en, 'eng').texts).toEqual(['WATCH: Residents wade through flooded streets']);
    const ar = 'وأغلقت السيول الطريق الرئيسي.\nشاهد أيضا: سكان يعبرون الشوارع المغمورة\nوقال المسؤولون إن الطريق سيفتح الثلاثاء.';
    expect(run(ar, 'arb').texts).toEqual(['شاهد أيضا: سكان يعبرون الشوارع المغمورة']);
  });

  it('takes a row of network names, not a line that names networks in a sentence', () => {
    const text = 'The company said the outage was fixed.\nFacebook Twitter WhatsApp Email\nFacebook and Twitter were down for an hour.\nفيسبوك تويتر واتساب';
    const r = run(text, 'eng');
    expect(r.texts).toEqual(['Facebook Twitter WhatsApp Email', 'فيسبوك تويتر واتساب']);
    expect(r.kinds).toEqual(['share', 'share']);
  });

  it('takes a row whatever the case of its first word, a one-letter first word and the Kelvin sign included', () => {
    // The row is ruled in or out by the first two codes of its line, lower-cased: these just pass.
    const text = 'The company said the outage was fixed.\nFACEBOOK TWITTER EMAIL\nX Facebook Telegram\nLin\u212aedIn Twitter\nThe rest of the report follows here.';
    expect(run(text, 'eng').texts).toEqual(['FACEBOOK TWITTER EMAIL', 'X Facebook Telegram', 'Lin\u212aedIn Twitter']);
    const ar = 'وأعلنت الوزارة فتح باب التسجيل.\nانستغرام تويتر واتساب\nوقال الوزير إن التسجيل مفتوح.';
    expect(run(ar, 'arb').texts).toEqual(['انستغرام تويتر واتساب']);
  });

  it('takes short credit lines after a line whose slash was found first', () => {
    // Short lines are read for a credit only where the text's next slash falls inside them.
    const text = 'The ministry posted the figures at https://example.org/data/2024 on Monday, officials said.\nAFP/Reuters\nThe vote was held on Sunday.\nAP / Reuters\n';
    const r = run(text, 'eng');
    expect(r.texts).toEqual(['AFP/Reuters', 'AP / Reuters']);
    expect(r.kinds).toEqual(['byline', 'byline']);
  });
});

describe('buttons left on their own line', () => {
  it('takes "Lire la suite" and "Cliquez ici" lines, not sentences with the words', () => {
    const text = 'Le conseil a voté le budget.\nLire la suite\nPour lire la suite du rapport, il faut attendre juin, a dit le maire.\nCliquez ici pour recevoir notre lettre du matin\nLe maire a dit «cliquez ici» en riant, mais personne n’a compris pourquoi il le disait pendant la longue séance du conseil municipal de mardi soir.';
    const r = run(text, 'fra');
    expect(r.texts).toEqual(['Lire la suite', 'Cliquez ici pour recevoir notre lettre du matin']);
  });

  it('takes an Arabic "click here" line', () => {
    const text = 'وأعلنت الوزارة فتح باب التسجيل.\nللتسجيل اضغط هنا\nوقال الوزير إن التسجيل يستمر شهرا، مضيفا أن من يرغب في المشاركة عليه أن يضغط على الرابط الموجود في الموقع الرسمي للوزارة قبل نهاية الشهر الجاري حتى يتمكن من الحصول على الخدمة.';
    expect(run(text, 'arb').texts).toEqual(['للتسجيل اضغط هنا']);
  });
});
