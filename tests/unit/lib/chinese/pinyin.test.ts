import { describe, expect, it } from 'vitest';
import { stripPinyin } from '../../../../src/lib/chinese/pinyin.ts';

describe('stripPinyin', () => {
  it('removes the pinyin glued after characters', () => {
    expect(stripPinyin('手機(jī)版')).toBe('手機版');
    expect(stripPinyin('樹(shù)立大抓基層的鮮明導(dǎo)向')).toBe('樹立大抓基層的鮮明導向');
    expect(stripPinyin('創(chuàng)新、雙(shuāng)')).toBe('創新、雙');
    expect(stripPinyin('綠(lǜ)色')).toBe('綠色');
  });

  it('keeps real parenthesised text', () => {
    for (const text of ['相互促进。(徐绍波)', '（即好干部标准，经济责任审计）', '实施意见(试行)', '村(社区)黨組織', '党(工)委', '下载(app)使用', '第(1)条']) {
      expect(stripPinyin(text)).toBe(text);
    }
  });

  it('leaves unreadable spots as scraped', () => {
    expect(stripPinyin('師資⟦??h⟧級(jí)財(cái)政')).toBe('師資⟦??h⟧級財政');
    expect(stripPinyin('我們⟦?cè)趺醋|(zhì)⟧量')).toBe('我們⟦?cè)趺醋|(zhì)⟧量');
  });
});
