import { describe, expect, it } from 'vitest';
import { GUIDANCE_COLUMNS, columnSources, columnsFor, groupByColumn, matrixRow, rankRelated, sharedThemes } from '../../../../src/lib/content/relations.ts';

const articles = [
  { id: 'yangjiang', title: '阳江', case: 'yangjiang' },
  { id: 'nongcun', title: '农村', name: '某某文章', case: undefined },
  { id: 'lishui', title: '丽水', case: 'lishui' },
];
const cases = [
  { id: 'lishui', short: '丽水' },
  { id: 'yangjiang', short: '阳江' },
];

describe('columns', () => {
  const columns = columnsFor(articles, cases);
  it('makes one column per case and one per guidance article, in article order', () => {
    expect(columns.map((c) => [c.key, c.label, c.path])).toEqual([
      ['yangjiang', '阳江', 'cases/yangjiang/'],
      ['article-nongcun', '某某文章', 'articles/nongcun/'],
      ['lishui', '丽水', 'cases/lishui/'],
    ]);
  });
  it('groups excerpts by column and keeps empty matrix cells', () => {
    const items = [
      { article: 'lishui', para: 's1-p1' },
      { article: 'yangjiang', para: 's2-p1' },
      { article: 'yangjiang', para: 's1-p1' },
    ];
    expect(groupByColumn(items, columns).map((g) => [g.column.key, g.items.map((i) => i.para)])).toEqual([
      ['yangjiang', ['s2-p1', 's1-p1']],
      ['lishui', ['s1-p1']],
    ]);
    expect(matrixRow(items, columns).map((g) => g.items.length)).toEqual([2, 0, 1]);
  });
  it('puts guidance articles in one column, linked to the article list, once there are more than a few', () => {
    const many = Array.from({ length: GUIDANCE_COLUMNS + 1 }, (_, i) => ({ id: `g${i}`, title: `G${i}`, case: undefined }));
    const grouped = columnsFor([articles[0]!, ...many, articles[2]!], cases);
    expect(grouped.map((c) => [c.key, c.path, c.articles.length])).toEqual([
      ['yangjiang', 'cases/yangjiang/', 1],
      ['guidance', 'articles/', GUIDANCE_COLUMNS + 1],
      ['lishui', 'cases/lishui/', 1],
    ]);
    expect(groupByColumn([{ article: 'g2', para: 's1-p1' }, { article: 'g0', para: 's1-p1' }], grouped).map((g) => [g.column.key, g.items.length])).toEqual([['guidance', 2]]);
    expect(columnsFor([articles[0]!, ...many.slice(0, GUIDANCE_COLUMNS)], cases).map((c) => c.key)).toEqual(['yangjiang', 'article-g0', 'article-g1', 'article-g2']);
  });
  it('names the sources of each column: every article of a case, only the quoted ones of the shared guidance column, the rest counted', () => {
    const many = Array.from({ length: 1000 }, (_, i) => ({ id: `g${i}`, title: `G${i}`, case: undefined }));
    const grouped = columnsFor([articles[0]!, ...many, articles[2]!], cases);
    const rows = [{ cells: matrixRow([{ article: 'g7', para: 's1-p1' }, { article: 'g2', para: 's1-p1' }], grouped) }, { cells: matrixRow([{ article: 'g7', para: 's2-p1' }], grouped) }];
    expect(columnSources(grouped, rows).map((s) => [s.column.key, s.cited, s.others])).toEqual([
      ['yangjiang', ['yangjiang'], 0],
      ['guidance', ['g2', 'g7'], 998],
      ['lishui', ['lishui'], 0],
    ]);
  });
});

describe('rankRelated', () => {
  it('ranks by shared themes, keeps the given (source) order on ties, leaves out unrelated ones', () => {
    const candidates = [
      { id: 'b', shared: 1 },
      { id: 'c', shared: 0 },
      { id: 'd', shared: 2 },
      { id: 'e', shared: 1 },
    ];
    expect(rankRelated(candidates)).toEqual([
      { id: 'd', shared: 2 },
      { id: 'b', shared: 1 },
      { id: 'e', shared: 1 },
    ]);
  });
});

describe('sharedThemes', () => {
  it('lists the themes two cases share, sorted', () => {
    expect(sharedThemes(new Set(['b', 'a', 'c']), new Set(['c', 'a']))).toEqual(['a', 'c']);
  });
});
