/**
 * Issue 5 over the built site: every article, theme and case page offers its address, QR
 * code and GB/T 7714 references (with RIS and BibTeX files); every page has its canonical
 * address and Open Graph preview; the feed and the sitemap list what they should; the
 * URL lock (content/url-lock.txt) holds, and holds everything published.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, htmlFiles, readPage } from './dist.ts';
import { decodeSvg } from '../support/qr-decode.ts';
import { lostUrls, parseLock, publishedUrls, lockedSite } from '../../src/lib/links/url-lock.ts';
import { readBuiltSite } from '../../src/integrations/dist.ts';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';

/** Text of an HTML fragment, entities decoded, as a reader sees it. */
const decodeEntities = (html: string) => toText(fromHtml(html, { fragment: true }));

const attr = (html: string, pattern: RegExp) => {
  const m = pattern.exec(html);
  return m ? decodeEntities(m[1]!) : undefined;
};
const canonicalOf = (html: string) => attr(html, /<link rel="canonical" href="([^"]+)"/);
/** The site's root address (origin and base), as the build wrote it. */
const root = canonicalOf(readPage('index.html'))!;
const base = new URL(root).pathname;
const slugs = (dir: string, ext: string) => readdirSync(join('content', dir)).filter((n) => n.endsWith(ext)).map((n) => n.slice(0, -ext.length));
const shared = [
  ...slugs('articles', '.mdx').map((s) => `articles/${s}/`),
  ...slugs('themes', '.mdx').map((s) => `themes/${s}/`),
  ...slugs('cases', '.yaml').map((s) => `cases/${s}/`),
];
const pages = htmlFiles().filter((f) => !/http-equiv="refresh"/.test(readPage(f)));
const text = decodeEntities;

describe('the 引用本页 panel', () => {
  it('is on every article, theme and case page', () => {
    expect(shared.length).toBeGreaterThanOrEqual(19);
  });

  it.each(shared)('%s: address, QR code and references agree with the canonical address', (path) => {
    const html = readPage(`${path}index.html`);
    const url = `${root}${path}`;
    expect(canonicalOf(html)).toBe(url);
    const panel = /<section class="share-panel" id="cite"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(text(/<p class="share-url" id="page-url">([\s\S]*?)<\/p>/.exec(panel)?.[1] ?? '')).toBe(url);
    expect(panel).toContain(`src="${base}${path}qr.svg"`);
    const printed = /<span class="print-qr">(<svg[\s\S]*?<\/svg>)\s*<\/span>/.exec(html)?.[1] ?? '';
    expect(decodeSvg(printed), 'QR code at the top of the printed page').toBe(url);
    expect(decodeSvg(readFileSync(join(DIST, path, 'qr.svg'), 'utf8'))).toBe(url);
    const refs = [...panel.matchAll(/<span id="ref-(\w+)">([\s\S]*?)<\/span><\/p>/g)].map((m) => ({ key: m[1]!, text: text(m[2]!) }));
    expect(refs[0]).toMatchObject({ key: 'cite', text: expect.stringMatching(new RegExp(`\\[EB/OL\\]\\. \\[\\d{4}-\\d{2}-\\d{2}\\]\\. ${url.replace(/[.]/g, '\\.')}\\.$`)) });
    for (const { key } of refs) {
      expect(readFileSync(join(DIST, path, `${key}.ris`), 'utf8')).toMatch(/^TY {2}- (ELEC|JOUR)\r\n[\s\S]*ER {2}- \r\n$/);
      expect(readFileSync(join(DIST, path, `${key}.bib`), 'utf8')).toMatch(/^@(online|article)\{/);
    }
  });

  it('cites the original publication where the article prints it', () => {
    const html = readPage('articles/yangjiang/index.html');
    expect(html).toContain('<span id="ref-original">杨春涛. 树立大抓基层的鲜明导向 夯实党的执政基础[J]. 党建研究, 2022(3).</span>');
    expect(readPage('articles/linshu/index.html')).not.toContain('id="ref-original"');
  });

  it('offers each theme’s handout', () => {
    for (const path of shared.filter((p) => p.startsWith('themes/'))) {
      expect(readPage(`${path}index.html`)).toContain(`href="${base}${path}handout/"`);
      expect(existsSync(join(DIST, path, 'handout', 'index.html'))).toBe(true);
    }
  });
});

describe('discovery', () => {
  it.each(pages.filter((p) => p !== '404.html'))('%s: canonical address and Open Graph preview', (page) => {
    const html = readPage(page);
    const url = `${root}${page.replace(/index\.html$/, '')}`;
    expect(canonicalOf(html)).toBe(url);
    expect(attr(html, /<meta property="og:url" content="([^"]+)"/)).toBe(url);
    expect(attr(html, /<meta property="og:title" content="([^"]+)"/)).toBeTruthy();
    expect(attr(html, /<meta property="og:description" content="([^"]+)"/)!.length).toBeGreaterThan(10);
    expect(attr(html, /<meta property="og:type" content="([^"]+)"/)).toBe(page.startsWith('articles/') && page !== 'articles/index.html' ? 'article' : 'website');
    expect(html).toContain(`<link rel="alternate" type="application/rss+xml" title="基层党建案例库：文章" href="${base}rss.xml">`);
  });

  it('the feed lists every article at its canonical address, with its summary', () => {
    const rss = readFileSync(join(DIST, 'rss.xml'), 'utf8');
    const items = [...rss.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>[\s\S]*?<description>([^<]+)<\/description>/g)];
    expect(items.map((m) => m[1]).sort()).toEqual(shared.filter((p) => p.startsWith('articles/')).map((p) => `${root}${p}`).sort());
    expect(rss).toContain(`<channel><title>基层党建案例库：文章</title>`);
  });

  it('the sitemap lists every page but the 404 and offline pages, and robots.txt points at it', () => {
    const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
    const locs = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].flatMap((m) => {
      const file = join(DIST, new URL(m[1]!).pathname.slice(base.length));
      return [...readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((l) => l[1]!);
    });
    const unlisted = ['404.html', 'offline/index.html'];
    expect(locs.sort()).toEqual(pages.filter((p) => !unlisted.includes(p)).map((p) => `${root}${p.replace(/index\.html$/, '')}`).sort());
    // What search engines are told about the pages left out, and only about them.
    for (const p of pages) expect(readPage(p).includes('<meta name="robots" content="noindex">'), p).toBe(p === 'offline/index.html');
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${root}sitemap-index.xml`);
  });
});

describe('the URL lock', () => {
  const lock = parseLock(readFileSync(join('content', 'url-lock.txt'), 'utf8'));
  const site = lockedSite(readBuiltSite(DIST), base);

  it('every published address and anchor still works (or is redirected)', () => {
    const lost = lostUrls(lock, site).map((l) => `${l.url}：${l.why}`);
    expect(lost, `已发布的网址失效：恢复它们，或在 content/redirects.yaml 里加重定向`).toEqual([]);
  });

  it('holds everything published', () => {
    const locked = new Set(lock);
    const unlocked = publishedUrls(site).filter((u) => !locked.has(u));
    expect(unlocked, '新发布的网址还没有锁定：运行 npm run url-lock -- --update，并提交 content/url-lock.txt').toEqual([]);
  });
});
