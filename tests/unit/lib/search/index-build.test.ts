import { describe, expect, it } from 'vitest';
import { builtFileOf, htmlForIndex, chunkRanges, chunksOf, indexMismatch, indexable, indexedFirst, type ChunkRange } from '../../../../src/lib/search/index-build.ts';
import { buildCatalogue, decodeFragment, entryOf, shardCount, shardOf, shardPath, untypedPages, SHARD_PAGES, type FragmentData } from '../../../../src/lib/search/catalogue.ts';
import { pairQuery } from '../../../../src/lib/search/query.ts';

describe('htmlForIndex', () => {
  it('drops ids except on headings', () => {
    const html = '<main id="main"><h2 id="s1">一、总则</h2><p id="s1-p1" class="x">正文</p><h3 id="s1-1">细则</h3><span aria-labelledby="s1" id="t">词</span></main>';
    expect(htmlForIndex(html)).toBe('<main><h2 id="s1">一、总则</h2><p class="x">正文</p><h3 id="s1-1">细则</h3><span aria-labelledby="s1">词</span></main>');
  });
});

describe('the catalogue', () => {
  const fragment = (url: string, title: string, type: string, extra: FragmentData['filters'] = {}): FragmentData => ({ url, meta: { title }, filters: { type: [type], ...extra } });

  it('lists each page with title, type and details, from Pagefind’s fragments', () => {
    const raw = { url: '/articles/yangjiang/', meta: { title: '阳江' }, filters: { type: ['文章'], place: ['阳江'], genre: ['经验交流'], level: ['市级'] } };
    const decoded = decodeFragment(new TextEncoder().encode(`pagefind_dcd${JSON.stringify(raw)}`));
    expect(entryOf(decoded)).toEqual({ url: '/articles/yangjiang/', title: '阳江', type: '文章', details: ['阳江', '经验交流'] });
    const { meta, shards } = buildCatalogue(new Map([['zh-cn_abc', decoded]]), [['a', 'b']]);
    expect(meta).toEqual({ chunks: [['a', 'b']], others: {}, shards: { count: 1, version: expect.stringMatching(/^[0-9a-f]{10}$/) } });
    expect(shards).toEqual([{ 'zh-cn_abc': entryOf(decoded) }]);
    expect(() => decodeFragment(new TextEncoder().encode('{}'))).toThrow(/signature/);
  });

  it('names in search-meta.json only the pages that are not articles, by type and bare name', () => {
    const fragments = new Map([
      ['zh-cn_1', fragment('/glossary/sanhui-yike/', '三会一课', '术语')],
      ['zh-cn_2', fragment('/themes/zuzhi/', '组织（专题）', '专题')],
      ['zh-cn_3', fragment('/cases/linshu/', '山东省临沭县', '案例', { place: ['临沭'] })],
      ['zh-cn_4', fragment('/articles/linshu/', '临沭县的做法（编者拟题）', '文章')],
    ]);
    const { meta, shards } = buildCatalogue(fragments, []);
    expect(meta.others).toEqual({ 'zh-cn_1': ['术语', '三会一课'], 'zh-cn_2': ['专题', '组织'], 'zh-cn_3': ['案例', '山东省临沭县'] });
    expect(Object.assign({}, ...shards)).toEqual(Object.fromEntries([...fragments].map(([id, f]) => [id, entryOf(f)])));
  });

  it('splits the page list into shards of about SHARD_PAGES pages, a page’s shard known from its id', () => {
    const fragments = new Map(Array.from({ length: 1000 }, (_, i) => [`zh-cn_${i.toString(16)}`, fragment(`/articles/a${i}/`, `文章${i}`, '文章')] as const));
    const { meta, shards } = buildCatalogue(fragments, []);
    expect(meta.shards.count).toBe(shardCount(1000));
    expect(shards).toHaveLength(Math.ceil(1000 / SHARD_PAGES));
    shards.forEach((shard, n) => {
      for (const id of Object.keys(shard)) expect(shardOf(id, meta.shards.count)).toBe(n);
      // Even enough that no shard is much larger than the others.
      expect(Object.keys(shard).length).toBeLessThan(2.5 * SHARD_PAGES);
    });
    expect(shards.reduce((n, s) => n + Object.keys(s).length, 0)).toBe(1000);
    expect(shardPath(meta.shards, 3)).toBe(`catalogue/${meta.shards.version}-3.json`);
    expect(shardCount(0)).toBe(1);
  });

  it('changes the shards’ names when, and only when, their content changes', () => {
    const a = new Map([['zh-cn_1', fragment('/glossary/x/', '三会一课', '术语')]]);
    const b = new Map([['zh-cn_1', fragment('/glossary/x/', '三会一课制度', '术语')]]);
    expect(buildCatalogue(a, []).meta.shards.version).toBe(buildCatalogue(new Map(a), [['a', 'b']]).meta.shards.version);
    expect(buildCatalogue(a, []).meta.shards.version).not.toBe(buildCatalogue(b, []).meta.shards.version);
  });

  it('finds the pages the search could not order by type', () => {
    const fragments = new Map([
      ['zh-cn_1', fragment('/glossary/x/', '三会一课', '术语')],
      ['zh-cn_2', { url: '/about/', meta: { title: '关于' }, filters: {} }],
      ['zh-cn_3', fragment('/news/a/', '新闻', '新闻')],
    ]);
    expect(untypedPages(fragments)).toEqual([
      '/about/：类型为“”，应为 文章、案例、专题、术语 之一（data-pagefind-filter="type:…"）',
      '/news/a/：类型为“新闻”，应为 文章、案例、专题、术语 之一（data-pagefind-filter="type:…"）',
    ]);
  });
});

/** CBOR as Pagefind writes its metadata: [version, pages, chunks[from, to, hash], …]. */
function cbor(value: unknown): number[] {
  const head = (major: number, n: number) => (n < 24 ? [(major << 5) | n] : n < 256 ? [(major << 5) | 24, n] : [(major << 5) | 25, n >> 8, n & 255]);
  if (typeof value === 'number') return head(0, value);
  if (typeof value === 'string') {
    const bytes = [...new TextEncoder().encode(value)];
    return [...head(3, bytes.length), ...bytes];
  }
  const list = value as unknown[];
  return [...head(4, list.length), ...list.flatMap(cbor)];
}

describe('index chunks', () => {
  const ranges: ChunkRange[] = [['002', '列入'], ['列出', '市直'], ['市相', '正气'], ['正确', '能力'], ['能化', '龙头']];
  const meta = new Uint8Array([...new TextEncoder().encode('pagefind_dcd'), ...cbor(['1.6.0', [['zh-cn_1', 300, '']], ranges.map(([a, b]) => [a, b, 'zh-cn_x']), [], [], ['title']])]);

  it('are read from Pagefind’s metadata, or not at all', () => {
    expect(chunkRanges(meta)).toEqual(ranges);
    expect(chunkRanges(meta.subarray(12))).toEqual([]);
    expect(chunkRanges(new Uint8Array([...new TextEncoder().encode('pagefind_dcd'), ...cbor(['2.0.0', []])]))).toEqual([]);
  });

  it('place a word by its prefix, in both chunks when the prefix spans a boundary', () => {
    expect(chunksOf('三会', ranges)).toEqual([0]);
    expect(chunksOf('列', ranges)).toEqual([0, 1]);
    expect(chunksOf('村集', ranges)).toEqual([2]);
    expect(chunksOf('99.7%', ranges)).toEqual([0]);
  });

  it('let the query use pairs from the fewest chunks, at least one per term', () => {
    // 第一书记: 第一 is in chunk 3, 一书 and 书记 in chunk 0.
    expect(pairQuery(['第一书记'], ranges)).toBe('一书 书记');
    expect(pairQuery(['三会一课'], ranges)).toBe('三会 会一 一课');
    // Two terms in different chunks need both chunks.
    expect(pairQuery(['三会', '村集'], ranges)).toBe('三会 村集');
    expect(pairQuery(['第一书记'])).toBe('第一 书记');
  });
});

describe('builtFileOf', () => {
  it('maps a rendered path to the file the build writes, under any base', () => {
    expect(builtFileOf('/articles/yangjiang/', '/')).toBe('articles/yangjiang/index.html');
    expect(builtFileOf('/dangjian/articles/yangjiang/', '/dangjian/')).toBe('articles/yangjiang/index.html');
    expect(builtFileOf('/', '/')).toBe('index.html');
    expect(builtFileOf('/dangjian/', '/dangjian/')).toBe('index.html');
    expect(builtFileOf('/dangjian', '/dangjian/')).toBe('index.html');
    expect(builtFileOf('/404', '/')).toBe('404.html');
  });

  it('decodes the path, as the file is named', () => {
    expect(builtFileOf('/glossary/%E4%B8%89%E4%BC%9A%E4%B8%80%E8%AF%BE/', '/')).toBe('glossary/三会一课/index.html');
  });

  it('refuses a path outside the base', () => {
    expect(() => builtFileOf('/other/page/', '/dangjian/')).toThrow(/不在站点路径/);
  });
});

describe('indexable', () => {
  it('is true only for pages marked data-pagefind-body', () => {
    expect(indexable('<main data-pagefind-body><p>正文</p></main>')).toBe(true);
    expect(indexable('<main><p>正文</p></main>')).toBe(false);
  });
});

describe('indexMismatch', () => {
  it('is empty when every marked page was indexed once', () => {
    expect(indexMismatch(['b/index.html', 'a/index.html'], ['a/index.html', 'b/index.html'])).toEqual([]);
  });

  it('names each page left out, indexed without being built so, or indexed twice', () => {
    expect(indexMismatch(['a/index.html', 'a/index.html', 'x/index.html'], ['a/index.html', 'b/index.html'])).toEqual([
      '未索引：b/index.html',
      '重复：a/index.html',
      '多出：x/index.html',
    ]);
  });
});

describe('indexedFirst', () => {
  const path = (pathname: string, route: string) => ({ pathname, route: { route } });

  it('puts the pages of articles, themes, cases and glossary terms first, each group keeping its order', () => {
    const paths = [
      path('/404', '/404'),
      path('/articles/page/2/', '/articles/page/[page]'),
      path('/articles/a/', '/articles/[slug]'),
      path('/articles/b/', '/articles/[slug]'),
      path('/glossary/t/page/2/', '/glossary/[slug]/page/[page]'),
      path('/glossary/t/', '/glossary/[slug]'),
      path('/pack/data/a.json', '/pack/data/[...file]'),
      path('/themes/x/handout/', '/themes/[slug]/handout'),
      path('/themes/x/', '/themes/[slug]'),
      path('/cases/c/', '/cases/[slug]'),
      path('/articles/a/qr.svg', '/[section]/[slug]/qr.svg'),
    ];
    expect(indexedFirst(paths).map((p) => p.pathname)).toEqual([
      '/articles/a/', '/articles/b/', '/glossary/t/', '/themes/x/', '/cases/c/',
      '/404', '/articles/page/2/', '/glossary/t/page/2/', '/pack/data/a.json', '/themes/x/handout/', '/articles/a/qr.svg',
    ]);
  });
});
