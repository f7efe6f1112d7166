import { describe, expect, it } from 'vitest';
import { concordance } from '../../../src/lib/concordance.ts';
import { blocksOf } from '../../../src/lib/paragraphs.ts';

describe('concordance', () => {
  it('lists every paragraph that mentions the term, with a snippet, and skips headings', () => {
    const blocks = new Map([
      ['a', blocksOf('## 三会一课 ^s1\n\n全面落实“第一议题”“三会一课”等制度。 ^s1-p1\n\n没有。 ^s1-p2\n')],
      ['b', blocksOf('开展三会一课、主题党日活动。 ^s0-p1\n')],
    ]);
    const found = concordance({ slug: 'sanhui-yike', variants: ['三会一课'] }, blocks, 4);
    expect(found).toEqual([
      { article: 'a', para: 's1-p1', section: 's1', before: '…议题”“', match: '三会一课', after: '”等制度…', },
      { article: 'b', para: 's0-p1', section: '', before: '开展', match: '三会一课', after: '、主题党…' },
    ]);
  });
});
