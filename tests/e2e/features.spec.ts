/**
 * Graceful where an engine lacks something (issue 16): each page run in Chromium with one
 * feature taken away, as far as that can be simulated, to show that the text still reads and
 * that a control which cannot work is hidden or says so, never left broken.
 *
 * - :has() and popover are CSS/HTML features Chromium cannot switch off. The stylesheet is
 *   rewritten on its way to the page (`:has(` → `:x-has(`), so every rule that needs the
 *   selector is dropped, and the `@supports not selector(…)` fallbacks apply, exactly as in
 *   an engine without it. For popover, Chromium still hides a closed [popover] itself and
 *   its buttons still open notes; what the test proves is that the fallback's rules (the
 *   note as an aside, no 校 button, the term as text) win over Chromium's own.
 * - Service workers, Intl.Segmenter and WebAssembly are globals: an init script deletes
 *   them (and the search worker's script gets the same deletion prepended).
 *
 * README.md “Engines and the features each page needs” lists what a reader sees in each case.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';

test.use({ viewport: { width: 390, height: 844 } });

/** Serves the site's CSS with `from` replaced, as an engine that does not know it would parse it. */
async function withoutSelector(context: BrowserContext, from: string) {
  await context.route(/\.css(\?.*)?$/, async (route) => {
    const response = await route.fetch();
    const css = await response.text();
    if (!css.includes(from)) throw new Error(`no ${from} in ${route.request().url()}: the simulation would prove nothing`);
    await route.fulfill({ response, body: css.replaceAll(from, `:x-${from.slice(1)}`) });
  });
}

/** Page errors and console errors, to assert there are none. */
function errorsOf(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
const rootSize = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));

test.describe('without :has()', () => {
  test('and without script: the settings panel, which could change nothing, is not shown; the article reads', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false, serviceWorkers: 'block', viewport: { width: 390, height: 844 } });
    await withoutSelector(context, ':has(');
    const page = await context.newPage();
    await page.goto('articles/yangjiang/');
    await expect(page.locator('.reader-settings')).toBeHidden();
    await expect(page.locator('.article-body p').first()).toBeVisible();
    expect(await page.locator('.article-body p').count()).toBeGreaterThan(10);
    expect(await rootSize(page)).toBe(18);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: 'tests/screenshots/features-no-has-no-script-390.png' });
    await context.close();
  });

  test('with script: the settings panel is shown and works through the attributes script sets', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, serviceWorkers: 'block', viewport: { width: 390, height: 844 } });
    await withoutSelector(context, ':has(');
    const page = await context.newPage();
    const errors = errorsOf(page);
    await page.goto('articles/yangjiang/');
    await page.locator('.reader-settings summary').click();
    await page.getByText('特大', { exact: true }).click();
    expect(await rootSize(page)).toBe(22);
    // The checked radio button alone no longer does it: the simulation took :has() away.
    await page.evaluate(() => document.documentElement.removeAttribute('data-size'));
    expect(await rootSize(page)).toBe(18);
    expect(errors).toEqual([]);
    await context.close();
  });
});

test('without popover: a restoration keeps its note as an aside, terms read as text, no button is left doing nothing', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block', viewport: { width: 390, height: 844 } });
  await withoutSelector(context, ':popover-open');
  await context.addInitScript(() => {
    for (const name of ['popover', 'showPopover', 'hidePopover', 'togglePopover']) delete (HTMLElement.prototype as unknown as Record<string, unknown>)[name];
  });
  const page = await context.newPage();
  const errors = errorsOf(page);
  await page.goto('articles/yangjiang/');
  const note = page.locator('.restored-note').first();
  await expect(note).toBeVisible();
  await expect(note).toContainText('编者校补');
  expect(await note.evaluate((n) => getComputedStyle(n).display)).toBe('inline');
  await expect(page.locator('.restored-mark').first()).toBeHidden();
  await expect(page.locator('.restored-close').first()).toBeHidden();
  await expect(page.locator('.term').first()).toBeVisible();
  expect(await page.locator('.term').first().evaluate((t) => getComputedStyle(t).textDecorationLine)).toBe('none');
  await expect(page.locator('.term-note').first()).toBeHidden();
  expect(await page.locator('.term-note:visible').count()).toBe(0);
  // The paragraph still reads as one sentence, the term inside it.
  const para = page.locator('#s1-p2');
  expect(await para.innerText()).toContain('确保“两个维护”落实到基层。');
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  await note.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'tests/screenshots/features-no-popover-390.png' });
  expect(errors).toEqual([]);
  await context.close();
});

test('without service workers: pages read, the reader controls work, nothing is registered', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
  await context.addInitScript(() => {
    delete (Navigator.prototype as unknown as Record<string, unknown>).serviceWorker;
  });
  const page = await context.newPage();
  const errors = errorsOf(page);
  await page.goto('articles/yangjiang/');
  expect(await page.evaluate(() => 'serviceWorker' in navigator)).toBe(false);
  await expect(page.locator('h1').first()).toBeVisible();
  await page.locator('.reader-settings summary').click();
  await page.getByText('大', { exact: true }).click();
  expect(await rootSize(page)).toBe(20);
  await page.goto('');
  await expect(page.locator('h1').first()).toHaveText('基层党建案例库');
  expect(context.serviceWorkers()).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

/** Deletes `name` from the page and from the search worker (whose script is served with the deletion first). */
async function withoutGlobal(context: BrowserContext, deletion: string) {
  await context.addInitScript(deletion);
  await context.route(/search-worker[^/]*\.js$/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: `${deletion}\n${await response.text()}` });
  });
}

test('without Intl.Segmenter: search finds pages, and 相关结果 still come', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block', viewport: { width: 390, height: 844 } });
  await withoutGlobal(context, 'delete Intl.Segmenter;');
  const page = await context.newPage();
  const errors = errorsOf(page);
  await page.goto('search/?q=三会一课');
  await expect(page.locator('.search-page')).toHaveAttribute('data-search-state', 'done');
  expect(await page.evaluate(() => typeof Intl.Segmenter)).toBe('undefined');
  await expect(page.locator('#search-hits mark').first()).toHaveText('三会一课');
  // A query whose 相关结果 need the word split (村集体经济: no page has it whole).
  await page.goto('search/?q=村集体经济');
  const related = page.locator('.search-related');
  await expect(related.getByRole('heading', { name: '相关结果' })).toBeVisible();
  await related.getByRole('button', { name: /显示相关结果/ }).click();
  await expect(related.locator('.search-hit').first()).toBeVisible();
  await expect(page.locator('.search-page')).not.toHaveAttribute('data-search-state', 'error');
  expect(errors).toEqual([]);
  await context.close();
});

test.describe('without WebAssembly', () => {
  test('search says it cannot run here and where else to look', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, serviceWorkers: 'block', viewport: { width: 390, height: 844 } });
    await withoutGlobal(context, 'delete globalThis.WebAssembly;');
    const page = await context.newPage();
    const errors = errorsOf(page);
    await page.goto('search/?q=三会一课');
    await expect(page.locator('.search-page')).toHaveAttribute('data-search-state', 'error');
    const status = page.locator('.search-status');
    await expect(status).toContainText('这个浏览器不能运行站内搜索');
    await expect(status.getByRole('link', { name: '术语表' })).toBeVisible();
    await status.getByRole('link', { name: '文章列表' }).click();
    await expect(page.locator('h1').first()).toBeVisible();
    expect(errors).toEqual([]);
    await context.close();
  });

  test('with pages kept on the device: search looks through them and says why', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
    await withoutGlobal(context, 'delete globalThis.WebAssembly;');
    const page = await context.newPage();
    await page.goto('');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    });
    await page.goto('articles/yangjiang/');
    const title = (await page.locator('h1').first().textContent())!.trim();
    await page.goto('search/?q=三会一课');
    await expect(page.locator('.search-page')).toHaveAttribute('data-search-state', 'done');
    await expect(page.locator('.search-status')).toContainText('这个浏览器不能运行站内搜索');
    await expect(page.locator('.search-status')).toContainText('换用其他浏览器可以搜索全部内容');
    await expect(page.locator('#search-hits .search-hit h3 a').filter({ hasText: title })).toHaveCount(1);
    await context.close();
  });
});
