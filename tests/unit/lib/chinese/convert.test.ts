import { describe, expect, it } from 'vitest';
import { toSimplified, traditionalOnly } from '../../../../src/lib/chinese/convert.ts';
import { CORRECTIONS, applyCorrections } from '../../../../src/lib/chinese/corrections.ts';

describe('toSimplified (opencc tw → cn)', () => {
  it('converts Traditional text', () => {
    expect(toSimplified('樹立大抓基層的鮮明導向 夯實黨的執政基礎')).toBe('树立大抓基层的鲜明导向 夯实党的执政基础');
    expect(toSimplified('建立工作臺賬')).toBe('建立工作台账');
  });

  it('gives 着 where it should: 着力, 有着落', () => {
    expect(toSimplified('著力實施基層黨建3年行動計劃')).toBe('着力实施基层党建3年行动计划');
    expect(toSimplified('確保事事有著落、件件有回音')).toBe('确保事事有着落、件件有回音');
    expect(toSimplified('一級帶著一級幹')).toBe('一级带着一级干');
  });

  it('leaves Simplified text alone, typos included', () => {
    const text = '此外，临沐县研究出台了《关于激励干部担当作为干事创业的实施意见(试行)》';
    expect(toSimplified(text)).toBe(text);
  });

  it('keeps unreadable spots exactly as scraped', () => {
    expect(toSimplified('實⟦?;鶎狱h⟧建工作')).toBe('实⟦?;鶎狱h⟧建工作');
  });

  it('finds Traditional-only characters: those opencc would change', () => {
    expect(traditionalOnly('黨的組織，党的工作')).toEqual(['黨', '組', '織']);
    expect(traditionalOnly('着力，有着落')).toEqual([]);
  });

  it('judges characters in context, as the conversion does: 怎么样 is Simplified', () => {
    expect(traditionalOnly('关键看你干得怎么样')).toEqual([]);
    expect(traditionalOnly('怎麼樣')).toEqual(['麼', '樣']);
  });

  it('counts 著 as Simplified only inside the words corrections.ts restores', () => {
    expect(traditionalOnly('通过编著红色读书，成效显著')).toEqual([]);
    expect(traditionalOnly('著力实施')).toEqual(['著']);
  });
});

describe('corrections', () => {
  it('puts 著 back where opencc makes it 着: 编著 (in 001)', () => {
    expect(toSimplified('此外，还通过编著红色读书')).toBe('此外，还通过编著红色读书');
    expect(toSimplified('編著')).toBe('编著');
    expect(toSimplified('成效显著，以实干著称')).toBe('成效显著，以实干著称');
  });

  it('corrects only whole words, never the ordinary 着', () => {
    expect(applyCorrections('着力解决，有着落，带着一级')).toBe('着力解决，有着落，带着一级');
  });

  it('lists each correction with a right form opencc leaves alone', () => {
    for (const [wrong, right] of CORRECTIONS) {
      expect(wrong).not.toBe(right);
      expect(toSimplified(right)).toBe(right);
    }
  });
});
