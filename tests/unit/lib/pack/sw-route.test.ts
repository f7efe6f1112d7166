import { describe, expect, it } from 'vitest';
import { swOptions, PACK_CACHE } from '../../../../src/lib/offline/sw-config.ts';

const routes = swOptions('dist', 'dist/sw.js').runtimeCaching!;
const pack = routes.find((r) => r.options?.cacheName === PACK_CACHE)!;

describe('service worker: 课程包 data', () => {
  it('keeps the data files a pack fetched, network first', () => {
    expect(pack.handler).toBe('NetworkFirst');
    const pattern = pack.urlPattern as RegExp;
    for (const url of ['https://x.org/pack/data/articles/yangjiang/s1.json', 'https://x.org/dangjian/pack/data/themes/zuzhi-tixi.json']) expect(pattern.test(url), url).toBe(true);
    for (const url of ['https://x.org/pack/', 'https://x.org/pack/?i=articles/x', 'https://x.org/pagefind/search-meta.json']) expect(pattern.test(url), url).toBe(false);
  });
});
