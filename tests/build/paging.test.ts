/**
 * Long lists are split into pages (src/lib/links/paging.ts): a corpus of a page and a bit of
 * articles (the real five plus synthetic ones shaped like them, tools/bench/corpus.ts),
 * built, and read in Chromium: /articles/ holds the first page, later pages are reached by
 * the pager, every article is listed exactly once, and the home page shows the first few
 * with a link to the whole list. A glossary entry used more often than a page holds lists
 * its uses over pages the same way.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusModel, seeded, syntheticArticle } from '../../tools/bench/corpus.ts';
import { ARTICLES_PER_PAGE, HOME_ARTICLES, USES_PER_PAGE } from '../../src/lib/links/paging.ts';
import { resolveChromium } from '../../tools/browser.ts';
import { buildSite, type Build } from '../support/build.ts';
import { serveStatic, type StaticServer } from '../../tools/static-server.ts';

const EXTRA = 7;
let content: string;
let build: Build;
let site: StaticServer;
let browser: Browser;
let page: Page;
let total: number;

beforeAll(async () => {
  content = mkdtempSync(join(tmpdir(), 'dj-paging-content-'));
  cpSync('content', content, { recursive: true });
  const dir = join(content, 'articles');
  const real = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
  const model = corpusModel(real.map((f) => readFileSync(join(dir, f), 'utf8')));
  const random = seeded(7);
  total = ARTICLES_PER_PAGE + EXTRA;
  for (let i = 1; i <= total - real.length; i++) {
    const a = syntheticArticle(i, model, random);
    writeFileSync(join(dir, `${a.slug}.mdx`), a.mdx);
  }
  build = buildSite({ CONTENT_DIR: content }, 'dj-paging-');
  if (build.status !== 0) throw new Error(`build failed:\n${build.output.slice(-3000)}`);
  site = await serveStatic(build.dir);
  browser = await chromium.launch(resolveChromium().use.launchOptions);
  page = await browser.newPage();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (build) rmSync(build.dir, { recursive: true, force: true });
  if (content) rmSync(content, { recursive: true, force: true });
});

/** The articles a list page links to, by address. */
const titles = () => page.locator('main .card-list > li h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));

describe('the article list, over more articles than a page holds', () => {
  it('shows the first page at /articles/, says how many there are, and pages on', async () => {
    await page.goto(`${site.url}articles/`);
    const first = await titles();
    expect(first).toHaveLength(ARTICLES_PER_PAGE);
    await expect.poll(() => page.locator('main .lede').textContent()).toContain(`共 ${total} 篇，这是第 1–${ARTICLES_PER_PAGE} 篇`);
    const pager = page.getByRole('navigation', { name: '文章列表分页' });
    await expect.poll(() => pager.locator('[aria-current="page"]').textContent()).toBe('1');

    await pager.getByRole('link', { name: '下一页' }).click();
    await page.waitForURL(`${site.url}articles/page/2/`);
    const second = await titles();
    expect(second).toHaveLength(EXTRA);
    expect(await page.locator('h1').textContent()).toBe('文章（第 2 页）');
    // Every article once, in one order across the pages.
    expect(new Set([...first, ...second]).size).toBe(total);
    expect(await pager.getByRole('link', { name: '下一页' }).count()).toBe(0);

    await pager.getByRole('link', { name: '上一页' }).click();
    await page.waitForURL(`${site.url}articles/`);
    expect(await titles()).toEqual(first);
  });

  it('gives each page of the list its own address and title, with no page beyond the last', () => {
    const html = readFileSync(join(build.dir, 'articles', 'page', '2', 'index.html'), 'utf8');
    expect(html).toMatch(/<link rel="canonical" href="[^"]*\/articles\/page\/2\/"/);
    expect(html).toContain('<title>文章（第 2 页）');
    expect(readdirSync(join(build.dir, 'articles', 'page'))).toEqual(['2']);
  });

  it('fits a 320 px phone, with every pager link a 44 px target', async () => {
    const phone = await browser.newPage({ viewport: { width: 320, height: 640 } });
    try {
      await phone.goto(`${site.url}articles/page/2/`);
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      const links = phone.getByRole('navigation', { name: '文章列表分页' }).getByRole('link');
      expect(await links.count()).toBeGreaterThanOrEqual(2);
      for (const box of await links.evaluateAll((as) => as.map((a) => a.getBoundingClientRect().toJSON() as DOMRect))) {
        expect(box.width).toBeGreaterThanOrEqual(44);
        expect(box.height).toBeGreaterThanOrEqual(44);
      }
      await phone.screenshot({ path: 'tests/screenshots/articles-page-2-320.png' });
      await phone.getByRole('navigation', { name: '文章列表分页' }).screenshot({ path: 'tests/screenshots/articles-pager-320.png' });
    } finally {
      await phone.close();
    }
  });
});

describe('the home page, over many articles', () => {
  it('lists the first articles and links to all of them', async () => {
    await page.goto(site.url);
    const section = page.locator('section', { has: page.locator('#all-articles') });
    expect(await section.locator('.card-list > li').count()).toBe(HOME_ARTICLES);
    await section.getByRole('link', { name: `全部 ${total} 篇文章` }).click();
    await page.waitForURL(`${site.url}articles/`);
  });
});

describe('a glossary entry used more often than a page holds', () => {
  /** The entry with the most uses, from the count each entry page states. */
  const busiest = () => {
    const dir = join(build.dir, 'glossary');
    const counts = readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => [e.name, Number(/出处（(\d+) 处）/.exec(readFileSync(join(dir, e.name, 'index.html'), 'utf8'))?.[1] ?? 0)] as const);
    return counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  };

  it('lists its uses a page at a time, every use once, and says where they are', async () => {
    const [slug, count] = busiest();
    expect(count, 'the synthetic corpus uses some term more often than a page holds').toBeGreaterThan(USES_PER_PAGE);
    const uses = () => page.locator('ol.concordance > li a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    await page.goto(`${site.url}glossary/${slug}/`);
    const seen = await uses();
    expect(seen).toHaveLength(USES_PER_PAGE);
    // Every place the term is used, with its count, also those of uses on later pages.
    const perPlace = (await page.locator('#occurrences + p').textContent())!.match(/(\d+) 处/g)!.map((m) => parseInt(m, 10));
    expect(perPlace.reduce((a, b) => a + b, 0)).toBe(count);

    const pager = page.getByRole('navigation', { name: '出处分页' });
    for (let n = 2; await pager.getByRole('link', { name: '下一页' }).count(); n++) {
      await pager.getByRole('link', { name: '下一页' }).click();
      await page.waitForURL(`${site.url}glossary/${slug}/page/${n}/`);
      expect(await page.locator('ol.concordance').getAttribute('start')).toBe(String(seen.length + 1));
      seen.push(...(await uses()));
    }
    expect(seen).toHaveLength(count);
    expect(new Set(seen).size).toBe(count);
    // Later pages lead back to the entry, and search indexes only the entry itself.
    await page.getByRole('navigation', { name: '当前位置' }).getByRole('link').last().click();
    await page.waitForURL(`${site.url}glossary/${slug}/`);
    expect(readFileSync(join(build.dir, 'glossary', slug, 'page', '2', 'index.html'), 'utf8')).not.toContain('data-pagefind-body');
  });
});

describe('compare/, over many guidance articles', () => {
  it('names the guidance articles its cells quote, counts the others and links to the list, instead of listing every article', async () => {
    await page.goto(`${site.url}compare/`);
    const sources = page.locator('section.compare-sources');
    const guidance = sources.locator('dt', { hasText: '指导性文章' }).locator('xpath=following-sibling::dd[1]');
    // The real guidance article is quoted by the themes; the synthetic ones are quoted by none.
    expect(await guidance.getByRole('link').count()).toBe(2);
    expect(await guidance.textContent()).toContain(`另有 ${total - 5} 篇未被专题摘录`);
    await guidance.getByRole('link', { name: '文章列表' }).click();
    await page.waitForURL(`${site.url}articles/`);
  });
});

describe('/notes/, over many articles', () => {
  it('carries nothing per article (what it needs of an article with notes it fetches), so it stays the same size', () => {
    const html = readFileSync(join(build.dir, 'notes', 'index.html'), 'utf8');
    const synthetic = readdirSync(join(content, 'articles')).filter((f) => f.startsWith('synthetic-')).map((f) => f.replace(/\.mdx$/, ''));
    expect(synthetic.length).toBeGreaterThan(0);
    for (const slug of synthetic) expect(html).not.toContain(slug);
    expect(html).toContain(`&quot;articles&quot;:${total}`);
  });
});
