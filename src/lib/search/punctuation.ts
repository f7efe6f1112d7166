/**
 * Pagefind joins a page's blocks into one text and ends each block that has no closing
 * punctuation of its own with a Latin full stop (“三会一课. 释义. 党支部应当……”). Search
 * excerpts are Chinese, so after Chinese text that stop becomes 。, and the space it and
 * Chinese punctuation are followed by goes.
 * Latin text keeps its own. Applied to a fragment's text before anything reads it, so
 * excerpts, sections and highlights all see the same text.
 */
const AFTER_CHINESE = /([\p{Script=Han}”’」』）》\d%])([\u200b]*)\.(?: |$)/gu;
/** The space Pagefind puts between blocks, after Chinese punctuation, where Chinese never has one. */
const SPACE_AFTER_CHINESE_STOP = /([。！？；：])([\u200b]*) (?=[\u200b]*[\p{Script=Han}“‘「『（《])/gu;

export function chineseStops(text: string): string {
  return text.replace(AFTER_CHINESE, '$1$2。').replace(SPACE_AFTER_CHINESE_STOP, '$1$2');
}
