import { describe, expect, it } from 'vitest';
import { rankHits, rankIds } from '../../../../src/lib/search/rank.ts';

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

  it('prefers the glossary entry when a theme has the same name, a theme to a case, and ignores bracketed notes', () => {
    const hits = [page('临沭', '案例', 0), page('互联网+党建', '专题', 1), page('互联网+党建', '术语', 2), page('某文（编者拟题）', '文章', 3)];
    expect(rankHits(hits, ['互联网+党建']).map((h) => h.type)).toEqual(['术语', '专题', '文章', '案例']);
    expect(rankHits([page('其他', '专题', 0), page('组织（专题）', '专题', 1)], ['组织'])[0]!.title).toBe('组织（专题）');
    expect(rankHits([page('其他', '文章', 0), page('阳江（案例）', '案例', 1)], ['阳江'])[0]!.title).toBe('阳江（案例）');
  });

  it('does not move an article whose title is the query (the search knows no article titles before loading them)', () => {
    expect(rankHits([page('其他', '文章', 0), page('某文（编者拟题）', '文章', 1)], ['某文']).map((h) => h.title)).toEqual(['其他', '某文（编者拟题）']);
  });

  it('keeps Pagefind’s order within a type and does not change its input', () => {
    const hits = [page('b', '文章', 1), page('a', '文章', 0)];
    expect(rankHits(hits, ['x']).map((h) => h.title)).toEqual(['a', 'b']);
    expect(hits[0]!.title).toBe('b');
  });
});

describe('rankIds', () => {
  it('orders pages known by id as rankHits orders them by title, any page not listed being an article', () => {
    const hits = [
      page('第一课程', '术语', 0),
      page('理论武装与教育培训', '专题', 1),
      page('三会一课', '术语', 2),
      page('山东省临沭县', '案例', 3),
      page('三会一课', '文章', 4),
      page('三会一课（编者拟题）', '专题', 5),
      page('临沭县抓党建促发展的做法', '文章', 6),
    ];
    const ids = hits.map((_, i) => `zh-cn_${i}`);
    // As search-meta.json lists them: names made bare at build time.
    const others = {
      'zh-cn_0': ['术语', '第一课程'], 'zh-cn_1': ['专题', '理论武装与教育培训'], 'zh-cn_2': ['术语', '三会一课'],
      'zh-cn_3': ['案例', '山东省临沭县'], 'zh-cn_5': ['专题', '三会一课'],
    } as const;
    for (const terms of [['三会一课'], ['临沭'], ['山东省临沭县']]) {
      const byTitle = rankHits(hits, terms).map((h) => `zh-cn_${h.order}`);
      expect(rankIds(ids, others, terms)).toEqual(byTitle);
    }
    expect(rankIds(ids, others, ['三会一课'])).toEqual(['zh-cn_2', 'zh-cn_5', 'zh-cn_4', 'zh-cn_6', 'zh-cn_3', 'zh-cn_1', 'zh-cn_0']);
  });
});
