import { describe, expect, it } from 'vitest';
import { paragraphParts, quoteParts } from '../../../../src/lib/content/restored-quote.ts';

const line = '**注重“双管齐下”，拔高传党音、凝民心的标线**<Restored original="?!熬€" note="依据">。“线</Restored>上”“线下”合奏宣传强音，把牢正确舆论导向。 ^s1-p5';

describe('restored words in a quote', () => {
  it('splits a paragraph into plain runs and restorations', () => {
    expect(paragraphParts(line)).toEqual([
      { text: '注重“双管齐下”，拔高传党音、凝民心的标线' },
      { text: '。“线', original: '?!熬€' },
      { text: '上”“线下”合奏宣传强音，把牢正确舆论导向。' },
    ]);
  });
  it('marks the restored words a quote runs through', () => {
    expect(quoteParts(paragraphParts(line), '“线上”“线下”合奏宣传强音')).toEqual([
      { text: '“线', original: '?!熬€' },
      { text: '上”“线下”合奏宣传强音' },
    ]);
  });
  it('gives a quote not found in the paragraph as one plain part', () => {
    expect(quoteParts(paragraphParts(line), '原文没有的话')).toEqual([{ text: '原文没有的话' }]);
  });
  it('leaves a quote without restorations as one plain part', () => {
    expect(quoteParts(paragraphParts(line), '合奏宣传强音')).toEqual([{ text: '合奏宣传强音' }]);
    expect(quoteParts(paragraphParts(line), '把牢正确舆论导向')).toEqual([{ text: '把牢正确舆论导向' }]);
  });
  it('reads original={"…"} as ingest writes it for text with quotes', () => {
    expect(paragraphParts('甲<Restored original={"a\\"b"}>乙</Restored>丙 ^s0-p1')).toEqual([{ text: '甲' }, { text: '乙', original: 'a"b' }, { text: '丙' }]);
  });
  it('cuts a quote that starts before a restoration and ends inside the text after it', () => {
    expect(quoteParts(paragraphParts(line), '标线。“线上')).toEqual([
      { text: '标线' },
      { text: '。“线', original: '?!熬€' },
      { text: '上' },
    ]);
  });
});
