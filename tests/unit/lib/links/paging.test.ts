import { describe, expect, it } from 'vitest';
import { pageList, pagePath, pagerNumbers } from '../../../../src/lib/links/paging.ts';

describe('pageList', () => {
  it('splits a list into pages of the given size, the last one shorter', () => {
    const pages = pageList([1, 2, 3, 4, 5, 6, 7], 3);
    expect(pages.map((p) => p.items)).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(pages.map((p) => [p.number, p.total, p.start])).toEqual([[1, 3, 1], [2, 3, 4], [3, 3, 7]]);
  });

  it('keeps a list that fits on one page whole, and an empty list as one empty page', () => {
    expect(pageList([1, 2, 3, 4, 5], 50)).toEqual([{ number: 1, total: 1, start: 1, items: [1, 2, 3, 4, 5] }]);
    expect(pageList([], 50)).toEqual([{ number: 1, total: 1, start: 1, items: [] }]);
    expect(pageList([1, 2], 2)).toHaveLength(1);
  });

  it('refuses a page size that is not a positive integer', () => {
    expect(() => pageList([1], 0)).toThrow(/positive integer/);
    expect(() => pageList([1], 2.5)).toThrow(/positive integer/);
  });
});

describe('pagePath', () => {
  it('keeps page 1 at the list’s own address and puts later pages under page/', () => {
    expect(pagePath('articles/', 1)).toBe('articles/');
    expect(pagePath('articles/', 2)).toBe('articles/page/2/');
    expect(pagePath('articles/', 100)).toBe('articles/page/100/');
  });
});

describe('pagerNumbers', () => {
  it('shows every number of a short list', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('shows first, last and two either side of the current page, with gaps', () => {
    expect(pagerNumbers(1, 100)).toEqual([1, 2, 3, null, 100]);
    expect(pagerNumbers(50, 100)).toEqual([1, null, 48, 49, 50, 51, 52, null, 100]);
    expect(pagerNumbers(100, 100)).toEqual([1, null, 98, 99, 100]);
  });

  it('shows a single missing number instead of a gap', () => {
    expect(pagerNumbers(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(pagerNumbers(4, 12)).toEqual([1, 2, 3, 4, 5, 6, null, 12]);
    expect(pagerNumbers(6, 12)).toEqual([1, null, 4, 5, 6, 7, 8, null, 12]);
  });
});
