import { describe, expect, it } from 'vitest';
import { findTerms, mentionedTerms, mentions, concordance } from '../../../../src/lib/content/terms.ts';
import { blocksOf } from '../../../../src/lib/content/blocks.ts';

const terms = [
  { slug: 'sange-yijiantiao', variants: ['三个一肩挑'] },
  { slug: 'yijiantiao', variants: ['一肩挑'] },
  { slug: 'sanhui-yike', variants: ['三会一课'] },
];

describe('findTerms', () => {
  it('prefers the longest variant at a position and does not overlap', () => {
    expect(findTerms('推行村党组织书记“三个一肩挑”，“一肩挑”占比超80%', terms)).toEqual([
      { slug: 'sange-yijiantiao', start: 9, end: 14 },
      { slug: 'yijiantiao', start: 17, end: 20 },
    ]);
  });
  it('tries every variant that starts with the character, longest first, whatever the list order', () => {
    const list = [
      { slug: 'dangjian', variants: ['党建'] },
      { slug: 'dangjian-yinling', variants: ['党建引领基层治理', '党建引领'] },
    ];
    expect(findTerms('坚持党建引领，推进党建引领基层治理和党建工作', list).map((m) => m.slug)).toEqual(['dangjian-yinling', 'dangjian-yinling', 'dangjian']);
    // Each list is indexed on its own: the first list's index is not reused for another.
    expect(findTerms('三会一课', [{ slug: 'other', variants: ['一课'] }])).toEqual([{ slug: 'other', start: 2, end: 4 }]);
  });
  it('finds nothing in text without terms', () => {
    expect(findTerms('基层党建工作', terms)).toEqual([]);
  });
});

describe('mentionedTerms', () => {
  it('names every term the text mentions, also inside a longer one, as mentions() does term by term', () => {
    const text = '推行“三个一肩挑”，落实“三会一课”';
    expect([...mentionedTerms(text, terms)].sort()).toEqual(['sange-yijiantiao', 'sanhui-yike', 'yijiantiao']);
    for (const t of terms) expect(mentionedTerms(text, terms).has(t.slug)).toBe(mentions(text, t));
    expect(mentionedTerms('基层党建工作', terms).size).toBe(0);
  });
});

describe('mentions', () => {
  it('counts a term wherever it is written, also inside a longer term', () => {
    expect(mentions('“三个一肩挑”比例达99.7%', terms[1]!)).toBe(true);
    expect(mentions('落实“三会一课”制度', terms[2]!)).toBe(true);
    expect(mentions('落实组织生活制度', terms[2]!)).toBe(false);
  });
});

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
