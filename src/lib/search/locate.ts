/**
 * Where the terms of a query stand in a text, as ranges of the original text, so they
 * can be marked: in a result's excerpt and on the page a result leads to. Matching is on
 * folded text (query.ts): ＋ finds +, and whitespace between characters is skipped, as a
 * term may run across an inline element (一个<button>三会一课</button>).
 */
import { fold } from './query.ts';

export interface Range { start: number; end: number }

/** The folded text without whitespace, and for each of its characters the index in `text` it came from. */
function folded(text: string): { hay: string; from: number[] } {
  let hay = '';
  const from: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const c = String.fromCodePoint(cp);
    if (!/\s/.test(c)) {
      for (const f of fold(c)) {
        hay += f;
        for (let k = 0; k < f.length; k++) from.push(i);
      }
    }
    i += c.length;
  }
  return { hay, from };
}

/** All occurrences of the terms, sorted, without overlaps (a longer term wins where two start together). */
export function locate(text: string, terms: string[]): Range[] {
  const { hay, from } = folded(text);
  const found: Range[] = [];
  for (const term of terms) {
    if (!term) continue;
    for (let at = hay.indexOf(term); at >= 0; at = hay.indexOf(term, at + 1)) {
      const lastChar = from[at + term.length - 1]!;
      found.push({ start: from[at]!, end: lastChar + String.fromCodePoint(text.codePointAt(lastChar)!).length });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Range[] = [];
  for (const r of found) {
    const last = out.at(-1);
    if (last && r.start < last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}
