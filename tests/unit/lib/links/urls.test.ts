import { describe, expect, it } from 'vitest';
import { absolute, normaliseBase, withBase } from '../../../../src/lib/links/urls.ts';

describe('normaliseBase', () => {
  it('writes every base with a slash at each end', () => {
    expect(['', '/', '//', 'dangjian', '/dangjian', 'dangjian/', '/dangjian/', '/a/b'].map(normaliseBase)).toEqual(['/', '/', '/', '/dangjian/', '/dangjian/', '/dangjian/', '/dangjian/', '/a/b/']);
  });
});

describe('url', () => {
  it('joins paths onto the base whether or not it ends in a slash', () => {
    expect(withBase('articles/yangjiang/', '/')).toBe('/articles/yangjiang/');
    expect(withBase('/articles/', '/dangjian')).toBe('/dangjian/articles/');
    expect(withBase('', '/dangjian/')).toBe('/dangjian/');
  });
  it('makes absolute URLs under a sub-path', () => {
    expect(absolute('articles/', 'https://example.edu.cn', '/dangjian/')).toBe('https://example.edu.cn/dangjian/articles/');
  });
});

