/**
 * Search (issue 4), in Chromium against the built site: what is indexed, Pagefind's answers
 * against plain substring matches of the page texts, the query set (search-queries.ts),
 * and the page: typing, filters, the URL, the keyboard, landing on a hit, axe, a phone.
 *
 * The page texts are read from the index itself (dist/pagefind/fragment/*, what Pagefind
 * stored for each page); E2E_DIST points at another build directory if the preview serves one.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { SEARCH_CASES } from './search-queries.ts';
import { containsAll, pairQuery, parseQuery } from '../../src/lib/search/query.ts';
import { decodeBitmap, hasTraditional, toSimplified } from '../../src/lib/search/trad.ts';
import { TRAD_BITMAP } from '../../src/lib/search/trad-bitmap.ts';
import { SIMPLIFIED } from '../../src/lib/search/trad-simplified.ts';
import { SEARCH_META, shardPath, type CatalogueShard, type SearchMeta } from '../../src/lib/search/catalogue.ts';
import { bare } from '../../src/lib/search/rank.ts';

const DIST = process.env.E2E_DIST ?? 'dist';
const BUNDLE = join(DIST, 'pagefind');

interface Fragment { url: string; content: string; filters: Record<string, string[]>; meta: { title: string } }
const fragments: Fragment[] = readdirSync(join(BUNDLE, 'fragment')).map((file) => {
  const f = JSON.parse(gunzipSync(readFileSync(join(BUNDLE, 'fragment', file))).subarray('pagefind_dcd'.length).toString()) as Fragment;
  // On disk Pagefind separates words with zero-width spaces; its JS API removes them.
  return { ...f, content: f.content.replace(/\u200b/g, '') };
});
const meta = JSON.parse(readFileSync(join(BUNDLE, SEARCH_META), 'utf8')) as SearchMeta;
const shards = Array.from({ length: meta.shards.count }, (_, n) => JSON.parse(readFileSync(join(BUNDLE, shardPath(meta.shards, n)), 'utf8')) as CatalogueShard);

const trad = decodeBitmap(TRAD_BITMAP);
const termsOf = (q: string) => parseQuery(hasTraditional(trad, q) ? toSimplified(trad, SIMPLIFIED, q) : q);
/** Pages whose indexed text contains every term: what the search must find. */
const containing = (q: string) => new Set(fragments.filter((f) => containsAll(f.content, termsOf(q))).map((f) => f.url));

/** Site-relative path without the base path, as in the index: /articles/yangjiang/ */
const sitePath = (page: Page, href: string) => {
  const base = new URL('./', page.url().replace(/search\/.*$/, '')).pathname;
  return `/${new URL(href, page.url()).pathname.slice(base.length)}`;
};

/**
 * The search's state (searching, done, error), which the page's script keeps in an attribute
 * for tests to wait on: a reader sees it only through the results. No role to find it by.
 */
const searchState = (page: Page) => page.locator('.search-page');
/** The search box on the search page (the header's has the same name; this one is in main). */
const searchBox = (page: Page) => page.getByRole('main').getByRole('searchbox');
/** The results above the 相关结果 divider: one list item per page, its title a link in a heading. */
const results = (page: Page) => page.getByRole('region', { name: '搜索结果' }).getByRole('listitem');
const resultLinks = (page: Page) => page.getByRole('region', { name: '搜索结果' }).getByRole('heading', { level: 3 }).getByRole('link');
/** A result's type (文章, 术语…), a label in its detail line with no role of its own. */
const resultTypes = (page: Page) => page.getByRole('region', { name: '搜索结果' }).locator('.search-type');

async function searchFor(page: Page, q: string) {
  await page.goto(`search/?q=${encodeURIComponent(q)}`);
  await expect(searchState(page)).toHaveAttribute('data-search-state', /done|error/);
  await expect(searchState(page)).toHaveAttribute('data-search-state', 'done');
}

/** The results above the 相关结果 divider, fetching more until there are `n` or no more. */
async function topResults(page: Page, n = 10): Promise<string[]> {
  const hits = resultLinks(page);
  const more = page.getByRole('button', { name: '显示更多结果' });
  // The next page of Pagefind's results may all lack the query and go under 相关结果: a click
  // has done its work when either list grows or there is nothing more to show.
  const related = page.getByRole('region', { name: '相关结果' }).getByRole('listitem');
  while ((await hits.count()) < n && (await more.isVisible())) {
    const [before, relatedBefore] = [await hits.count(), await related.count()];
    await more.click();
    await expect.poll(async () => (await hits.count()) > before || (await related.count()) > relatedBefore || !(await more.isVisible())).toBe(true);
  }
  return (await hits.evaluateAll((links) => links.map((a) => a.getAttribute('href')!))).map((h) => sitePath(page, h)).slice(0, n);
}

test.describe('the index', () => {
  test('holds each article, theme, case and glossary entry once, with its type', () => {
    const dirs = { articles: ['.mdx', '文章'], themes: ['.mdx', '专题'], cases: ['.yaml', '案例'], glossary: ['.yaml', '术语'] } as const;
    const expected = Object.entries(dirs).flatMap(([dir, [ext, type]]) =>
      readdirSync(join('content', dir)).filter((n) => n.endsWith(ext)).map((n) => ({ url: `/${dir}/${n.slice(0, -ext.length)}/`, type })),
    );
    const indexed = fragments.map((f) => ({ url: f.url, type: f.filters.type?.[0] }));
    expect(indexed.map((p) => p.url).sort()).toEqual(expected.map((p) => p.url).sort());
    for (const p of indexed) expect(p.type, p.url).toBe(expected.find((e) => e.url === p.url)!.type);
    // The page list (in shards) has every page; search-meta.json every page but the articles.
    expect(shards.flatMap((s) => Object.values(s).map((p) => p.url)).sort()).toEqual(fragments.map((f) => f.url).sort());
    expect(Object.keys(meta.others)).toHaveLength(fragments.filter((f) => f.filters.type?.[0] !== '文章').length);
    expect(meta.chunks.length, 'chunk ranges read from Pagefind’s metadata').toBeGreaterThan(0);
    for (const f of fragments.filter((f) => f.url.startsWith('/articles/'))) {
      for (const key of ['place', 'genre', 'level']) expect(f.filters[key]?.length, `${f.url} ${key}`).toBeGreaterThan(0);
    }
  });

  test('holds the content, not navigation, notes, definitions or citation lines', () => {
    const furniture = ['跳到正文', '本站不设账号', '被引用于', '词条与全部出处', '此处原文乱码', '分钟读完', '见原文', '来源与校订', '专题 × 案例对照表', '相关文章'];
    for (const f of fragments) {
      for (const text of furniture) expect(f.content, `${f.url} contains “${text}”`).not.toContain(text);
    }
    // The table of contents repeats every heading: each heading is in the article text once.
    const yangjiang = fragments.find((f) => f.url === '/articles/yangjiang/')!;
    const heading = readFileSync('content/articles/yangjiang.mdx', 'utf8').match(/^## (.+?) \^s1$/m)![1]!;
    expect(yangjiang.content.split(heading).length - 1).toBe(1);
  });
});

test('Pagefind finds every page that contains the query (checked against the page texts)', async ({ page }) => {
  await page.goto('search/');
  const queries = SEARCH_CASES.map((c) => ({ q: c.q, terms: termsOf(c.q) })).filter((c) => c.terms.length > 0);
  const sent = queries.map((c) => ({ q: c.q, words: [pairQuery(c.terms), pairQuery(c.terms, meta.chunks)], stock: c.terms.join(' ') }));
  // In a worker, as the site does (src/scripts/search-worker.ts); and, for comparison,
  // Pagefind as it is usually used: on the page, splitting the query itself.
  const answers = await page.evaluate(async (sent) => {
    const bundle = new URL('../pagefind/', location.href).href;
    const source = `onmessage = async (e) => {
      const pf = await import(${JSON.stringify(`${bundle}pagefind.js`)});
      const out = [];
      for (const words of e.data) {
        const found = await pf.search(words);
        out.push(await Promise.all(found.results.map(async (r) => (await r.data()).raw_url)));
      }
      postMessage(out);
    };`;
    const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })), { type: 'module' });
    const inWorker = await new Promise<string[][]>((resolve) => {
      worker.onmessage = (e) => resolve(e.data as string[][]);
      worker.postMessage(sent.flatMap((s) => s.words));
    });
    const pf = await import(/* @vite-ignore */ `${bundle}pagefind.js`);
    const stock: string[][] = [];
    for (const s of sent) {
      const found = await pf.search(s.stock);
      stock.push(await Promise.all(found.results.slice(0, 10).map(async (r: { data(): Promise<{ raw_url: string }> }) => (await r.data()).raw_url)));
    }
    return { inWorker, stock };
  }, sent);

  let stockShown = 0;
  let stockWrong = 0;
  queries.forEach((c, i) => {
    const truth = containing(c.q);
    for (const [j, found] of [answers.inWorker[2 * i]!, answers.inWorker[2 * i + 1]!].entries()) {
      const missed = [...truth].filter((u) => !found.includes(u));
      expect(missed, `${c.q} sent as “${sent[i]!.words[j]}” misses pages that contain it`).toEqual([]);
    }
    stockShown += answers.stock[i]!.length;
    stockWrong += answers.stock[i]!.filter((u) => !truth.has(u)).length;
  });
  test.info().annotations.push({
    type: 'stock Pagefind',
    description: `${stockWrong} of ${stockShown} top-10 results of Pagefind used as is lack the query (${Math.round((100 * stockWrong) / Math.max(stockShown, 1))}%)`,
  });
});

test.describe('the query set', () => {
  for (const c of SEARCH_CASES) {
    test(`${c.kind}：${c.q}`, async ({ page }) => {
      await searchFor(page, c.q);
      const truth = new Set([...containing(c.q), ...(c.synonymOf ? containing(c.synonymOf) : [])]);
      if (c.synonymOf) await expect(page.locator('.search-status')).toContainText(`含同义词：“${termsOf(c.q).join('')}”是术语“${c.synonymOf}”的同义词`);
      const top = await topResults(page);
      for (const url of top) expect(truth.has(url), `${url} is above the divider but lacks ${c.q}`).toBe(true);
      if (c.none) {
        expect(truth.size, 'the query set says nothing contains this').toBe(0);
        expect(top).toEqual([]);
        const empty = page.getByRole('region', { name: '没有找到' });
        await expect(empty).toBeVisible();
        await expect(empty.getByRole('list').first().getByRole('link').first()).toBeVisible();
        return;
      }
      expect(top.length).toBe(Math.min(10, truth.size));
      if (c.first) expect(top[0]).toBe(c.first);
      for (const url of c.expect ?? []) expect(top, `${url} in the top 10`).toContain(url);
      // Whether shown or not yet: includeHidden.
      const related = await page
        .getByRole('region', { name: '相关结果', includeHidden: true })
        .getByRole('link', { includeHidden: true })
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      for (const href of related) expect(truth.has(sitePath(page, href)), `${href} is a 相关结果 but contains ${c.q}`).toBe(false);
    });
  }
});

// The search does not know article titles before loading the pages (rank.ts), so an
// article is not moved to the top for being named by the query; Pagefind's weight on
// <h1> words must bring it first among the articles, and so first.
test.describe('an article’s title, searched, finds that article first', () => {
  for (const f of fragments.filter((f) => f.filters.type?.[0] === '文章')) {
    test(f.meta.title, async ({ page }) => {
      await searchFor(page, bare(f.meta.title));
      expect(await topResults(page, 1)).toEqual([f.url]);
    });
  }
});

test.describe('the search page', () => {
  test('searches from the header box of any page, on a phone, and content pages load no search code', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (['script', 'fetch', 'xhr'].includes(r.resourceType()) || r.url().includes('/pagefind/')) scripts.push(r.url());
    });
    await page.goto('articles/lishui/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(scripts.filter((u) => /pagefind|search-worker|search\.astro|highlight/.test(u)), 'search code on a content page').toEqual([]);
    // How much script a content page may load at all is tests/build/budgets.test.ts's budget.
    const box = page.getByRole('search', { name: '全站搜索' }).getByRole('searchbox');
    await box.fill('三会一课');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=%E4%B8%89%E4%BC%9A%E4%B8%80%E8%AF%BE$/);
    await expect(searchState(page)).toHaveAttribute('data-search-state', 'done');
    await expect(results(page).first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth), 'sideways scrolling').toBeLessThanOrEqual(0);
  });

  test('typing, filters and the address bar stay in step; back and forward step through searches', async ({ page }) => {
    await page.goto('search/');
    const box = searchBox(page);
    await box.pressSequentially('一肩挑', { delay: 30 });
    await expect(page).toHaveURL(/\?q=%E4%B8%80%E8%82%A9%E6%8C%91$/);
    await expect(searchState(page)).toHaveAttribute('data-search-state', 'done');
    await expect(resultTypes(page).first()).toBeVisible();
    await expect(page).toHaveTitle(/一肩挑/);

    // The filters' disclosure (a <summary>, which has no role): the reader clicks its words.
    await page.getByRole('main').getByText('筛选', { exact: true }).click();
    await page.getByLabel('类型').selectOption('术语');
    await expect(page).toHaveURL(/\?q=%E4%B8%80%E8%82%A9%E6%8C%91&type=%E6%9C%AF%E8%AF%AD$/);
    await expect(searchState(page)).toHaveAttribute('data-search-state', 'done');
    const types = resultTypes(page);
    await expect(types.first()).toHaveText('术语');
    expect(new Set(await types.allTextContents())).toEqual(new Set(['术语']));
    await expect(page.getByText('（已选 1 项）')).toBeVisible();

    await page.goBack();
    await expect(page).toHaveURL(/\?q=%E4%B8%80%E8%82%A9%E6%8C%91$/);
    await expect(page.getByLabel('类型')).toHaveValue('');
    await expect(resultTypes(page).filter({ hasText: '文章' }).first()).toBeVisible();
    await page.goForward();
    await expect(page.getByLabel('类型')).toHaveValue('术语');
    await expect(resultTypes(page).first()).toHaveText('术语');

    // A lecturer's link opens the same search, filters included (and shown).
    await page.goto('search/?q=%E5%85%9A%E5%BB%BA&place=%E4%B8%B4%E6%B2%AD&genre=%E7%BB%8F%E9%AA%8C%E4%BA%A4%E6%B5%81');
    await expect(searchBox(page)).toHaveValue('党建');
    await expect(page.getByLabel('地方')).toHaveValue('临沭');
    await expect(page.getByLabel('地方')).toBeVisible();
    await expect(searchState(page)).toHaveAttribute('data-search-state', 'done');
    // Each result's detail line (type, place, genre…): its first paragraph.
    const details = await Promise.all((await results(page).all()).map((r) => r.getByRole('paragraph').first().textContent()));
    expect(details.length).toBeGreaterThan(0);
    for (const d of details) expect(d).toContain('临沭');
  });

  test('the keyboard moves between the box and the results', async ({ page }) => {
    await searchFor(page, '双报到');
    const box = searchBox(page);
    const links = resultLinks(page);
    await box.focus();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(box).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await expect(box).toBeFocused();
    await page.keyboard.press('ArrowDown');
    const target = new URL((await links.nth(0).getAttribute('href'))!, page.url()).href;
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(target);
  });

  test('a result lands on the passage, marked, and the marks can be cleared', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await searchFor(page, '三会一课');
    const result = results(page).filter({ has: page.getByText('文章', { exact: true }) }).first();
    // “见：…”, the section the hit is in, when it has one.
    const inSection = (await result.getByText(/^见：/).count()) > 0;
    await result.getByRole('heading', { level: 3 }).getByRole('link').click();
    await expect(page).toHaveURL(/\/articles\/[^/]+\/\?hl=/);
    // The words marked in the text: <mark> has no role to find it by.
    const current = page.locator('mark.search-hl.current');
    await expect(current).toHaveText('三会一课');
    await expect(current).toBeInViewport();
    if (inSection) expect(new URL(page.url()).hash).toMatch(/^#s\d/);
    const bar = page.getByRole('region', { name: '搜索词标记' });
    await expect(bar).toContainText('三会一课');
    await expectNoAxeViolations(page);
    await bar.getByRole('button', { name: '清除标记' }).click();
    await expect(page.locator('mark.search-hl')).toHaveCount(0);
    await expect(bar).toHaveCount(0);
    expect(new URL(page.url()).searchParams.has('hl')).toBe(false);
  });

  test('with nothing found, it says so, offers glossary terms and the themes', async ({ page }) => {
    await searchFor(page, '三会两课');
    await expect(page.getByRole('status')).toContainText('没有页面含有“三会两课”');
    const empty = page.getByRole('region', { name: '没有找到' });
    // The first list: 试试这些术语.
    const suggestions = empty.getByRole('list').first().getByRole('link');
    await expect(suggestions.first()).toBeVisible();
    expect(await suggestions.allTextContents()).toContain('三会一课');
    await expect(empty.getByRole('link').nth(6)).toBeVisible();
    await expectNoAxeViolations(page);
    await suggestions.filter({ hasText: /^三会一课$/ }).click();
    await expect(searchBox(page)).toHaveValue('三会一课');
    await expect(results(page).first()).toBeVisible();
  });

  test('pages with only some of the characters are offered below the divider', async ({ page }) => {
    await searchFor(page, '村集体经济');
    await expect(page.getByRole('button', { name: '显示更多结果', includeHidden: true })).toBeHidden();
    const related = page.getByRole('region', { name: '相关结果' });
    await expect(related.getByRole('heading', { name: '相关结果' })).toBeVisible();
    await related.getByRole('button', { name: /显示相关结果/ }).click();
    await expect(related.getByRole('listitem').first()).toBeVisible();
    await expect(related.getByRole('heading', { level: 3 }).getByRole('link').first()).toBeFocused();
  });

  test('with fewer than three exact results, the related ones are shown at once', async ({ page }) => {
    await searchFor(page, '党员队伍建设');
    const top = await topResults(page);
    expect(top.length).toBeGreaterThan(0);
    expect(top.length).toBeLessThan(3);
    const related = page.locator('.search-related');
    await expect(related.locator('.search-hit').first()).toBeVisible();
    await expect(related.getByRole('button', { name: /显示相关结果/ })).toBeHidden();
    await expect(page.locator('.search-status')).toContainText('相关结果');
  });

  test('excerpts use Chinese full stops where Pagefind joined a page’s blocks', async ({ page }) => {
    await searchFor(page, '三会一课');
    const excerpts = await page.locator('#search-hits .search-excerpt').allTextContents();
    expect(excerpts.length).toBeGreaterThan(0);
    for (const text of excerpts) expect(text).not.toMatch(/[\p{Script=Han}”」）]\. /u);
    // The glossary entry opens the results; its heading and first field run into one line.
    expect(excerpts[0]).toMatch(/三会一课。/);
  });

  for (const width of [390, 1280]) {
    test(`axe finds nothing wrong at ${width}px, and a screenshot for a person to look at`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await searchFor(page, '三会一课');
      await page.screenshot({ path: `tests/screenshots/search-${width}.png`, fullPage: true });
      expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page);
      await page.getByRole('main').getByText('筛选', { exact: true }).click();
      await expectNoAxeViolations(page);
    });
  }

  test('works under a strict Content-Security-Policy that allows WebAssembly', async ({ page }) => {
    const policy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
    });
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await searchFor(page, '陽江');
    await expect(results(page).first()).toBeVisible();
    expect(violations).toEqual([]);
  });
});
