/**
 * Offline reading (issue 6): a trainee opens the site once, reads an article and a theme,
 * then loses the network, and keeps reading: the pages opened, the home page, the theme
 * and case indexes and the glossary still open, search still finds words in the pages
 * kept, and a page never opened gives the offline page, which says what is and is not
 * available.
 *
 * The site is served here by a server of the test's own (tools/static-server.ts), from
 * dist/ (or E2E_DIST) under SITE_BASE, so that the test can take the network away for
 * real: it stops the server, and also puts the browser offline. Run it against a build with
 * SITE_BASE=/dangjian/ to check the service worker under a sub-path.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { generateSW } from 'workbox-build';
import { swOptions } from '../../src/lib/offline/sw-config.ts';
import { SW_FILE } from '../../src/lib/offline/sw-file.ts';
import { serveStatic, type StaticServer } from '../../tools/static-server.ts';

const DIST = process.env.E2E_DIST ?? 'dist';
const BASE = process.env.SITE_BASE ?? '/';

let server: StaticServer;
test.beforeEach(async () => {
  server = await serveStatic(DIST, BASE);
});
test.afterEach(async () => {
  await server.close();
});

/** Waits until the service worker is active, has precached, and controls the page. */
async function serviceWorkerReady(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

test.use({ viewport: { width: 390, height: 844 } });

test('after a first visit, the reader loses the network and keeps reading', async ({ page, context }) => {
  test.setTimeout(90_000);
  const url = (path: string) => new URL(path, server.url).href;

  // First visit, online.
  await page.goto(url(''));
  await serviceWorkerReady(page);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(server.url);
  await page.goto(url('articles/yangjiang/'));
  const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
  await page.goto(url('themes/ganbu-duiwu/'));
  const themeTitle = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();

  // The network goes away.
  await server.close();
  await context.setOffline(true);

  // The article and the theme that were read.
  await page.goto(url('articles/yangjiang/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  const paragraphs = page.getByRole('article').getByRole('paragraph');
  expect(await paragraphs.count()).toBeGreaterThan(10);
  await expect(paragraphs.last()).toBeAttached();
  // Opened from a search result (?hl=…) or a paragraph link, it is the same kept page.
  await page.goto(url('articles/yangjiang/?hl=三会一课#s1'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await page.goto(url('themes/ganbu-duiwu/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(themeTitle);

  // The pages kept from the first visit, never opened: home, indexes, glossary, with their styles.
  for (const [path, heading] of [['', '基层党建案例库'], ['themes/', '专题'], ['cases/', '案例'], ['glossary/', '术语']] as const) {
    await page.goto(url(path));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px');
  }
  expect(await page.getByRole('definition').count()).toBeGreaterThan(50);

  // Search, over the pages kept.
  await page.goto(url('search/?q=三会一课'));
  // The search's state is an attribute the page's script keeps for tests: no role.
  await expect(page.locator('.search-page')).toHaveAttribute('data-search-state', 'done');
  await expect(page.getByRole('status')).toContainText('这台设备保存的');
  const found = page.getByRole('region', { name: '搜索结果' });
  const hits = found.getByRole('heading', { level: 3 }).getByRole('link');
  await expect(hits.filter({ hasText: title })).toHaveCount(1);
  // Highlighted words: <mark> has no role to find it by.
  await expect(found.locator('mark').first()).toHaveText('三会一课');
  await hits.filter({ hasText: title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.locator('mark.search-hl').first()).toBeVisible();
  // A synonym of a glossary term finds, offline too, the kept pages that use the term.
  await page.goto(url('search/?q=支委会'));
  await expect(page.locator('.search-page')).toHaveAttribute('data-search-state', 'done');
  await expect(page.locator('.search-status')).toContainText('含同义词：“支委会”是术语“三会一课”的同义词');
  await expect(page.locator('#search-hits .search-hit h3 a').filter({ hasText: title })).toHaveCount(1);
  // A word only in an article never opened: nothing, and it says why.
  await page.goto(url('search/?q=宏观思维'));
  await expect(page.locator('.search-page')).toHaveAttribute('data-search-state', 'done');
  await expect(page.getByRole('status')).toContainText('没有页面含有“宏观思维”');
  await expect(page.getByRole('status')).toContainText('联网后');

  // A page never opened: the offline page, under the address asked for.
  await page.goto(url('articles/lishui/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('现在没有网络');
  expect(page.url()).toBe(url('articles/lishui/'));
  await expect(page.getByRole('heading', { name: '离线时可以看的' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '离线时不能看的' })).toBeVisible();
  const saved = page.getByRole('region', { name: '这台设备上保存的页面' });
  await expect(saved).toBeVisible();
  await expect(saved.getByRole('link', { name: title })).toBeVisible();
  await page.screenshot({ path: 'tests/screenshots/offline-390.png', fullPage: true });
  await page.getByRole('link', { name: '术语表' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('术语');
});

test('a rebuilt site: the service worker updates itself and replaces what it kept', async ({ page, context }) => {
  test.setTimeout(90_000);
  // A copy of the site to rebuild in place, served by its own server.
  const copy = mkdtempSync(join(tmpdir(), 'dj-offline-'));
  cpSync(DIST, copy, { recursive: true });
  const site = await serveStatic(copy, BASE);
  try {
    await page.goto(site.url);
    await serviceWorkerReady(page);
    await expect(page.getByText('新的一版')).toHaveCount(0);

    // “Rebuild”: the home page changes, and the worker is written again as the build writes it.
    const home = join(copy, 'index.html');
    writeFileSync(home, readFileSync(home, 'utf8').replace('</h1>', '</h1><p id="rebuilt">新的一版</p>'));
    await generateSW(swOptions(copy, join(copy, SW_FILE)));

    // The browser finds the new worker (on any navigation; here at once), which takes over.
    await page.evaluate(async () => {
      const changed = new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      await (await navigator.serviceWorker.ready).update();
      await changed;
    });
    await page.goto(site.url);
    await expect(page.getByText('新的一版')).toBeVisible();

    // Offline, the kept home page is the new one, and only one precache is left.
    await site.close();
    await context.setOffline(true);
    await page.goto(site.url);
    await expect(page.getByText('新的一版')).toBeVisible();
    const precaches = await page.evaluate(async () => (await caches.keys()).filter((n) => n.includes('precache')));
    expect(precaches).toHaveLength(1);
  } finally {
    await site.close();
    rmSync(copy, { recursive: true, force: true });
  }
});
