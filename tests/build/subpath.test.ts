/**
 * A training institution that hosts under a path (https://example.edu.cn/dangjian/) sets
 * `base` (SITE_BASE) and nothing else. Built that way, the build's own link check
 * (src/integrations/link-check.ts) finds every page's links, anchors and assets. On top of
 * it, here: the URL lock holds under the base; the addresses in feeds, sitemap, QR codes,
 * references and the search's page list are under it; stylesheets and scripts name only files
 * under it; and in a browser, on a plain static host, each kind of page loads with no failed
 * request, and search finds results that open.
 */
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lostUrls, parseLock, lockedSite } from '../../src/lib/links/url-lock.ts';
import { readBuiltSite } from '../../src/integrations/dist.ts';
import { headersFor, parseHeadersFile } from '../../src/lib/links/headers-file.ts';
import { resolveChromium } from '../../tools/browser.ts';
import { buildSite, type Build } from '../support/build.ts';
import { decodeSvg } from '../support/qr-decode.ts';
import { serveStatic, type StaticServer } from '../../tools/static-server.ts';

const SITE = 'https://example.edu.cn';
const BASE = '/dangjian/';
const ROOT = `${SITE}${BASE}`;

let build: Build;
const files = (dir = build.dir): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(build.dir.length + 1));
const read = (file: string) => readFileSync(join(build.dir, file), 'utf8');
/** The build file an address under the base stands for, if there is one. */
const fileOf = (url: string) => {
  const path = new URL(url, ROOT).pathname;
  if (!path.startsWith(BASE)) return undefined;
  const rest = decodeURIComponent(path.slice(BASE.length));
  const file = rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest;
  return existsSync(join(build.dir, file)) ? file : undefined;
};

beforeAll(() => {
  build = buildSite({ SITE_URL: SITE, SITE_BASE: BASE }, 'dj-subpath-');
}, 240_000);
afterAll(() => {
  if (build?.dir) rmSync(build.dir, { recursive: true, force: true });
});

describe(`the site built for ${ROOT}`, () => {
  it('builds, its own link check finding every internal link, anchor and asset', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).toContain('every internal link and anchor lands');
  });

  it('keeps every locked address, under the base', () => {
    const lock = parseLock(readFileSync(join('content', 'url-lock.txt'), 'utf8'));
    expect(lostUrls(lock, lockedSite(readBuiltSite(build.dir), BASE)).map((l) => `${l.url}：${l.why}`)).toEqual([]);
  });

  it('ships _headers whose every pattern is under the base, so a static host applies them', () => {
    const rules = parseHeadersFile(read('_headers'));
    expect(rules.map((r) => r.pattern)).toEqual(parseHeadersFile(readFileSync(join('deploy', '_headers'), 'utf8')).map((r) => `${BASE.replace(/\/$/, '')}${r.pattern}`));
    expect(Object.keys(headersFor(rules, `${BASE}articles/yangjiang/`))).toContain('content-security-policy');
    expect(headersFor(rules, `${BASE}_astro/x.js`)['cache-control']).toContain('immutable');
  });

  it('gives full addresses under the base: canonical, Open Graph, 引用本页, QR codes', () => {
    const bad: string[] = [];
    for (const page of files().filter((f) => f.endsWith('.html') && f !== '404.html')) {
      const html = read(page);
      if (html.includes('http-equiv="refresh"')) continue;
      const want = `${ROOT}${page.replace(/index\.html$/, '')}`;
      for (const [what, re] of [['canonical', /<link rel="canonical" href="([^"]+)"/], ['og:url', /<meta property="og:url" content="([^"]+)"/]] as const) {
        if (re.exec(html)?.[1] !== want) bad.push(`${page} ${what}`);
      }
      const shown = /<p class="share-url" id="page-url">([^<]+)<\/p>/.exec(html)?.[1];
      if (shown !== undefined && shown !== want) bad.push(`${page} 本页网址 ${shown}`);
      if (shown !== undefined && decodeSvg(read(page.replace(/index\.html$/, 'qr.svg'))) !== want) bad.push(`${page} 二维码`);
    }
    expect(bad).toEqual([]);
  });

  it('lists in the feed, sitemap and search page list only addresses that resolve under the base', () => {
    const urls = [
      ...[...read('rss.xml').matchAll(/<(?:link|guid[^>]*)>([^<]+)</g)].map((m) => m[1]!),
      ...files().filter((f) => /^sitemap-.*\.xml$/.test(f)).flatMap((f) => [...read(f).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!)),
      // The search's page list (shards under pagefind/catalogue/) keeps site paths without
      // the base; the search page adds it.
      ...files().filter((f) => /^pagefind\/catalogue\/[^/]+\.json$/.test(f)).flatMap((f) =>
        Object.values(JSON.parse(read(f)) as Record<string, { url: string }>).map((p) => `${ROOT}${p.url.slice(1)}`)),
    ];
    expect(urls.length).toBeGreaterThan(200);
    expect(urls.filter((u) => !u.startsWith(ROOT) || !fileOf(u))).toEqual([]);
  });

  it('names in stylesheets and scripts only files that exist under the base', () => {
    const refs = files()
      .filter((f) => /\.(?:css|js)$/.test(f))
      .flatMap((f) => [...read(f).matchAll(/(?:url\(|["'`])(\/[\w./-]*\.(?:js|css|json|svg|png|webp|woff2?))(?=["'`)])/g)].map((m) => `${f}: ${m[1]}`));
    expect(refs.filter((r) => !fileOf(r.split(': ')[1]!))).toEqual([]);
  });

  describe('in a browser, on a plain static host', () => {
    let browser: Browser;
    let site: StaticServer;
    beforeAll(async () => {
      site = await serveStatic(build.dir, BASE);
      browser = await chromium.launch(resolveChromium().use.launchOptions);
    });
    afterAll(async () => {
      await browser?.close();
      await site?.close();
    });

    const kinds = ['', 'articles/yangjiang/?hl=三会一课', 'themes/zuzhi-tixi/', 'themes/zuzhi-tixi/handout/', 'cases/yangjiang/', 'glossary/sanhui-yike/', 'compare/', 'search/?q=三会一课'];
    it.each(kinds)('/dangjian/%s loads with no failed request', async (path) => {
      const page = await browser.newPage();
      const failed: string[] = [];
      page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
      page.on('requestfailed', (r) => failed.push(`${r.failure()?.errorText} ${r.url()}`));
      await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
      if (path.startsWith('search/')) await page.locator('.search-page[data-search-state="done"]').waitFor();
      expect(failed).toEqual([]);
      await page.close();
    });

    it('search finds results under the base, and they open', async () => {
      const page = await browser.newPage();
      await page.goto(`${site.url}search/?q=${encodeURIComponent('三会一课')}`);
      await page.locator('.search-page[data-search-state="done"]').waitFor();
      const hrefs = await page.locator('#search-hits .search-hit h3 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      expect(hrefs.length).toBeGreaterThan(3);
      for (const href of hrefs) {
        expect(new URL(href).pathname.startsWith(BASE), href).toBe(true);
        expect((await page.request.get(href)).status(), href).toBe(200);
      }
      await page.locator('#search-hits .search-hit h3 a').first().click();
      await expect.poll(() => page.locator('h1').count()).toBeGreaterThan(0);
      await page.close();
    });

    it('相关结果 (from the page list’s shards) are listed under the base', async () => {
      const page = await browser.newPage();
      const failed: string[] = [];
      page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
      await page.goto(`${site.url}search/?q=${encodeURIComponent('村集体经济')}`);
      await page.locator('.search-page[data-search-state="done"]').waitFor();
      await page.locator('.search-related-show').click();
      await page.locator('.search-related-hits a').first().waitFor();
      const hrefs = await page.locator('.search-related-hits a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      for (const href of hrefs) {
        expect(new URL(href).pathname.startsWith(BASE), href).toBe(true);
        expect((await page.request.get(href)).status(), href).toBe(200);
      }
      expect(failed).toEqual([]);
      await page.close();
    });
  });
});
