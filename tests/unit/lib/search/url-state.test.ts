import { describe, expect, it } from 'vitest';
import { activeFilters, readState, writeState } from '../../../../src/lib/search/url-state.ts';

describe('the search in the URL', () => {
  it('reads the query and the known filters', () => {
    expect(readState('?q=%E4%B8%89%E4%BC%9A%E4%B8%80%E8%AF%BE&place=%E9%98%B3%E6%B1%9F&other=1&level=')).toEqual({ q: '三会一课', filters: { place: '阳江' } });
    expect(readState('')).toEqual({ q: '', filters: {} });
  });

  it('writes keys in a fixed order, leaving out what is empty, and reads back the same', () => {
    const state = { q: ' 三会一课 ', filters: { level: '市级', type: '文章' } };
    expect(writeState(state)).toBe('?q=%E4%B8%89%E4%BC%9A%E4%B8%80%E8%AF%BE&type=%E6%96%87%E7%AB%A0&level=%E5%B8%82%E7%BA%A7');
    expect(readState(writeState(state))).toEqual({ q: '三会一课', filters: { type: '文章', level: '市级' } });
    expect(writeState({ q: '', filters: {} })).toBe('');
    expect(activeFilters(state.filters)).toBe(2);
  });
});
