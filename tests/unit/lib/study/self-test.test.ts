import { describe, expect, it } from 'vitest';
import { acceptedAnswers, allAnswered, normalizeAnswer, verdict } from '../../../../src/lib/study/self-test.ts';

describe('normalizeAnswer', () => {
  it('drops spaces, quotation marks and Chinese punctuation; keeps dots and percent signs', () => {
    expect(normalizeAnswer(' “有 没 有”。')).toBe('有没有');
    expect(normalizeAnswer('「两学一做」')).toBe('两学一做');
    expect(normalizeAnswer('９９.７％')).toBe('99.7%');
    expect(normalizeAnswer('ABC')).toBe('abc');
  });
});

describe('verdict', () => {
  it('right for any accepted form, wrong otherwise, empty when nothing was given', () => {
    expect(verdict('“机关党建工作”', ['机关党建工作'])).toBe('right');
    expect(verdict('机关 党建工作 ', ['机关党建工作'])).toBe('right');
    expect(verdict('党建工作', ['机关党建工作'])).toBe('wrong');
    expect(verdict('1', ['1'])).toBe('right');
    expect(verdict('0', ['1'])).toBe('wrong');
    expect(verdict('错', ['对'])).toBe('wrong');
    expect(verdict('  ', ['对'])).toBe('empty');
    expect(verdict(null, ['对'])).toBe('empty');
  });
});

describe('acceptedAnswers', () => {
  it('reads the JSON array the form carries; [] when unreadable', () => {
    expect(acceptedAnswers('["有没有","有没有问题"]')).toEqual(['有没有', '有没有问题']);
    expect(acceptedAnswers('{')).toEqual([]);
    expect(acceptedAnswers(undefined)).toEqual([]);
    expect(acceptedAnswers('[1,"对"]')).toEqual(['对']);
  });
});

describe('allAnswered', () => {
  it('only when every question was checked', () => {
    expect(allAnswered(new Set([0, 1, 2]), 3)).toBe(true);
    expect(allAnswered(new Set([0, 2]), 3)).toBe(false);
    expect(allAnswered(new Set([0, 1, 2, 5]), 3)).toBe(true);
    expect(allAnswered(new Set(), 0)).toBe(false);
  });
});
