import { describe, expect, it } from 'vitest';
import { relatedArticles } from '../../../src/lib/related.ts';
import { sharedThemes } from '../../../src/lib/compare.ts';

describe('relatedArticles', () => {
  it('ranks by shared themes, keeps source order on ties, leaves out unrelated ones', () => {
    const all = [
      { id: 'a', themes: ['t1', 't2', 't3'] },
      { id: 'b', themes: ['t1'] },
      { id: 'c', themes: ['t4'] },
      { id: 'd', themes: ['t2', 't3'] },
      { id: 'e', themes: ['t3'] },
    ];
    expect(relatedArticles('a', all)).toEqual([
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
