/**
 * The commonest short function words of the Latin-script languages we have rules for. News text is full of
 * them, so counting them tells English from French at a fraction of franc's cost; words both languages
 * share (`a`, `on`, `son`, `est`...) are left out on purpose.
 */
export const FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  eng: [
    'the', 'and', 'of', 'to', 'in', 'is', 'was', 'that', 'for', 'with', 'said', 'as', 'by', 'at', 'from', 'his', 'her', 'it',
    'he', 'she', 'they', 'have', 'has', 'had', 'were', 'be', 'been', 'will', 'would', 'this', 'which', 'who', 'their', 'an',
    'not', 'but', 'after', 'or', 'we', 'told', 'also', 'its', 'are', 'more', 'than', 'about', 'over', 'into',
  ],
  fra: [
    'le', 'la', 'les', 'de', 'des', 'du', 'et', 'un', 'une', 'dans', 'pour', 'que', 'qui', 'sur', 'par', 'au', 'aux', 'avec',
    'il', 'elle', 'ils', 'ne', 'pas', 'se', 'ce', 'cette', 'été', 'sont', 'ont', 'était', 'selon', 'mais', 'plus', 'lors',
    'leur', 'leurs', 'nous', 'vous', 'déclaré', 'après', 'entre', 'très', 'aussi', 'être', 'avait', 'sous', 'comme',
  ],
};
