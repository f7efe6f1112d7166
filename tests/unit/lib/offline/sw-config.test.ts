import { describe, expect, it } from 'vitest';
import { swOptions, PRECACHED_PAGES } from '../../../../src/lib/offline/sw-config.ts';
import { OFFLINE_PAGE, PAGES_CACHE, SEARCH_CACHE } from '../../../../src/lib/offline/names.ts';

const options = swOptions('dist', 'dist/sw.js');
type Route = NonNullable<typeof options.runtimeCaching>[number];
const routes = options.runtimeCaching as Route[];
const fnRoute = (r: Route) => r.urlPattern as (o: { request: { mode?: string; destination?: string }; sameOrigin?: boolean; url?: URL }) => boolean;

describe('service worker options', () => {
  it('precaches the pages readable offline from the first visit, the offline page among them', () => {
    for (const page of ['', 'themes/', 'cases/', 'glossary/', 'search/', 'notes/', OFFLINE_PAGE]) expect(PRECACHED_PAGES).toContain(page);
    for (const file of ['index.html', 'themes/index.html', 'cases/index.html', 'glossary/index.html', 'offline/index.html']) expect(options.globPatterns).toContain(file);
    expect(options.globPatterns).toContain('_astro/**/*.{js,css}');
    expect(options.globPatterns).toContain('pagefind/pagefind.js');
    expect(options.globPatterns).toContain('pagefind/search-meta.json');
  });

  it('updates itself: a new worker takes over at once and old precaches go', () => {
    expect(options).toMatchObject({ skipWaiting: true, clientsClaim: true, cleanupOutdatedCaches: true });
  });

  it('reads pages network first, keeps them, and falls back to the offline page', () => {
    const pages = routes[0]!;
    expect(fnRoute(pages)({ request: { mode: 'navigate' } })).toBe(true);
    expect(fnRoute(pages)({ request: { mode: 'cors' } })).toBe(false);
    expect(pages.handler).toBe('NetworkFirst');
    expect(pages.options).toMatchObject({ cacheName: PAGES_CACHE, precacheFallback: { fallbackURL: 'offline/index.html' } });
  });

  it('keeps a page under its address without query or fragment', async () => {
    const plugin = routes[0]!.options!.plugins![0]!;
    const key = await plugin.cacheKeyWillBeUsed!({ request: new Request('https://x.org/dangjian/articles/a/?hl=三会一课#s1'), mode: 'read' } as never);
    expect(key).toBe('https://x.org/dangjian/articles/a/');
  });

  it('keeps Pagefind chunks and fragments, and the page list’s shards, as searches fetch them', () => {
    const search = routes[1]!;
    expect(search.urlPattern).toBeInstanceOf(RegExp);
    expect((search.urlPattern as RegExp).test('https://x.org/dangjian/pagefind/index/zh-cn_fb24479.pf_index')).toBe(true);
    expect((search.urlPattern as RegExp).test('https://x.org/pagefind/fragment/zh-cn_a.pf_fragment')).toBe(true);
    expect((search.urlPattern as RegExp).test('https://x.org/pagefind/catalogue/0a1b2c3d4e-7.json')).toBe(true);
    expect((search.urlPattern as RegExp).test('https://x.org/pagefind/pagefind.js')).toBe(false);
    expect((search.urlPattern as RegExp).test('https://x.org/pagefind/search-meta.json')).toBe(false);
    expect(search.options?.cacheName).toBe(SEARCH_CACHE);
  });

  it('route matchers stand alone (Workbox copies their source into the worker)', () => {
    for (const r of routes) {
      if (typeof r.urlPattern !== 'function') continue;
      const copy = new Function(`return (${r.urlPattern.toString()})`)() as ReturnType<typeof fnRoute>;
      expect(typeof copy({ request: { mode: 'navigate', destination: 'image' }, sameOrigin: true })).toBe('boolean');
    }
  });
});
