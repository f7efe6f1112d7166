import { describe, expect, it } from 'vitest';
import { KEYS, SIZES, THEMES, DEFAULT_SIZE, DEFAULT_THEME, blockAt, htmlAttributes, offerResume, parseLast, percent, progressOf } from '../../../../src/lib/reader/prefs.ts';

const store = (values: Record<string, string>) => (key: string) => values[key] ?? null;

describe('htmlAttributes (the head script)', () => {
  it('sets nothing for a first visit', () => {
    expect(htmlAttributes(store({}))).toEqual({});
  });

  it('sets every non-default size and theme, and nothing for the defaults', () => {
    for (const size of SIZES) expect(htmlAttributes(store({ [KEYS.size]: size }))).toEqual(size === DEFAULT_SIZE ? {} : { 'data-size': size });
    for (const theme of THEMES) expect(htmlAttributes(store({ [KEYS.theme]: theme }))).toEqual(theme === DEFAULT_THEME ? {} : { 'data-theme': theme });
  });

  it('ignores values it does not know', () => {
    expect(htmlAttributes(store({ [KEYS.size]: 'huge', [KEYS.theme]: 'dark" onload="x' }))).toEqual({});
  });

  it('marks a stored last-read article for the home page', () => {
    expect(htmlAttributes(store({ [KEYS.last]: '{}' }))).toEqual({ 'data-resume': '' });
  });
});

describe('the last article read', () => {
  const entry = { path: '/articles/yangjiang/', title: '树立大抓基层的鲜明导向', progress: 0.45, block: 's2-p3' };

  it('reads back what was stored', () => {
    expect(parseLast(JSON.stringify(entry))).toEqual(entry);
  });

  it('refuses what is not one', () => {
    for (const raw of [null, '', 'x', '[]', '{"path":"http://evil/","title":"t","progress":0}', '{"path":"/a/","progress":0}']) expect(parseLast(raw)).toBeUndefined();
  });

  it('drops a block id that is not an id (it goes into a URL and the page)', () => {
    expect(parseLast(JSON.stringify({ ...entry, block: '"><img src=x>' }))?.block).toBeUndefined();
  });

  it('offers to continue only on that article, opened without a paragraph link, part-way through', () => {
    const last = parseLast(JSON.stringify(entry));
    expect(offerResume(last, '/articles/yangjiang/', '')).toBe(true);
    expect(offerResume(last, '/articles/lishui/', '')).toBe(false);
    expect(offerResume(last, '/articles/yangjiang/', '#s1')).toBe(false);
    expect(offerResume({ ...entry, progress: 0.99 }, '/articles/yangjiang/', '')).toBe(false);
    expect(offerResume({ ...entry, progress: 0.01 }, '/articles/yangjiang/', '')).toBe(false);
    expect(offerResume(undefined, '/articles/yangjiang/', '')).toBe(false);
  });
});

describe('progress and position', () => {
  it('goes from 0 with the text below the top of the screen to 1 with its end on screen', () => {
    expect(progressOf(200, 5000, 800)).toBe(0);
    expect(progressOf(-2100, 5000, 800)).toBe(0.5);
    expect(progressOf(-4200, 5000, 800)).toBe(1);
    expect(progressOf(-9000, 5000, 800)).toBe(1);
    expect(progressOf(100, 500, 800)).toBe(0);
  });

  it('finds the block being read: the last one that starts above the reading line', () => {
    const blocks = [{ id: 's1', top: -300 }, { id: 's1-p1', top: -100 }, { id: 's1-p2', top: 90 }, { id: 's1-p3', top: 400 }];
    expect(blockAt(blocks, 120)).toBe('s1-p2');
    expect(blockAt(blocks, 0)).toBe('s1-p1');
    expect(blockAt([{ id: 's0-p1', top: 300 }], 120)).toBeUndefined();
  });

  it('prints a percentage', () => {
    expect(percent(0.456)).toBe('46%');
    expect(percent(1.3)).toBe('100%');
  });
});
