import { describe, expect, it } from 'vitest';
import { formatLock, lockedSite, lostUrls, pagePath, parseLock, publishedUrls, sortUrls, updateLock, type BuiltSite } from '../../../../src/lib/links/url-lock.ts';
import { pageFacts } from '../../../../src/lib/built/html.ts';

/** One page as the lock reads it from a build. */
const readPage = (html: string, base: string) =>
  lockedSite({ pages: ['x/index.html'], has: () => false, facts: () => pageFacts(html) }, base).pages.get('/x/')!;

const article = '<h2 id="s1">一<a class="permalink" href="#s1" aria-label="复制本节链接"></a></h2><p id="s1-p1">正文<a class="permalink" href="#s1-p1"></a><span id="term-1" popover></span></p><p id="s1-p10">…<a class="permalink" href="#s1-p10"></a></p><a href="#nowhere" class="permalink"></a>';
const redirect = (to: string) => `<!doctype html><title>Redirecting to: ${to}</title><meta http-equiv="refresh" content="0;url=${to}"><body></body>`;

function site(pages: Record<string, string>, base = '/'): BuiltSite {
  return { pages: new Map(Object.entries(pages).map(([path, html]) => [path, readPage(html, base)])), feeds: new Set(['/rss.xml']) };
}

describe('reading the build', () => {
  it('knows a page by its folder', () => {
    expect(pagePath('articles/yangjiang/index.html')).toBe('/articles/yangjiang/');
    expect(pagePath('index.html')).toBe('/');
    expect(pagePath('404.html')).toBeUndefined();
  });

  it('publishes the anchors a page offers a 复制链接 control for, not every id', () => {
    const page = readPage(article, '/');
    expect(page).toMatchObject({ kind: 'page', offered: ['s1', 's1-p1', 's1-p10'] });
    expect(publishedUrls(site({ '/articles/a/': article }))).toEqual(['/articles/a/', '/articles/a/#s1', '/articles/a/#s1-p1', '/articles/a/#s1-p10', '/rss.xml']);
  });

  it('does not publish the later pages of a long list, whose contents shift', () => {
    const list = '<h1>文章（第 2 页）</h1>';
    expect(publishedUrls(site({ '/articles/': list, '/articles/page/2/': list, '/glossary/a/page/3/': list, '/articles/page/': list }))).toEqual(['/articles/', '/articles/page/', '/rss.xml']);
  });

  it('reads where a redirect page leads, without the base', () => {
    expect(readPage(redirect('/dangjian/articles/b/'), '/dangjian/')).toEqual({ kind: 'redirect', to: '/articles/b/' });
  });
});

describe('checking the lock', () => {
  const lock = ['/articles/a/', '/articles/a/#s1-p1', '/articles/old/', '/articles/old/#s1-p10', '/rss.xml'];

  it('passes when every locked address is there, directly or through redirects', () => {
    expect(lostUrls(lock, site({ '/articles/a/': article, '/articles/old/': redirect('/articles/mid/'), '/articles/mid/': article }))).toEqual([]);
  });

  it('names each lost address and why', () => {
    const built = site({ '/articles/a/': article.replace('id="s1-p1"', 'id="s1-p2"') });
    expect(lostUrls(lock, built)).toEqual([
      { url: '/articles/a/#s1-p1', why: '页面 /articles/a/ 上已没有锚点 #s1-p1' },
      { url: '/articles/old/', why: '页面 /articles/old/ 已不存在，也没有重定向（content/redirects.yaml）' },
      { url: '/articles/old/#s1-p10', why: '页面 /articles/old/ 已不存在，也没有重定向（content/redirects.yaml）' },
    ]);
  });

  it('follows a redirect only to a page that still has the anchor, and stops at loops', () => {
    const moved = site({ '/articles/a/': article, '/articles/old/': redirect('/articles/x/'), '/articles/x/': '<p id="other"></p>' });
    expect(lostUrls(['/articles/old/#s1-p10'], moved)).toEqual([{ url: '/articles/old/#s1-p10', why: '页面 /articles/x/ 上已没有锚点 #s1-p10（经重定向 /articles/old/ → /articles/x/）' }]);
    const loop = site({ '/a/': redirect('/b/'), '/b/': redirect('/a/') });
    expect(lostUrls(['/a/'], loop)[0]!.why).toMatch(/重定向成环/);
  });
});

describe('the lock file', () => {
  it('adds what is new and never drops a line', () => {
    expect(updateLock(['/old/', '/a/'], ['/a/', '/b/'])).toEqual({ lock: ['/a/', '/b/', '/old/'], added: ['/b/'] });
  });

  it('lists each page before its anchors, numbers in numeric order', () => {
    expect(sortUrls(['/b/', '/a/#s1-p10', '/a/#s1-p2', '/a/', '/a/#s10', '/a/#s2'])).toEqual(['/a/', '/a/#s1-p2', '/a/#s1-p10', '/a/#s2', '/a/#s10', '/b/']);
  });

  it('reads back what it writes, comments aside', () => {
    const text = formatLock(['/b/', '/a/#x', '/a/']);
    expect(text.startsWith('# ')).toBe(true);
    expect(parseLock(text)).toEqual(['/a/', '/a/#x', '/b/']);
  });
});
