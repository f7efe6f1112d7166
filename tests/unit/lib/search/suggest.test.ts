import { describe, expect, it } from 'vitest';
import { suggestTerms } from '../../../../src/lib/search/suggest.ts';

const terms = ['党员', '三会一课', '一肩挑', '三个一肩挑', '双报到', '主题党日'].map((term) => ({ term, aliases: [], href: `/glossary/${term}/` }));

describe('suggestTerms', () => {
  it('offers the terms closest to a mistyped query', () => {
    expect(suggestTerms(['三会两课'], terms)[0]!.term).toBe('三会一课');
    expect(suggestTerms(['一肩挑起'], terms).map((t) => t.term).slice(0, 2)).toEqual(['一肩挑', '三个一肩挑']);
  });

  it('falls back to the most used terms when nothing is close', () => {
    expect(suggestTerms(['区块链'], terms, 3).map((t) => t.term)).toEqual(['党员', '三会一课', '一肩挑']);
  });

  it('counts aliases', () => {
    const withAlias = [{ term: '双报到', aliases: ['双报到双服务'], href: '' }, ...terms.slice(0, 1)];
    expect(suggestTerms(['双服务'], withAlias)[0]!.term).toBe('双报到');
  });
});
