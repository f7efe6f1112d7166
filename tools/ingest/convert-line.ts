/**
 * The text rules every line goes through, in an order that matters: garbled spots are
 * marked on the raw line (so they stay as scraped); pinyin glosses go before conversion
 * (opencc would not know them); conversion goes before punctuation (which tests its
 * neighbours against Simplified text).
 */
import { toSimplified } from '../../src/lib/chinese/convert.ts';
import { markUnreadable } from './mojibake.ts';
import { stripPinyin } from '../../src/lib/chinese/pinyin.ts';
import { normalisePunctuation } from './punctuation.ts';

export function convertLine(raw: string): string {
  return normalisePunctuation(toSimplified(stripPinyin(markUnreadable(raw.trim())))).trim();
}
