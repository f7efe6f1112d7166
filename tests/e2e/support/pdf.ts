/** Reading back a PDF that Chromium printed: its pages' text (unpdf, i.e. PDF.js). */
import { extractText } from 'unpdf';

export async function pdfPages(pdf: Buffer): Promise<string[]> {
  return (await extractText(new Uint8Array(pdf))).text;
}

const HAN = /\p{Script=Han}/u;
/** CJK Radicals Supplement: only ever a stand-in for the character whose glyph it shares. */
const RADICAL = /[\u2E80-\u2EFF]/;
/** Spaces and line breaks are the layout's; dashes and Kangxi radicals fold to one form. */
const fold = (s: string) => [...s.normalize('NFKC').replace(/\s+/g, '').replace(/[\u2014\u2015]/g, '—')];

/**
 * Whether printed text contains `expected`. A PDF names each glyph's character through the
 * font's reverse map, and CJK fonts share one glyph among several characters, so some come
 * back as another: 页 as the radical ⻚, 户 as 戶, 文 as ⽂. So a radical may stand for any
 * Chinese character, and a few other Chinese characters (one in 12, at least one) may
 * differ; everything else (addresses, digits, punctuation) must match.
 */
export function printedTextHas(text: string, expected: string): boolean {
  const t = fold(text);
  const e = fold(expected);
  const allowed = Math.max(1, Math.ceil(e.length / 12));
  outer: for (let i = 0; i + e.length <= t.length; i++) {
    let misses = 0;
    for (let j = 0; j < e.length; j++) {
      if (t[i + j] === e[j] || (RADICAL.test(t[i + j]!) && HAN.test(e[j]!))) continue;
      if (!HAN.test(e[j]!) || !HAN.test(t[i + j]!) || ++misses > allowed) continue outer;
    }
    return true;
  }
  return false;
}
