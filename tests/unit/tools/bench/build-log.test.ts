import { describe, expect, it } from 'vitest';
import { buildSteps, formatSteps, routeOf } from '../../../../tools/bench/build-log.ts';

// As `astro build` writes it with NO_COLOR (a page's time is appended to its own line).
const log = `20:10:00 [content] Syncing content
20:10:04 [content] Synced content
20:10:05 [build] Building static entrypoints...
20:10:30 [build] ✓ Completed in 25.00s.
20:10:30 [build] Generating static routes
20:10:31   ├─ /articles/a/index.html (+120ms)
20:10:33   ├─ /articles/b/index.html (+1.50s)
20:10:34   ├─ /compare/index.html (+800ms)
20:10:34 ✓ Completed in 4.00s.
20:10:40 [WARN] [offline] Workbox: big.html is 2.1 MB, and won't be precached.
20:10:50 [pagefind-index] indexed 3 pages
20:10:52 [link-check] 9 pages, every internal link and anchor lands
20:10:53 [build] Complete!
`;

describe('where a build’s time goes', () => {
  const s = buildSteps(log);

  it('gives each step the seconds before the line that ends it', () => {
    expect(s.steps).toEqual({ content: 4, build: 27, pages: 4, other: 0, offline: 6, 'pagefind-index': 10, 'link-check': 2 });
  });

  it('sums page render times by route', () => {
    expect(s.routes).toEqual({
      'articles/*/': { pages: 2, ms: 1620 },
      'compare/': { pages: 1, ms: 800 },
    });
  });

  it('names a route by the shape of its files’ paths', () => {
    expect(routeOf('/index.html')).toBe('/');
    expect(routeOf('/articles/a/index.html')).toBe('articles/*/');
    expect(routeOf('/articles/page/2/index.html')).toBe('articles/page/*/');
    expect(routeOf('/glossary/sanhui-yike/page/3/index.html')).toBe('glossary/*/page/*/');
    expect(routeOf('/articles/a/original.ris')).toBe('articles/*/*.ris');
    expect(routeOf('/articles/a/cite.bib/')).toBe('articles/*/*.bib');
    expect(routeOf('/articles/a/qr.svg')).toBe('articles/*/*.svg');
    expect(routeOf('/rss.xml')).toBe('*.xml');
  });

  it('says it in one line, largest first', () => {
    expect(formatSteps(s)).toBe('build 27, pagefind-index 10, offline 6, content 4, pages 4, link-check 2; render: articles/*/ 1.6 (2), compare/ 0.8 (1)');
  });

  it('counts across midnight', () => {
    expect(buildSteps('23:59:58 [build] a\n00:00:03 [build] b\n').steps).toEqual({ build: 5 });
  });
});
