/**
 * The scraped site glues pinyin after some characters: `機(jī)`, `實(shí)`. A pinyin gloss is
 * a Chinese character followed by one lowercase syllable with a tone mark in ASCII
 * parentheses; real parenthesised text (`(徐绍波)`, `(试行)`, `村(社区)`, `(app)`) never
 * has that shape, so it is kept.
 */
import { HAN, PINYIN_LETTER, TONE_VOWELS } from './chars.ts';
import { outsideSpots } from './spots.ts';

/** At most six letters: the longest syllables are zhuàng, shuāng, chuáng. */
const GLOSS = new RegExp(`(${HAN})\\((?=[a-zü]*[${TONE_VOWELS}])${PINYIN_LETTER}{1,6}\\)`, 'gu');

export function stripPinyin(line: string): string {
  return outsideSpots(line, (text) => text.replace(GLOSS, '$1'));
}

/** The glosses a text still has (`機(jī)`), for the build's check of finished articles. */
export const pinyinGlosses = (text: string): string[] => text.match(GLOSS) ?? [];
