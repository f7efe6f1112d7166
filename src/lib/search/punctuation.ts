/**
 * Pagefind joins a page's blocks into one text and ends each block that has no closing
 * punctuation of its own with a Latin full stop (“三会一课. 释义. 党支部应当……”). Search
 * excerpts are Chinese, so after Chinese text that stop becomes 。 (and its space goes).
 * Latin text keeps its own. Applied to a fragment's text before anything reads it, so
 * excerpts, sections and highlights all see the same text.
 */
const AFTER_CHINESE = /([\p{Script=Han}”’」』）》\d%])([\u200b]*)\.(?: |$)/gu;

export function chineseStops(text: string): string {
  return text.replace(AFTER_CHINESE, '$1$2。');
}
