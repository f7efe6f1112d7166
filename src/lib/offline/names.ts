/**
 * Names shared by the service worker's configuration (sw-config.ts, used at build time by
 * src/integrations/offline.ts) and the search and offline pages' scripts. (The worker's
 * file name is in sw-file.ts: a module the pages' shared script imports alone, so the
 * bundler does not split a shared chunk out of it, one more request for every page.)
 */

/** The offline page, site-relative (without the base path). */
export const OFFLINE_PAGE = 'offline/';

/**
 * The cache of pages the reader has opened (articles, themes, cases, glossary entries…),
 * keyed by address without query or fragment. The search page reads it to search offline.
 */
export const PAGES_CACHE = 'dj-pages';

/** Pagefind's index chunks and page fragments fetched by searches made online. */
export const SEARCH_CACHE = 'dj-search';
