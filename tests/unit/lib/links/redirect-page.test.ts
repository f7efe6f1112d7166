import { describe, expect, it } from 'vitest';
import { chineseRedirectPage } from '../../../../src/lib/links/redirect-page.ts';

// As node_modules/astro/dist/core/routing/3xx.js writes it.
const astro = `<!doctype html>
<title>Redirecting to: /articles/new/</title>
<meta http-equiv="refresh" content="0;url=/articles/new/">
<meta name="robots" content="noindex">
<link rel="canonical" href="https://dangjian.example.org/articles/new/">
<body>
	<a href="/articles/new/">Redirecting from <code>/articles/old/</code> to <code>/articles/new/</code></a>
</body>`;

describe('chineseRedirectPage', () => {
  const page = chineseRedirectPage(astro);
  it('speaks Chinese, declares its language and character set', () => {
    expect(page).toContain('<html lang="zh-CN">');
    expect(page).toContain('<meta charset="utf-8">');
    expect(page).toContain('<title>本页已移至新网址</title>');
    expect(page).toContain('本页已移至新网址，正在转到 <a href="/articles/new/">/articles/new/</a>');
    expect(page).not.toMatch(/Redirecting/);
  });
  it('keeps the refresh (in the form the HTML checker accepts), noindex and canonical address', () => {
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=/articles/new/">');
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect(page).toContain('<link rel="canonical" href="https://dangjian.example.org/articles/new/">');
  });
  it('stops the build if Astro changes its page beyond recognition', () => {
    expect(() => chineseRedirectPage('<!doctype html><title>x</title>')).toThrow(/refresh/);
  });
});
