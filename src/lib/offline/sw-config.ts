/**
 * What the service worker keeps for offline reading, as Workbox `generateSW` options
 * (src/integrations/offline.ts writes the worker with them at the end of the build).
 *
 * - Precached at the first visit, in the background once the page has loaded: the home
 *   page, the theme and case indexes, the glossary (every definition is on its index
 *   page), the search page, 学习笔记 (/notes/: the reader's notes, read from this device), the offline page, every script and stylesheet of the site, and
 *   Pagefind's engine (its script, WebAssembly, metadata, filters) with our search-meta.json.
 *   Each entry carries a hash of its content (Workbox's revision), so a rebuild that
 *   changes a file makes a new service worker, which replaces exactly those entries and
 *   takes over at once (skipWaiting, clientsClaim); old precaches are deleted.
 * - Pages the reader opens (articles, themes, cases, glossary entries…): network first, the
 *   copy kept in PAGES_CACHE; with no network (or none within NETWORK_TIMEOUT seconds) the
 *   kept copy; with neither, the offline page. Kept by address without ?hl= or #, so a page
 *   opened from a search result is found again from a plain link.
 * - Pagefind's index chunks and page fragments, and the shards of our page list
 *   (catalogue/, src/lib/search/catalogue.ts): cache first (their names change with their
 *   content), kept as searches fetch them. Searching offline needs none of them: the search
 *   page then looks through the kept pages themselves (src/lib/search/offline.ts).
 * - The 课程包 data files (pack/data/, src/lib/pack/data.ts): network first, kept as packs
 *   fetch them, so a pack opened once opens again offline (the pack page itself is a page).
 * - Scripts that load on first use are among "every script" precached, 导出为 Word's library
 *   too (src/scripts/study/notes-docx.ts, about 64 KiB gzip, never in a page's first load), so
 *   /notes/ exports with no network after a first visit (issue 13).
 *
 * The functions below (route matchers, a plugin) are copied into the worker as source text
 * by Workbox, so each must stand alone: no imports, no outside variables.
 */
import type { GenerateSWOptions } from 'workbox-build';
import { OFFLINE_PAGE, PAGES_CACHE, SEARCH_CACHE } from './names.ts';

/** Seconds a navigation waits for the network before a kept copy is shown instead. */
export const NETWORK_TIMEOUT = 4;

/** The 课程包 data files a pack has fetched (issue 12). */
export const PACK_CACHE = 'dj-pack';

/** Site-relative pages precached at the first visit (the offline page must be one of them). */
export const PRECACHED_PAGES = ['', 'themes/', 'cases/', 'glossary/', 'search/', 'notes/', OFFLINE_PAGE];

/** Files of the Pagefind bundle (dist/pagefind/) precached so the search page starts offline. */
export const PRECACHED_SEARCH = ['pagefind.js', 'wasm.*.pagefind', '*.pf_meta', 'search-meta.json', 'filter/*.pf_filter'];

const pageFile = (page: string) => `${page}index.html`;

export function swOptions(dist: string, swDest: string): GenerateSWOptions {
  return {
    globDirectory: dist,
    swDest,
    globPatterns: [...PRECACHED_PAGES.map(pageFile), '_astro/**/*.{js,css}', 'favicon.svg', ...PRECACHED_SEARCH.map((p) => `pagefind/${p}`)],
    // Hashed file names need no revision of their own.
    dontCacheBustURLsMatching: /\/_astro\/|\/pagefind\/(wasm\.|.*\.pf_)/,
    // /search/?q=… and a page opened with ?hl=… are the same precached page.
    ignoreURLParametersMatching: [/.*/],
    directoryIndex: 'index.html',
    cacheId: 'dj',
    cleanupOutdatedCaches: true,
    skipWaiting: true,
    clientsClaim: true,
    // No navigation preload: in Firefox (153 ESR), with the network gone, a preloaded
    // navigation ends as an error response that Workbox's NetworkFirst returns instead of
    // looking in its cache, so a page already read showed /offline/ (tests/engines, issue 16).
    navigationPreload: false,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkFirst',
        options: {
          cacheName: PAGES_CACHE,
          networkTimeoutSeconds: NETWORK_TIMEOUT,
          expiration: { maxEntries: 500 },
          cacheableResponse: { statuses: [200] },
          // Relative to the worker's address, which is the site's base path.
          precacheFallback: { fallbackURL: pageFile(OFFLINE_PAGE) },
          plugins: [
            {
              cacheKeyWillBeUsed: async ({ request }) => {
                const url = new URL(request.url);
                url.search = '';
                url.hash = '';
                return url.href;
              },
            },
          ],
        },
      },
      {
        urlPattern: /\/pagefind\/(index|fragment|filter|catalogue)\/[^/]+$/,
        handler: 'CacheFirst',
        options: { cacheName: SEARCH_CACHE, expiration: { maxEntries: 1000 }, cacheableResponse: { statuses: [200] } },
      },
      {
        // 课程包 data (src/lib/pack/data.ts): network first, so an edited paragraph shows as
        // edited; the copy kept opens a pack already opened once when there is no network.
        urlPattern: /\/pack\/data\/[^?#]+\.json$/,
        handler: 'NetworkFirst',
        options: { cacheName: PACK_CACHE, networkTimeoutSeconds: NETWORK_TIMEOUT, expiration: { maxEntries: 500 }, cacheableResponse: { statuses: [200] } },
      },
      {
        // Pictures on the pages (QR codes and the like), kept as they are shown.
        urlPattern: ({ request, sameOrigin }) => sameOrigin && request.destination === 'image',
        handler: 'StaleWhileRevalidate',
        options: { cacheName: 'dj-images', expiration: { maxEntries: 300 }, cacheableResponse: { statuses: [200] } },
      },
    ],
  };
}
