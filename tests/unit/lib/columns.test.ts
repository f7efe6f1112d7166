import { describe, expect, it } from 'vitest';
import { columnsFor, groupByColumn, matrixRow } from '../../../src/lib/columns.ts';

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
});
