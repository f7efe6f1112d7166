/** Character classes shared by the cleaning rules (for use inside RegExp sources, flag `u`). */

/** A Chinese character. */
export const HAN = '\\p{Script=Han}';

/**
 * Punctuation that lives between Chinese words: CJK symbols (。、《》【】), full-width
 * forms (，：；（）！？), curly quotes, ellipsis and dash. A rule that asks “is this
 * next to Chinese?” counts these as Chinese too.
 */
export const CJK_PUNCT = '\\u3000-\\u303f\\uff00-\\uffef\\u2018-\\u201d\\u2026\\u2014';

/** One Chinese character or Chinese punctuation mark. */
export const CJK = `[${HAN}${CJK_PUNCT}]`;

/** Tone-marked vowels: the scraped site's pinyin always carries one, English words never do. */
export const TONE_VOWELS = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';

/** A letter of a pinyin syllable as the site prints it (lowercase). */
export const PINYIN_LETTER = `[a-zü${TONE_VOWELS}]`;

/** Marks that end a sentence; 。 and ！ and ？ and ； (the last ends a clause in lists of 一是…；二是…). */
export const SENTENCE_END = '。！？；';

export const isHan = (c: string): boolean => /^\p{Script=Han}$/u.test(c);
