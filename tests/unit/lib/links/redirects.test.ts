import { describe, expect, it } from 'vitest';
import { anchorAliases, astroRedirects, redirectMap } from '../../../../src/lib/links/redirects.ts';

const group = (redirects: Record<string, string>) => [{ reason: '改名', redirects }];

describe('redirects', () => {
  it('flattens the groups into old → new', () => {
    expect(redirectMap([...group({ '/articles/a/': '/articles/b/' }), { reason: '合并', redirects: { '/themes/x/': '/themes/y/' } }])).toEqual({
      '/articles/a/': '/articles/b/',
      '/themes/x/': '/themes/y/',
    });
  });

  it('refuses what would not work, saying why', () => {
    expect(() => redirectMap(group({ 'articles/a': '/articles/b/' }))).toThrow(/不是站内路径/);
    expect(() => redirectMap(group({ '/articles/a/': '/articles/a/' }))).toThrow(/重定向到自己/);
    expect(() => redirectMap(group({ '/a/': '/b/', '/b/': '/c/' }))).toThrow(/请直接写最终的网址“\/c\/”/);
    expect(() => redirectMap([...group({ '/a/': '/b/' }), ...group({ '/a/': '/c/' })])).toThrow(/重复/);
    expect(() => redirectMap([{ reason: '', redirects: {} }])).toThrow(/缺少原因/);
    expect(() => redirectMap(group({ '/a/#x': '/b/#x' }))).toThrow(/同一页面/);
    expect(() => redirectMap(group({ '/a/#x': '/a/' }))).toThrow(/页面只能转到页面/);
  });

  it('splits page redirects (for Astro, targets under the base) from anchor aliases', () => {
    const map = redirectMap(group({ '/articles/a/': '/articles/b/', '/cases/c/#figure-a-s1-p1': '/cases/c/#figure-b-s1-p1' }));
    expect(anchorAliases(map)).toEqual({ '/cases/c/': { 'figure-a-s1-p1': 'figure-b-s1-p1' } });
    expect(astroRedirects('tests/fixtures/content-renamed', '/dangjian/')).toEqual({ '/articles/sample/': '/dangjian/articles/sample-renamed/' });
  });
});
