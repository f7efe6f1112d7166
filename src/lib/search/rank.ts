/**
 * Order of the pages that contain the query, decided before any page's text is loaded,
 * so that only the results shown are downloaded.
 *
 * 1. A term, theme or case whose name *is* the query: searching 三会一课 opens with the
 *    glossary entry 三会一课 (a glossary entry before a theme of the same name, a theme
 *    before a case).
 * 2. Then by type: the articles, where the words are used in full context; the cases
 *    (a place's page); the themes, which quote the articles; the glossary entries that
 *    mention the query in another term's definition.
 * 3. Within a type, Pagefind's order. (Its score alone puts short pages first, so an
 *    article that uses 阳江 thirty times would come after glossary entries that use it once.)
 *
 * Articles are never “named” (rule 1). To apply the rule the search must know every
 * candidate's title before loading it, and the search downloads no per-article data up
 * front (pagefind/search-meta.json lists only the pages that are not articles, whose
 * number does not grow with the articles: catalogue.ts). An article whose title is the
 * query still comes first among the articles in practice, as Pagefind weighs words in a
 * page's <h1> most (tests/e2e/search.spec.ts checks it for every article).
 */
import { comparable } from './query.ts';

export const TYPE_ORDER = ['文章', '案例', '专题', '术语'] as const;
/** The type of most pages, and the only one that is not named (rule 1). */
export const ARTICLE = '文章';
/** The types a query can name, in the order named pages come. */
export const NAMED_ORDER = ['术语', '专题', '案例'] as const;

/** A page's name as a query would match it: “（编者拟题）” and other bracketed notes are not part of it. */
export const bare = (title: string): string => comparable(title.replace(/（[^）]*）/g, ''));
const place = (list: readonly string[], type: string) => (list.includes(type) ? list.indexOf(type) : list.length);

export interface Ranked {
  type: string;
  /** Its name is the query (rule 1); only ever true for the types in NAMED_ORDER. */
  named: boolean;
  /** Position in Pagefind's ranking. */
  order: number;
}

/** Sorts by the three rules; does not change its input. */
export function rankPages<T extends Ranked>(hits: T[]): T[] {
  const key = (h: T): [number, number, number] =>
    [h.named ? 0 : 1, h.named ? place(NAMED_ORDER, h.type) : place(TYPE_ORDER, h.type), h.order];
  return [...hits].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
}

/** The page's name is the query (rule 1): `name` as `bare` gives it. */
export const isNamed = (name: string, type: string, terms: string[]): boolean =>
  (NAMED_ORDER as readonly string[]).includes(type) && name === terms.join('');

export interface Rankable {
  title: string;
  type: string;
  /** Position in Pagefind's ranking. */
  order: number;
}

/** Pages whose titles are at hand (the offline search: offline.ts). */
export function rankHits<T extends Rankable>(hits: T[], terms: string[]): T[] {
  return rankPages(hits.map((hit) => ({ hit, type: hit.type, order: hit.order, named: isNamed(bare(hit.title), hit.type, terms) }))).map((r) => r.hit);
}

/**
 * Pages known only by their Pagefind id, in Pagefind's order (the online search):
 * `others` is search-meta.json's list of the pages that are not articles (id → type and
 * bare name); any other page is an article.
 */
export function rankIds(ids: string[], others: Record<string, readonly [type: string, name: string]>, terms: string[]): string[] {
  const ranked = ids.map((id, order) => {
    const [type, name] = others[id] ?? [ARTICLE, ''];
    return { id, type, order, named: isNamed(name, type, terms) };
  });
  return rankPages(ranked).map((r) => r.id);
}
