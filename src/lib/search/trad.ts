/**
 * Traditional → Simplified for queries (陽江 → 阳江, 黨建 → 党建), character by character.
 *
 * The site's text is Simplified, so a Traditional query must be converted before it can
 * match. A query is a few words, for which a character table is enough; OpenCC's phrase
 * dictionaries (hundreds of KiB) are for converting running text. The table comes in two
 * generated parts (scripts/search-trad-table.ts writes them from opencc-js):
 * - trad-bitmap.ts, one bit per character of U+3400–U+9FFF saying whether it is
 *   Traditional-only (under 2 KiB gzip): the search page always has it, to decide;
 * - trad-simplified.ts, the Simplified form of each of those characters in code-point
 *   order (about 7 KiB gzip): loaded only when a query has a Traditional-only character.
 */
export const FIRST = 0x3400;
export const LAST = 0x9fff;

export interface TradBitmap {
  bits: Uint8Array;
  /** Number of set bits before each byte, to find a character's place in the table. */
  before: Uint16Array;
}

export function decodeBitmap(base64: string): TradBitmap {
  const bits = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const before = new Uint16Array(bits.length);
  let n = 0;
  bits.forEach((byte, i) => {
    before[i] = n;
    for (let b = byte; b; b &= b - 1) n += 1;
  });
  return { bits, before };
}

export function encodeBitmap(codePoints: number[]): string {
  const bits = new Uint8Array(Math.ceil((LAST - FIRST + 1) / 8));
  for (const cp of codePoints) bits[(cp - FIRST) >> 3]! |= 1 << ((cp - FIRST) & 7);
  let binary = '';
  for (const b of bits) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** The character's place among the Traditional-only ones, or -1 when it is not one. */
function rank(map: TradBitmap, cp: number): number {
  if (cp < FIRST || cp > LAST) return -1;
  const i = cp - FIRST;
  const byte = map.bits[i >> 3]!;
  if (!(byte & (1 << (i & 7)))) return -1;
  let below = byte & ((1 << (i & 7)) - 1);
  let n = map.before[i >> 3]!;
  for (; below; below &= below - 1) n += 1;
  return n;
}

export function hasTraditional(map: TradBitmap, text: string): boolean {
  for (const c of text) if (rank(map, c.codePointAt(0)!) >= 0) return true;
  return false;
}

/** `simplified` holds one character per Traditional-only character, in code-point order. */
export function toSimplified(map: TradBitmap, simplified: string, text: string): string {
  const table = [...simplified];
  let out = '';
  for (const c of text) {
    const r = rank(map, c.codePointAt(0)!);
    out += r >= 0 ? (table[r] ?? c) : c;
  }
  return out;
}
