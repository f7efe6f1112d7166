/**
 * Long lists split into pages: the article list (/articles/, /articles/page/2/ …), the
 * home page's share of it, and the uses listed on a glossary entry (/glossary/<term>/,
 * /glossary/<term>/page/2/ …). With five articles nothing is split; with thousands, a list page
 * stays a few KiB on a phone instead of hundreds (bench: 456 KiB gzip for a home page that
 * listed 5,000 articles).
 *
 * By hand rather than Astro's paginate(): page 1 must stay at /articles/, the address
 * lecturers already link to, and later pages must not share /articles/<n>/ with the
 * articles' own addresses (/articles/<slug>/); paginate() gives either /articles/1/ or,
 * with a rest parameter, /articles/2/.
 */

/** Articles on one page of the article list. */
export const ARTICLES_PER_PAGE = 50;
/** Articles the home page shows before pointing to the full list. */
export const HOME_ARTICLES = 10;
/** Uses of a term on one page of its glossary entry (glossary/<term>/, then page/2/ …). */
export const USES_PER_PAGE = 50;

export interface ListPage<T> {
  /** From 1. */
  number: number;
  /** How many pages the list has. */
  total: number;
  /** Position of the page's first item in the whole list, from 1. */
  start: number;
  items: T[];
}

/** Splits `items` into pages of `size`; an empty list is one empty page. */
export function pageList<T>(items: readonly T[], size: number): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a positive integer, got ${size}`);
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({ number: i + 1, total, start: i * size + 1, items: items.slice(i * size, (i + 1) * size) }));
}

/** Site-relative address of page `n` of the list at `list` (e.g. 'articles/'). */
export function pagePath(list: string, n: number): string {
  return n <= 1 ? list : `${list}page/${n}/`;
}

/**
 * The page numbers a pager shows: the first, the last, and two either side of the current
 * one, with null where numbers are left out (shown as “…”). A gap of one number shows the
 * number instead.
 */
export function pagerNumbers(current: number, total: number): (number | null)[] {
  const shown = new Set([1, total]);
  for (let n = current - 2; n <= current + 2; n++) if (n >= 1 && n <= total) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const n of sorted) {
    const last = out.at(-1);
    if (typeof last === 'number' && n - last === 2) out.push(n - 1);
    else if (typeof last === 'number' && n - last > 2) out.push(null);
    out.push(n);
  }
  return out;
}
