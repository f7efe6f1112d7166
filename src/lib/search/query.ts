/**
 * What a reader typed, made comparable with page text. Pure: the search page, the search
 * worker, the landing highlight and the tests share it.
 *
 * A query is a list of terms that must all occur in a page, each as a contiguous string
 * (“三会一课” is one term, “三会一课 阳江” two). Quotes, straight or Chinese, only group:
 * `"两个维护"` and “两个维护” are the term 两个维护, as is the unquoted 两个维护.
 */

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
 * The query Pagefind is asked, built so that it matches what the reader typed and not
 * scattered characters. Pagefind 1.6 indexes every pair of adjacent Chinese characters as
 * a word (besides whole words), and matches each query word as a prefix; so a term is sent
 * as pairs that cover it (三会一课 → 三会 一课, 村集体经济 → 村集 体经 经济): a page must
 * contain each pair. Runs of other characters (99.7%, Latin) are left as typed, for
 * Pagefind's own splitting. Non-overlapping pairs keep the number of words, and so of
 * index chunks fetched, small; pages that contain the pairs but not the term are rare and
 * are removed by the check against the page text (containsAll).
 */
export function pairQuery(terms: string[]): string {
  const words: string[] = [];
  for (const term of terms) {
    for (const run of term.match(RUNS) ?? []) {
      if (!HAN.test(run)) {
        if (hasWord(run)) words.push(run);
        continue;
      }
      const chars = [...run];
      if (chars.length === 1) {
        words.push(run);
        continue;
      }
      for (let i = 0; i < chars.length; i += 2) {
        // An odd last character goes with the one before it, as a pair, not alone.
        const at = Math.min(i, chars.length - 2);
        words.push(chars[at]! + chars[at + 1]!);
      }
    }
  }
  return [...new Set(words)].join(' ');
}

/**
 * The query as Pagefind would take it on its own, split into words by the browser's
 * segmenter. Its extra answers (pages with some of the words) are shown as 相关结果.
 */
export function wordQuery(terms: string[], locale = 'zh-CN'): string {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  return terms
    .flatMap((t) => [...segmenter.segment(t)].filter((s) => s.isWordLike).map((s) => s.segment))
    .join(' ');
}
