import { describe, expect, it } from 'vitest';
import { normalisePunctuation } from '../../../../tools/ingest/punctuation.ts';

describe('normalisePunctuation', () => {
  it('makes ASCII punctuation next to Chinese full width', () => {
    expect(normalisePunctuation('明确规定,要完善')).toBe('明确规定，要完善');
    expect(normalisePunctuation('来源:《党建研究》')).toBe('来源：《党建研究》');
    expect(normalisePunctuation('“有没有”问题;聚焦')).toBe('“有没有”问题；聚焦');
    expect(normalisePunctuation('更大的贡献!')).toBe('更大的贡献！');
    expect(normalisePunctuation('怎么办?我们')).toBe('怎么办？我们');
    expect(normalisePunctuation('“两个维护”,全面')).toBe('“两个维护”，全面');
  });

  it('makes parentheses around or beside Chinese full width, in pairs', () => {
    expect(normalisePunctuation('村(社区)党组织书记')).toBe('村（社区）党组织书记');
    expect(normalisePunctuation('实施意见(试行)》')).toBe('实施意见（试行）》');
    expect(normalisePunctuation('(一)坚定政治信仰')).toBe('（一）坚定政治信仰');
    expect(normalisePunctuation('相互促进。(徐绍波)')).toBe('相互促进。（徐绍波）');
    expect(normalisePunctuation('第(1)条')).toBe('第（1）条');
    expect(normalisePunctuation('组织部长)')).toBe('组织部长）');
  });

  it('does not touch numbers, list numbers or Latin text', () => {
    for (const text of ['比例达99.7%。', '4.8万多户', '“1+2+6”行动', '2022-09-18 05:01:00', '1.强化政策传导机制', 'English (UK), yes: no; ok! why?', '00:00/00:00']) {
      expect(normalisePunctuation(text)).toBe(text);
    }
    expect(normalisePunctuation('时间:2022-09-18 05:01:00')).toBe('时间：2022-09-18 05:01:00');
  });

  it('drops stray spaces between Chinese quotes and characters, not between words', () => {
    expect(normalisePunctuation('“灰尘” 和“杂质”')).toBe('“灰尘”和“杂质”');
    expect(normalisePunctuation('研判系统 “四位一体”')).toBe('研判系统“四位一体”');
    expect(normalisePunctuation('鲜明导向 夯实党的执政基础')).toBe('鲜明导向 夯实党的执政基础');
  });

  it('leaves unreadable spots alone', () => {
    expect(normalisePunctuation('标线⟦?!熬€⟧上”')).toBe('标线⟦?!熬€⟧上”');
    expect(normalisePunctuation('领域⟦?qū)?chǎng)⟧,开辟')).toBe('领域⟦?qū)?chǎng)⟧，开辟');
  });
});
