/** Messages between the search page and its worker (search-worker.ts). */

import type { Filters } from '../lib/search/url-state.ts';
import type { TermEntry } from '../lib/search/suggest.ts';

export type { Filters, TermEntry };

/** A page in the results. */
export interface Page {
  /** Site-relative URL of the page (with the base path). */
  url: string;
  /** Where the result link goes: with the terms to highlight (?hl=) and the section (#id). */
  href: string;
  title: string;
  /** 文章, 专题, 案例 or 术语. */
  type: string;
  /** Places (case or 指导性文章) and genres, for the line under the title. */
  details: string[];
}

/** A page that contains the query, with where and how. */
export interface Hit extends Page {
  /** Headings above the first occurrence, outermost first. */
  section: string[];
  /** Escaped text with <mark> around the occurrences. */
  excerpt: string;
}

/** `id` names the search (later requests continue it); `n` numbers the message, echoed back. */
export type Request = { n: number; id: number } & (
  /**
   * `q` in Simplified characters (the page converts it); `glossary`, for suggestions, comes
   * with the first search only; `synonymOf`: the glossary term `q` is a synonym of, searched too.
   */
  | { kind: 'search'; q: string; filters: Filters; glossary?: TermEntry[]; synonymOf?: string }
  | { kind: 'more' }
  | { kind: 'related' }
);

export type Response = { n: number; id: number } & (
  /**
   * `terms`: the query as searched; `more`: further results can be asked for; `about`:
   * how many results there are at most (pages not yet checked may still drop out);
   * `suggestions`: glossary terms, when nothing contains the query.
   */
  | { kind: 'hits'; terms: string[]; hits: Hit[]; more: boolean; about: number; suggestions: TermEntry[] }
  /** 相关结果: pages with only some of the query's characters. */
  | { kind: 'related'; pages: Page[] }
  | { kind: 'error'; message: string }
);
