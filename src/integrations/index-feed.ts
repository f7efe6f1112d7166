/**
 * The hand-over between the build's page renderer and the search index: the pagefind
 * integration opens a feed when the build starts, and src/middleware.ts gives it every page
 * as it is rendered, so Pagefind indexes in its own process while Astro renders the rest.
 * The two sides are different module instances (the middleware runs from Astro's
 * prerender bundle), so the feed lives on globalThis under a registered symbol.
 */
export interface IndexFeed {
  /** A rendered page: its path as requested and its HTML exactly as written. */
  page(pathname: string, html: string): void;
}

const FEED = Symbol.for('jiceng-dangjian.search-index-feed');
type WithFeed = typeof globalThis & { [FEED]?: IndexFeed };

export function openFeed(feed: IndexFeed): void {
  (globalThis as WithFeed)[FEED] = feed;
}

export function closeFeed(): void {
  delete (globalThis as WithFeed)[FEED];
}

/** The open feed, if a build is indexing (never in `astro dev`). */
export function currentFeed(): IndexFeed | undefined {
  return (globalThis as WithFeed)[FEED];
}
