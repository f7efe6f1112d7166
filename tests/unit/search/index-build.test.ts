import { describe, expect, it } from 'vitest';
import { htmlForIndex } from '../../../src/lib/search/index-html.ts';
import { buildCatalogue, decodeFragment } from '../../../src/lib/search/catalogue.ts';
import { chunkRanges, chunksOf, type ChunkRange } from '../../../src/lib/search/index-chunks.ts';
import { pairQuery } from '../../../src/lib/search/query.ts';

describe('htmlForIndex', () => {
  it('drops ids except on headings', () => {
    const html = '<main id="main"><h2 id="s1">一、总则</h2><p id="s1-p1" class="x">正文</p><h3 id="s1-1">细则</h3><span aria-labelledby="s1" id="t">词</span></main>';
    expect(htmlForIndex(html)).toBe('<main><h2 id="s1">一、总则</h2><p class="x">正文</p><h3 id="s1-1">细则</h3><span aria-labelledby="s1">词</span></main>');
  });
});

describe('the catalogue', () => {
  it('lists each page with title, type and details, from Pagefind’s fragments', () => {
    const fragment = { url: '/articles/yangjiang/', meta: { title: '阳江' }, filters: { type: ['文章'], place: ['阳江'], genre: ['经验交流'], level: ['市级'] } };
    const decoded = decodeFragment(new TextEncoder().encode(`pagefind_dcd${JSON.stringify(fragment)}`));
    const catalogue = buildCatalogue(new Map([['zh-cn_abc', decoded]]), [['a', 'b']]);
    expect(catalogue).toEqual({ pages: { 'zh-cn_abc': { url: '/articles/yangjiang/', title: '阳江', type: '文章', details: ['阳江', '经验交流'] } }, chunks: [['a', 'b']] });
    expect(() => decodeFragment(new TextEncoder().encode('{}'))).toThrow(/signature/);
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
