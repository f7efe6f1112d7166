/**
 * Search with no network (loaded by search-page.ts only when Pagefind cannot answer): reads
 * the pages this device keeps for offline reading back from the service worker's page
 * cache and searches them (src/lib/search/offline.ts). The pages are parsed once per visit.
 */
import { PAGES_CACHE } from '../lib/offline/names.ts';
import { parseQuery } from '../lib/search/query.ts';
import { readSavedPage, searchSaved, type SavedPage } from '../lib/search/offline.ts';
import type { Filters, Hit } from './search-types.ts';

let saved: Promise<SavedPage[]> | undefined;

async function readSaved(): Promise<SavedPage[]> {
  if (!('caches' in self) || !(await caches.has(PAGES_CACHE))) return [];
  const cache = await caches.open(PAGES_CACHE);
  const parser = new DOMParser();
  const pages: SavedPage[] = [];
  for (const request of await cache.keys()) {
    const response = await cache.match(request);
    const page = response && readSavedPage(parser.parseFromString(await response.text(), 'text/html'), new URL(request.url).pathname);
    if (page) pages.push(page);
  }
  return pages;
}

/** `q` in Simplified characters; `synonymOf`, the glossary term it is a synonym of. `saved`: how many kept pages were searched. */
export async function searchOffline(q: string, filters: Filters, synonymOf?: string): Promise<{ saved: number; terms: string[]; hits: Hit[] }> {
  saved ??= readSaved().catch(() => []);
  const pages = await saved;
  const terms = parseQuery(q);
  return { saved: pages.length, terms, hits: terms.length > 0 ? searchSaved(pages, terms, filters, synonymOf ? parseQuery(synonymOf) : []) : [] };
}
