/** wordQuery in an engine without Intl.Segmenter (issue 16): the terms as typed, no error. */
import { afterEach, describe, expect, it } from 'vitest';
import { wordQuery } from '../../../../src/lib/search/query.ts';

const segmenter = Intl.Segmenter;
afterEach(() => {
  Object.defineProperty(Intl, 'Segmenter', { value: segmenter, writable: true, configurable: true });
});

describe('wordQuery without Intl.Segmenter', () => {
  it('gives the terms as typed, as Pagefind takes a query there', () => {
    delete (Intl as { Segmenter?: unknown }).Segmenter;
    expect(wordQuery(['村集体经济', '阳江'])).toBe('村集体经济 阳江');
  });
  it('segments again once the segmenter is there', () => {
    expect(wordQuery(['村集体经济']).split(' ').length).toBeGreaterThan(1);
  });
});
