/**
 * Order of the pages that contain the query, decided before any page's text is loaded
 * (from the catalogue: title and type), so that only the results shown are downloaded.
 *
 * 1. A page whose title *is* the query: searching 三会一课 opens with the glossary entry
 *    三会一课 (a glossary entry before a theme of the same name).
 * 2. Then by type: the articles, where the words are used in full context; the cases
 *    (a place's page); the themes, which quote the articles; the glossary entries that
 *    mention the query in another term's definition.
 * 3. Within a type, Pagefind's order. (Its score alone puts short pages first, so an
 *    article that uses 阳江 thirty times would come after glossary entries that use it once.)
 */
import { comparable } from './query.ts';

export const TYPE_ORDER = ['文章', '案例', '专题', '术语'] as const;
const NAMED_ORDER = ['术语', '专题', '案例', '文章'] as const;

export interface Rankable {
  title: string;
  type: string;
  /** Position in Pagefind's ranking. */
  order: number;
}

/** “（编者拟题）” and other bracketed notes are not part of the name. */
const bare = (title: string) => comparable(title.replace(/（[^）]*）/g, ''));
const place = (list: readonly string[], type: string) => (list.includes(type) ? list.indexOf(type) : list.length);

export function rankHits<T extends Rankable>(hits: T[], terms: string[]): T[] {
  const whole = terms.join('');
  const key = (h: T): [number, number, number] => {
    const named = bare(h.title) === whole;
    return [named ? 0 : 1, named ? place(NAMED_ORDER, h.type) : place(TYPE_ORDER, h.type), h.order];
  };
  return [...hits].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
}
