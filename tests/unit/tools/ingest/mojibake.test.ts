import { describe, expect, it } from 'vitest';
import { markUnreadable } from '../../../../tools/ingest/mojibake.ts';

describe('markUnreadable', () => {
  it.each([
    ['兼職師資??h級(jí)財(cái)政', '兼職師資⟦??h⟧級(jí)財(cái)政'],
    ['抓到實(shí)?;鶎狱h建工作', '抓到實(shí)⟦?;鶎狱h⟧建工作'],
    [' ?。ㄗ髡邽橹泄矎V東省陽(yáng)江市', ' ⟦?。ㄗ髡邽橹泄矎V⟧東省陽(yáng)江市'],
    ['發(fā)展我們?cè)趺醋觥薄拔覟楦哔|(zhì)量發(fā)展', '發(fā)展我們⟦?cè)趺醋觥薄拔覟楦哔|(zhì)⟧量發(fā)展'],
    ['標(biāo)線?!熬€上”“線下”', '標(biāo)線⟦?!熬€⟧上”“線下”'],
    ['“能扛重?fù)?dān)、能打硬仗”', '“能扛重⟦?fù)?dān)⟧、能打硬仗”'],
    ['2個領(lǐng)域?qū)?chǎng),開(kāi)辟', '2個領(lǐng)域⟦?qū)?chǎng)⟧,開(kāi)辟'],
  ])('marks the garbled spot in %s', (raw, marked) => {
    expect(markUnreadable(raw)).toBe(marked);
  });

  it('leaves real question marks and ordinary text alone', () => {
    for (const text of ['我们怎么办?要抓落实。', '什么是APP?这是手机应用。', 'What? Why?', '手機(jī)版', '比例达99.7%']) {
      expect(markUnreadable(text)).toBe(text);
    }
  });
});
