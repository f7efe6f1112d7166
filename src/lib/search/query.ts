/**
 * What a reader typed, made comparable with page text. Pure: the search page, the search
 * worker, the landing highlight and the tests share it.
 *
 * A query is a list of terms that must all occur in a page, each as a contiguous string
 * (“三会一课” is one term, “三会一课 阳江” two). Quotes, straight or Chinese, only group:
 * `"两个维护"` and “两个维护” are the term 两个维护, as is the unquoted 两个维护.
 */
import { chunksOf, type ChunkRange } from './index-build.ts';

/** Width and case folded, invisible characters dropped: ＋ → +, ９９ → 99, Ａ → a. */
export function fold(text: string): string {
  return text.normalize('NFKC').replace(/[\u200b-\u200d\u2060\ufeff]/g, '').toLowerCase();
}

/** Page text as terms are matched against it: folded, and without whitespace, which
 * carries no meaning in Chinese and differs between the HTML and the index. */
export const comparable = (text: string): string => fold(text).replace(/\s+/g, '');

/** A quoted phrase: its words must stand together (spaces inside it do not count). */
const QUOTED = /"([^"]*)"|“([^”]*)”|‘([^’]*)’|「([^」]*)」|『([^』]*)』|《([^》]*)》/g;
/** Quote marks left over (unpaired) only delimit. */
const STRAY = /["'“”‘’「」『』《》〈〉【】]/g;

const hasWord = (t: string) => /[\p{L}\p{N}]/u.test(t);
/** Sentence punctuation typed around a term (“三会一课，”); % and + are kept (99.7%). */
const trim = (t: string) => t.replace(/^[,.;:!?、。…·]+|[,.;:!?、。…·]+$/gu, '');

export function parseQuery(raw: string): string[] {
  const phrases: string[] = [];
  const rest = fold(raw).replace(QUOTED, (...m: string[]) => {
    phrases.push(m.slice(1, 7).find((g) => g !== undefined)!.replace(/\s+/g, ''));
    return ' ';
  });
  const words = rest.replace(STRAY, ' ').split(/\s+/);
  return [...new Set([...phrases, ...words].map(trim).filter(hasWord))];
}

/** Every term occurs in the text (both as folded by `comparable`). */
export function containsAll(text: string, terms: string[]): boolean {
  const hay = comparable(text);
  return terms.length > 0 && terms.every((t) => hay.includes(t));
}

const HAN = /\p{Script=Han}/u;
const RUNS = /\p{Script=Han}+|[^\p{Script=Han}]+/gu;

/**
 * The words a term can be looked up by: each pair of adjacent Chinese characters (a lone
 * character as itself), and each run of other characters as typed (99.7%, Latin), left
 * to Pagefind's own splitting. A page that contains the term contains every one of them.
 */
export function termWords(term: string): string[] {
  const words: string[] = [];
  for (const run of term.match(RUNS) ?? []) {
    if (!HAN.test(run)) {
      if (hasWord(run)) words.push(run);
      continue;
    }
    const chars = [...run];
    if (chars.length === 1) words.push(run);
    for (let i = 0; i + 1 < chars.length; i++) words.push(chars[i]! + chars[i + 1]!);
  }
  return [...new Set(words)];
}

/** Pairs that cover a term without overlapping (三会一课 → 三会 一课, 村集体经济 → 村集 体经 经济). */
function cover(words: string[]): string[] {
  return words.filter((_, i) => i % 2 === 0 || i === words.length - 1);
}

/**
 * The query Pagefind is asked, built so that it matches what the reader typed and not
 * scattered characters. Pagefind 1.6 indexes every pair of adjacent Chinese characters as
 * a word (besides whole words), and matches each query word as a prefix; so a term is sent
 * as pairs (三会一课 → 三会 一课): a page must contain each pair. Pages that contain the
 * pairs but not the term are rare, and are removed by the check against the page text
 * (containsAll).
 *
 * With the index's chunk ranges (index-chunks.ts), only pairs from the fewest chunks are
 * sent, at least one per term, as each chunk costs about 30 KiB to fetch.
 */
export function pairQuery(terms: string[], ranges: ChunkRange[] = []): string {
  const perTerm = terms.map(termWords).filter((w) => w.length > 0);
  if (ranges.length === 0) return [...new Set(perTerm.flatMap(cover))].join(' ');
  const chunks = new Map(perTerm.flat().map((w) => [w, chunksOf(w, ranges)]));
  const within = (set: number[]) => (w: string) => chunks.get(w)!.every((c) => set.includes(c));
  for (let size = 1; size <= ranges.length; size++) {
    const best = subsets(ranges.length, size)
      .filter((set) => perTerm.every((words) => words.some(within(set))))
      .map((set) => perTerm.flatMap((words) => words.filter(within(set))))
      .sort((a, b) => b.length - a.length)[0];
    if (best) return [...new Set(best)].join(' ');
  }
  return [...new Set(perTerm.flat())].join(' ');
}

/** All `size`-element subsets of 0 … n-1. */
function subsets(n: number, size: number): number[][] {
  if (size === 0) return [[]];
  const out: number[][] = [];
  for (let first = 0; first <= n - size; first++) {
    for (const rest of subsets(n - first - 1, size - 1)) out.push([first, ...rest.map((r) => r + first + 1)]);
  }
  return out;
}

/**
 * The query as Pagefind would take it on its own, split into words by the browser's
 * segmenter. Its extra answers (pages with some of the words) are shown as 相关结果.
 */
export function wordQuery(terms: string[], locale = 'zh-CN'): string {
  // No segmenter (Safari < 14.1, Firefox < 125, older WebViews): the terms as typed, which
  // Pagefind then takes as they are; 相关结果 finds fewer pages, and nothing breaks.
  if (typeof Intl.Segmenter !== 'function') return terms.join(' ');
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  return terms
    .flatMap((t) => [...segmenter.segment(t)].filter((s) => s.isWordLike).map((s) => s.segment))
    .join(' ');
}
