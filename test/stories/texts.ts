// Reports written for these tests, in the style of wire copy and its re-posts.

export const WIRE_EN = [
  'The regional water authority said on Tuesday that the reservoir north of the valley had fallen to a third of its capacity after the driest spring in two decades.',
  'Farmers in the district have been told to cut irrigation by half until the autumn rains, a spokeswoman for the authority told reporters at a briefing in the provincial capital.',
  'Engineers are inspecting two pumping stations that failed last week, and tankers will supply eleven villages whose wells have run dry, she added.',
  'The opposition accused the government of ignoring warnings issued three years ago and called for an emergency session of the provincial assembly.',
].join('\n\n');

/** The same story, cut after its second paragraph, with a channel's footer. */
export const WIRE_EN_SHORTENED = `${WIRE_EN.split('\n\n').slice(0, 2).join('\n\n')}\n\nFollow us on Telegram for more news.`;

/** The same story with a paragraph of the outlet's own added at the end. */
export const WIRE_EN_EXTENDED = `${WIRE_EN}\n\nLocal residents interviewed by our correspondent said queues at the remaining wells now start before dawn and that the price of bottled water has doubled since May.`;

/** Another story on the same topic, on the same day, with the same names: a hard negative. */
export const OTHER_EN = [
  'The regional water authority announced on Tuesday a plan to build a desalination plant on the coast, with construction due to begin next year.',
  'The project, financed by a loan from a development bank, would supply the provincial capital and relieve pressure on the reservoir north of the valley, officials said.',
  'Environmental groups questioned the cost of the plant and asked how the brine it produces would be disposed of without harming fisheries along the shore.',
].join('\n\n');

export const WIRE_AR = [
  'قالَ المتحدّثُ باسمِ وزارةِ الصّحةِ إنّ ٢٣ مصاباً نُقلوا إلى المستشفى الحكوميّ بعد انهيار جزئي لمبنى سكني في الحي الشرقي من المدينة مساء الأحد.',
  'وأضاف المتحدث في بيان أن فرق الدفاع المدني ما زالت تبحث عن مفقودين تحت الأنقاض، وأن السلطات أخلت المباني المجاورة احتياطاً.',
  'وأعلنت البلدية أنها ستفتح تحقيقاً في أسباب الانهيار وستراجع تراخيص البناء في الحي خلال الأسبوع المقبل.',
].join('\n');

/** The same story as a re-post writes it: no diacritics, tatweel, other alef and ya forms, ASCII digits. */
export const WIRE_AR_REPOST = [
  'عاجل | قال المتحـــدث باسم وزارة الصحة ان 23 مصابا نقلوا الى المستشفى الحكومي بعد انهيار جزئي لمبنى سكني في الحي الشرقي من المدينة مساء الاحد.',
  'واضاف المتحدث في بيان ان فرق الدفاع المدني ما زالت تبحث عن مفقودين تحت الانقاض، وان السلطات اخلت المباني المجاورة احتياطا.',
  'واعلنت البلديه انها ستفتح تحقيقا في اسباب الانهيار وستراجع تراخيص البناء في الحي خلال الاسبوع المقبل.',
].join('\n');

export const WIRE_FR = [
  "Le conseil municipal a voté jeudi soir la fermeture de la piscine olympique pour des travaux de rénovation qui dureront au moins dix-huit mois, a annoncé la mairie.",
  "« Nous n'avions plus le choix, la toiture présentait des risques pour le public », a déclaré l'adjointe chargée des sports lors de la séance.",
  "Les clubs de natation seront accueillis dans les bassins des communes voisines, et un service de navette sera mis en place pour les écoles.",
].join('\n\n');

/** The French story with other quote marks and apostrophes, odd spacing, capitals and an entity. */
export const WIRE_FR_REPOST = [
  "LE CONSEIL MUNICIPAL a voté jeudi soir la fermeture de la piscine olympique pour des travaux de rénovation qui dureront au moins dix-huit mois,  a annoncé la mairie.",
  "&quot;Nous n’avions plus le choix, la toiture présentait des risques pour le public&quot;, a déclaré l’adjointe chargée des sports lors de la séance.",
  "Les clubs de natation seront accueillis dans les bassins des communes voisines, et un service de navette sera mis en place pour les écoles.",
].join('\n\n');

/** Two alerts of one template that differ by one place: two events, not a re-post. */
export const ALERT_A = 'عاجل | الجيش: اعترضنا طائرة مسيرة أطلقت نحو قاعدة جوية في الجنوب صباح اليوم دون وقوع إصابات.';
export const ALERT_B = 'عاجل | الجيش: اعترضنا طائرة مسيرة أطلقت نحو ميناء تجاري في الشمال صباح اليوم دون وقوع إصابات.';
