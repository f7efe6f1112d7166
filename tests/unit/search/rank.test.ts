import { describe, expect, it } from 'vitest';
import { rankHits } from '../../../src/lib/search/rank.ts';

const page = (title: string, type: string, order: number) => ({ title, type, order });

describe('rankHits', () => {
  it('puts the page named by the query first, then articles, cases, themes, glossary entries', () => {
    const hits = [
      page('第一课程', '术语', 0),
      page('理论武装与教育培训', '专题', 1),
      page('三会一课', '术语', 2),
      page('山东省临沭县', '案例', 3),
      page('树立大抓基层的鲜明导向', '文章', 4),
      page('临沭县抓党建促发展的做法（编者拟题）', '文章', 5),
    ];
    expect(rankHits(hits, ['三会一课']).map((h) => h.title)).toEqual([
      '三会一课', '树立大抓基层的鲜明导向', '临沭县抓党建促发展的做法（编者拟题）', '山东省临沭县', '理论武装与教育培训', '第一课程',
    ]);
  });

  it('prefers the glossary entry when a theme has the same name, and ignores editors’ notes in titles', () => {
    const hits = [page('互联网+党建', '专题', 0), page('互联网+党建', '术语', 1), page('某文（编者拟题）', '文章', 2)];
    expect(rankHits(hits, ['互联网+党建']).map((h) => h.type)).toEqual(['术语', '专题', '文章']);
    expect(rankHits([page('其他', '文章', 0), page('某文（编者拟题）', '文章', 1)], ['某文'])[0]!.title).toBe('某文（编者拟题）');
  });

  it('keeps Pagefind’s order within a type and does not change its input', () => {
    const hits = [page('b', '文章', 1), page('a', '文章', 0)];
    expect(rankHits(hits, ['x']).map((h) => h.title)).toEqual(['a', 'b']);
    expect(hits[0]!.title).toBe('b');
  });
});
