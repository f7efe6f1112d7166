import { describe, expect, it } from 'vitest';
import { comparable, containsAll, fold, pairQuery, parseQuery, wordQuery } from '../../../../src/lib/search/query.ts';

describe('parseQuery', () => {
  it('keeps a Chinese term whole and splits on spaces', () => {
    expect(parseQuery('三会一课')).toEqual(['三会一课']);
    expect(parseQuery(' 三会一课  阳江 ')).toEqual(['三会一课', '阳江']);
    expect(parseQuery('三会一课\u3000阳江')).toEqual(['三会一课', '阳江']);
  });

  it('takes quoted phrases, straight or Chinese, as one term without their quotes', () => {
    expect(parseQuery('“两个维护”')).toEqual(['两个维护']);
    expect(parseQuery('"两个维护"')).toEqual(['两个维护']);
    expect(parseQuery('《中国共产党支部工作条例》 阳江')).toEqual(['中国共产党支部工作条例', '阳江']);
    expect(parseQuery('"party building"')).toEqual(['partybuilding']);
  });

  it('drops unpaired quotes and sentence punctuation around terms, keeps % and +', () => {
    expect(parseQuery('“两个维护')).toEqual(['两个维护']);
    expect(parseQuery('三会一课，')).toEqual(['三会一课']);
    expect(parseQuery('99.7%')).toEqual(['99.7%']);
    expect(parseQuery('互联网＋党建')).toEqual(['互联网+党建']);
  });

  it('folds width and case, and ignores queries with nothing to search for', () => {
    expect(parseQuery('９９．７％')).toEqual(['99.7%']);
    expect(parseQuery('Party')).toEqual(['party']);
    expect(parseQuery('  “”  ，。 ')).toEqual([]);
    expect(parseQuery('阳江 阳江')).toEqual(['阳江']);
  });
});

describe('containsAll', () => {
  it('needs every term, contiguous, ignoring whitespace and width', () => {
    expect(containsAll('落实“三会一课”制度', ['三会一课'])).toBe(true);
    expect(containsAll('三会 一课', ['三会一课'])).toBe(true);
    expect(containsAll('三个一肩挑', ['三会一课'])).toBe(false);
    expect(containsAll('阳江市落实三会一课', ['三会一课', '阳江'])).toBe(true);
    expect(containsAll('落实三会一课', ['三会一课', '阳江'])).toBe(false);
    expect(containsAll('“互联网+党建”', ['互联网+党建'])).toBe(true);
    expect(containsAll('比例达99.7%。', ['99.7%'])).toBe(true);
    expect(containsAll('任何文字', [])).toBe(false);
  });

  it('compares folded text', () => {
    expect(fold('Ａ\u200bＢ')).toBe('ab');
    expect(comparable('三 会\n一课')).toBe('三会一课');
  });
});

describe('pairQuery', () => {
  it('covers each Chinese term with adjacent pairs', () => {
    expect(pairQuery(['三会一课'])).toBe('三会 一课');
    expect(pairQuery(['村集体经济'])).toBe('村集 体经 经济');
    expect(pairQuery(['阳江'])).toBe('阳江');
    expect(pairQuery(['党'])).toBe('党');
  });

  it('leaves other runs to Pagefind and drops runs that are only symbols', () => {
    expect(pairQuery(['互联网+党建'])).toBe('互联 党建');
    expect(pairQuery(['99.7%'])).toBe('99.7%');
    expect(pairQuery(['2020年'])).toBe('2020 年');
    expect(pairQuery(['三会一课', '阳江'])).toBe('三会 一课 阳江');
  });
});

describe('wordQuery', () => {
  it('splits into words as the browser segmenter does, without punctuation', () => {
    const words = wordQuery(['村集体经济']).split(' ');
    expect(words.join('')).toBe('村集体经济');
    expect(words.length).toBeGreaterThan(1);
    expect(wordQuery(['互联网+党建'])).not.toContain('+');
  });
});
