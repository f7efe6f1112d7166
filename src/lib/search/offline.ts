/**
 * Searching with no network: the pages this device keeps (the service worker's page cache,
 * src/lib/offline/sw-config.ts) are read back and searched as the online search would
 * check them: every term in the text Pagefind would index (data-pagefind-body, less
 * data-pagefind-ignore), ordered as rank.ts orders results, with the same excerpt and
 * section. Used by the search page when Pagefind cannot answer (src/scripts/search-offline.ts).
 */
import { containsAll } from './query.ts';
import { excerpt, sectionAt, type Heading } from './excerpt.ts';
import { rankHits } from './rank.ts';
import type { Filters } from './url-state.ts';
import type { Hit } from '../../scripts/search-types.ts';

/** A kept page as the search reads it. */
export interface SavedPage {
  /** Path with the base path: /articles/yangjiang/ */
  url: string;
  title: string;
  /** 文章, 专题, 案例 or 术语 (its `type` filter). */
  type: string;
  /** Places and genres, for the line under the title (as catalogue.ts's entryOf). */
  details: string[];
  /** Its filters, as Pagefind reads them from data-pagefind-filter. */
  filters: Record<string, string[]>;
  content: string;
  headings: Heading[];
}

/**
 * data-pagefind-filter values: "type:文章" (name and value), or "theme" (the value is the
 * element's text); several may be separated by commas.
 */
export function parseFilter(attribute: string, text: string): [string, string][] {
  return attribute
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const colon = part.indexOf(':');
      return colon < 0 ? [part, text.trim()] : [part.slice(0, colon).trim(), part.slice(colon + 1).trim()];
    });
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** What the search needs of a kept page (a parsed HTML document); undefined for pages search does not index. */
export function readSavedPage(doc: Document, url: string): SavedPage | undefined {
  const body = doc.querySelector('[data-pagefind-body]');
  if (!body) return undefined;
  const filters: Record<string, string[]> = {};
  for (const el of doc.querySelectorAll('[data-pagefind-filter]')) {
    for (const [name, value] of parseFilter(el.getAttribute('data-pagefind-filter')!, el.textContent ?? '')) {
      if (value) (filters[name] ??= []).push(value);
    }
  }
  const copy = body.cloneNode(true) as Element;
  copy.querySelectorAll('[data-pagefind-ignore], script, style').forEach((el) => el.remove());
  // Block boundaries become spaces, as in Pagefind's text.
  copy.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, dt, dd, blockquote, td, th, figcaption').forEach((el) => el.append(' '));
  const headings = [...copy.querySelectorAll('h2[id], h3[id], h4[id], h5[id], h6[id]')].map((h) => ({
    id: h.id,
    text: squash(h.textContent ?? ''),
    level: Number(h.tagName[1]),
  }));
  return {
    url,
    title: squash(body.querySelector('h1')?.textContent ?? '') || doc.title,
    type: filters.type?.[0] ?? '',
    details: [...new Set([...(filters.place ?? []), ...(filters.genre ?? [])])],
    filters,
    content: squash(copy.textContent ?? ''),
    headings,
  };
}

const matches = (page: SavedPage, filters: Filters) =>
  Object.entries(filters).every(([name, value]) => !value || (page.filters[name] ?? []).includes(value));

/**
 * The kept pages that contain every term and pass the filters, in the order of the online
 * search. `synonym`: the terms of the glossary entry the query is a synonym of
 * (synonyms.ts); a page with those instead is found too, and that entry comes first.
 */
export function searchSaved(pages: SavedPage[], terms: string[], filters: Filters, synonym: string[] = []): Hit[] {
  const alternatives = synonym.length > 0 ? [terms, synonym] : [terms];
  const all = [...new Set(alternatives.flat())];
  const found = pages.map((page, order) => ({ ...page, order })).filter((p) => matches(p, filters) && alternatives.some((alt) => containsAll(p.content, alt)));
  return rankHits(found, alternatives.at(-1)!).map((p) => {
    const hit = excerpt(p.content, all);
    const section = sectionAt(p.content, p.headings, hit.at);
    const anchor = section.at(-1)?.id;
    return {
      url: p.url,
      href: `${p.url}?hl=${encodeURIComponent(all.join(' '))}${anchor ? `#${anchor}` : ''}`,
      title: p.title,
      type: p.type,
      details: p.details,
      section: section.map((h) => h.text),
      excerpt: hit.html,
    };
  });
}
