/**
 * 课程包 (issue 12), as a lecturer uses it: collecting passages from articles, a theme and a
 * case through the ⋯ control (pointer, touch-sized screen, keyboard), the header count,
 * the pack page with each item's text, source and link, the address opened in a fresh
 * browser (no storage) showing the same pack, reordering and removing, sharing (copy link,
 * QR code, 复制为文字), the printed handout (PDF), projection, bad addresses, accessibility,
 * offline opening, and nothing of it without JavaScript.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { pdfPages, printedTextHas } from './support/pdf.ts';
import { decodeModules, svgModules } from '../support/qr-decode.ts';
import { serveStatic, type StaticServer } from '../../tools/static-server.ts';
import { headersFor, parseHeadersFile } from '../../src/lib/links/headers-file.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
/** A block's text as the reader sees it (its controls have no text). */
const textOf = async (page: Page, selector: string) => (await page.locator(selector).innerText()).replace(/\s+/g, '').trim();
const squash = (s: string | null) => (s ?? '').replace(/\s+/g, '');

/** Adds the spot `id` of the page open to the pack through its ⋯ menu, and checks what the status line says. */
async function collect(page: Page, id: string): Promise<void> {
  const spot = page.locator(`[id="${id}"]`);
  await spot.scrollIntoViewIfNeeded();
  await spot.hover();
  const more = spot.locator('.block-act').first();
  await more.click();
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  await page.locator('.block-menu').getByRole('button', { name: '加入课程包' }).click();
  await expect(page.locator('.share-status')).toContainText('已加入课程包');
  await expect(page.locator('.block-menu')).toHaveCount(0);
}

interface Collected { path: string; id: string; text: string }

/** Ten passages from three articles, a theme and a case, as the issue's lecturer collects them. */
async function collectLesson(page: Page): Promise<Collected[]> {
  const got: Collected[] = [];
  const from = async (path: string, ids: string[], selector = (id: string) => `[id="${id}"]`) => {
    await page.goto(path);
    for (const id of ids) {
      got.push({ path, id, text: await textOf(page, selector(id)) });
      await collect(page, id);
      await expect(page.locator('.pack-count')).toHaveText(`${got.length}`);
    }
  };
  await from('articles/yangjiang/', ['s1-p2', 's2-p1', 's1']);
  await from('articles/linshu/', ['s1-p1', 's2-p2']);
  await from('articles/lishui/', ['s0-p1']);
  await page.goto('themes/zuzhi-tixi/');
  const excerpt = (await page.locator('.excerpts > li').first().getAttribute('id'))!;
  await from('themes/zuzhi-tixi/', [excerpt, 'question-1'], (id) => (id === excerpt ? `[id="${id}"] blockquote` : `[id="${id}"]`));
  await page.goto('cases/linshu/');
  const practice = (await page.locator('.practice[id]').first().getAttribute('id'))!;
  await from('cases/linshu/', [practice], (id) => `[id="${id}"] > p:first-of-type`);
  // And a whole theme page, from its 引用本页 panel.
  await page.goto('themes/jiceng-zhili/');
  await page.getByRole('button', { name: '整页加入课程包' }).click();
  await expect(page.locator('.share-status')).toContainText('共 10 项');
  // Again: it is there already, and stays there.
  await page.getByRole('button', { name: '整页加入课程包' }).click();
  await expect(page.locator('.share-status')).toHaveText('整页已在课程包中（第 10 项）。');
  await expect(page.locator('.pack-count')).toHaveText('10');
  got.push({ path: 'themes/jiceng-zhili/', id: '', text: squash(await page.locator('.lede').textContent()) });
  return got;
}

/** The pack page shows these items, in this order, each with its text and a link back to its spot. */
async function expectItems(page: Page, items: Collected[]): Promise<void> {
  await expect(page.locator('.pack-page')).toHaveAttribute('data-state', 'ready');
  const shown = page.locator('.pack-items > .pack-item');
  await expect(shown).toHaveCount(items.length);
  for (const [i, item] of items.entries()) {
    const li = shown.nth(i);
    await expect(li.locator('.pack-kind')).toContainText(`第 ${i + 1} 项`);
    // A heading item shows the section's paragraphs under its heading; others their text.
    const text = squash(await li.locator('.pack-heading, .pack-text').allTextContents().then((t) => t.join('')));
    expect(text, `item ${i + 1} (${item.path}#${item.id})`).toContain(item.text.replace(/^(.{30}).*$/, '$1'));
    const link = li.getByRole('link', { name: '在本站查看' });
    const href = (await link.getAttribute('href'))!;
    // Under the site's base path (SITE_BASE) too.
    expect(new URL(href, page.url()).href).toBe(new URL(`${item.path}${item.id ? `#${item.id}` : ''}`, new URL('../', page.url())).href);
  }
}

async function fresh(browser: Browser, viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', permissions: ['clipboard-read', 'clipboard-write'] });
  return { context, page: await context.newPage() };
}

for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
  test.describe(`collecting a lesson at ${viewport.width}px`, () => {
    test.use({ viewport });

    test('ten passages from three articles, a theme and a case; the address opens the same pack elsewhere', async ({ page, browser, baseURL }) => {
      test.setTimeout(90_000);
      await page.goto('');
      await expect(page.locator('.pack-link')).toBeHidden();
      const items = await collectLesson(page);
      await expect(page.locator('.pack-link')).toBeVisible();
      await page.locator('.pack-link').click();
      await expect(page).toHaveURL(/\/pack\/\?i=articles\/yangjiang~s1-p2&i=articles\/yangjiang~s2-p1/);
      await expectItems(page, items);
      await page.locator('#pack-title-input').fill('组织体系建设专题课');
      await page.locator('#pack-title-input').press('Enter');
      await expect(page.locator('h1')).toHaveText('组织体系建设专题课');
      await page.locator('#note-1').fill('讨论5分钟');
      await page.locator('#note-1').press('Enter');
      await expect(page).toHaveURL(/\?t=.+&i=articles\/yangjiang~s1-p2&n=%E8%AE%A8%E8%AE%BA5%E5%88%86%E9%92%9F&i=/);
      await expect(page.locator('#item-1 .pack-note')).toHaveText('备注：讨论5分钟');
      await expect(page.locator('#note-1')).toBeFocused();
      await page.screenshot({ path: `tests/screenshots/pack-${viewport.width}.png`, fullPage: true });
      const address = page.url();
      expect(await page.locator('.pack-url').textContent()).toBe(address);

      // Another device: no storage, only the address.
      const other = await fresh(browser, viewport);
      await other.page.goto(address);
      await expect(other.page.locator('h1')).toHaveText('组织体系建设专题课');
      await expectItems(other.page, items);
      await expect(other.page.locator('.pack-item').first().locator('.pack-note')).toHaveText('备注：讨论5分钟');
      // Shown, not edited: no edit controls until the reader asks to edit it here.
      await expect(other.page.locator('.pack-edit')).toHaveCount(0);
      await expect(other.page.getByRole('button', { name: '在本机编辑这个课程包' })).toBeVisible();
      await expect(other.page.locator('.pack-link')).toBeHidden();
      await other.page.getByRole('button', { name: '在本机编辑这个课程包' }).click();
      await expect(other.page.locator('.pack-edit')).toHaveCount(items.length);
      await expect(other.page.locator('.pack-count')).toHaveText(`${items.length}`);
      await other.context.close();
      expect(baseURL).toBeTruthy();
    });
  });
}

test.describe('editing the pack', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('the data files arriving late (a slow network) leave the reader where they were: the button moved, the note typed', async ({ page }) => {
    let release!: () => void;
    const arrived = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/pack/data/**', async (route) => {
      await arrived;
      await route.continue();
    });
    await page.goto('pack/?i=articles/yangjiang~s1-p2&i=articles/linshu~s1-p1&i=cases/linshu');
    await page.getByRole('button', { name: '在本机编辑这个课程包' }).click();
    await page.getByRole('button', { name: '下移第 1 项' }).click();
    await expect(page.getByRole('button', { name: '下移第 2 项' })).toBeFocused();
    await page.getByRole('textbox', { name: '第 3 项备注' }).fill('讨论5分钟');
    await expect(page.locator('.pack-page')).toHaveAttribute('data-state', 'loading');
    release();
    await expect(page.locator('.pack-page')).toHaveAttribute('data-state', 'ready');
    await expect(page.locator('#item-1')).toContainText('思想是行动的先导');
    const note = page.getByRole('textbox', { name: '第 3 项备注' });
    await expect(note).toBeFocused();
    await expect(note).toHaveValue('讨论5分钟');
    await expect(page.locator('#item-3 .pack-note')).toHaveText('备注：讨论5分钟');
    // Kept on the device, as leaving the field would have kept it.
    await page.goto('pack/');
    await expect(page.locator('#item-3 .pack-note')).toHaveText('备注：讨论5分钟');
  });

  test('reorder and remove with buttons: the address and the stored pack follow, a reload keeps them', async ({ page }) => {
    await page.goto('pack/?i=articles/yangjiang~s1-p2&i=articles/linshu~s1-p1&i=cases/linshu');
    await page.getByRole('button', { name: '在本机编辑这个课程包' }).click();
    await page.getByRole('button', { name: '下移第 1 项' }).click();
    await expect(page).toHaveURL(/\?i=articles\/linshu~s1-p1&i=articles\/yangjiang~s1-p2&i=cases\/linshu$/);
    await expect(page.getByRole('button', { name: '下移第 2 项' })).toBeFocused();
    await page.getByRole('button', { name: '上移第 3 项' }).click();
    await expect(page).toHaveURL(/\?i=articles\/linshu~s1-p1&i=cases\/linshu&i=articles\/yangjiang~s1-p2$/);
    await page.getByRole('button', { name: '移除第 1 项' }).click();
    await expect(page).toHaveURL(/\?i=cases\/linshu&i=articles\/yangjiang~s1-p2$/);
    await expect(page.locator('.pack-item')).toHaveCount(2);
    await expect(page.locator('.pack-count')).toHaveText('2');
    await page.goto('pack/');
    await expect(page).toHaveURL(/\/pack\/\?i=cases\/linshu&i=articles\/yangjiang~s1-p2$/);
    await expect(page.locator('.pack-item')).toHaveCount(2);
    await page.getByRole('button', { name: '清空课程包' }).click();
    await page.getByRole('button', { name: '再按一次确认清空' }).click();
    await expect(page.locator('.pack-item')).toHaveCount(0);
    await expect(page.locator('.pack-empty')).toBeVisible();
    await page.goto('');
    await expect(page.locator('.pack-link')).toBeHidden();
  });

  test('keyboard only: collect a paragraph and a question, then move an item', async ({ page }) => {
    await page.goto('articles/yangjiang/');
    await page.locator('#s1-p2 > a.permalink').focus();
    await page.keyboard.press('Tab');
    await expect(page.locator('#s1-p2 > .block-act')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('.block-menu button').first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#s1-p2 > .block-act')).toBeFocused();
    await expect(page.locator('.pack-count')).toHaveText('1');
    // Esc closes a menu and gives focus back.
    await page.keyboard.press('Enter');
    await expect(page.locator('.block-menu')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('.block-menu')).toHaveCount(0);
    await expect(page.locator('#s1-p2 > .block-act')).toBeFocused();

    await page.goto('themes/zuzhi-tixi/');
    await page.locator('#question-1 > a.permalink').focus();
    await page.keyboard.press('Tab');
    await expect(page.locator('#question-1 > .block-act')).toBeFocused();
    await page.keyboard.press('Enter');
    // The menu's code loads on this first use: wait for the menu, as a reader would.
    await expect(page.locator('.block-menu button').first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('.pack-count')).toHaveText('2');
    const question = squash(await page.locator('#question-1').textContent());

    await page.goto('pack/');
    await expect(page.locator('.pack-page')).toHaveAttribute('data-state', 'ready');
    await page.getByRole('button', { name: '下移第 1 项' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\?i=themes\/zuzhi-tixi~question-1&i=articles\/yangjiang~s1-p2$/);
    expect(squash(await page.locator('.pack-item').first().locator('.pack-text').textContent())).toBe(question);
    await expect(page.locator('.pack-item').first().locator('.pack-kind')).toContainText('思考题');
  });
});

test.describe('sharing', () => {
  test.use({ viewport: { width: 1280, height: 900 } });
  const q = `?t=${encodeURIComponent('支部学习')}&i=articles/yangjiang~s1-p2&n=${encodeURIComponent('先读后议')}&i=themes/zuzhi-tixi~question-1`;

  test('copy link, the QR code of the address, 复制为文字', async ({ page }) => {
    await page.goto(`pack/${q}`);
    await expect(page.locator('.pack-page')).toHaveAttribute('data-state', 'ready');
    const address = page.url();
    await page.getByRole('button', { name: '复制链接' }).click();
    await expect.poll(() => clipboard(page)).toBe(address);
    // The QR code, drawn in the page, reads back as the address.
    const qr = page.locator('.pack-qr svg[role="img"]');
    await expect(qr).toBeVisible();
    expect(decodeModules(svgModules(await qr.evaluate((svg) => svg.outerHTML)))).toBe(address);
    await page.getByRole('button', { name: '复制为文字' }).click();
    await expect.poll(() => clipboard(page)).toContain('《支部学习》');
    const text = await clipboard(page);
    const lines = text.split('\n');
    expect(lines[1]).toMatch(/^1\. .+（《树立大抓基层的鲜明导向 夯实党的执政基础》 · .+ · 阳江） 备注：先读后议$/);
    expect(lines[2]).toMatch(/^2\. .+（专题“.+”）$/);
    expect(lines.at(-1)).toBe(`课程包链接：${address}`);
  });
});

test.describe('the printed handout', () => {
  test('four paragraphs and a question: A4, at most two pages, address, QR, texts, no controls', async ({ page }) => {
    const items = ['articles/yangjiang~s1-p2', 'articles/linshu~s1-p1', 'articles/zhanjiang~s1-p1', 'articles/lishui~s0-p1'];
    await page.goto(`pack/?t=${encodeURIComponent('讲义测试')}&${items.map((i) => `i=${i}`).join('&')}&i=themes/zuzhi-tixi~question-1&n=${encodeURIComponent('小组讨论十分钟')}`);
    await expect(page.locator('.pack-page')).toHaveAttribute('data-state', 'ready');
    await expect(page.locator('.pack-qr svg')).toBeAttached();
    const address = page.url();
    const texts = await page.locator('.pack-text').allTextContents();
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header', '.pack-actions', '.pack-editor', '.breadcrumbs']) await expect(page.locator(hidden).first()).toBeHidden();
    await expect(page.locator('.pack-qr svg')).toBeVisible();
    await expect(page.locator('.answer-lines')).toBeVisible();
    // Ruled lines for the answer: at least three, drawn (borders print without background graphics).
    const rules = page.locator('.answer-lines > span');
    expect(await rules.count()).toBeGreaterThanOrEqual(3);
    expect(await rules.first().evaluate((r) => parseFloat(getComputedStyle(r).borderBottomWidth))).toBeGreaterThan(0);
    expect((await page.locator('.answer-lines').boundingBox())!.height).toBeGreaterThan(60);
    await page.emulateMedia({ media: null });
    const pdf = await page.pdf({ format: 'A4' });
    writeFileSync('tests/screenshots/pack-print.pdf', pdf);
    const pages = await pdfPages(pdf);
    expect(pages.length).toBeLessThanOrEqual(2);
    const all = pages.join('\n');
    expect(printedTextHas(pages[0]!, address), pages[0]).toBe(true);
    expect(printedTextHas(pages[0]!, '讲义测试')).toBe(true);
    for (const t of texts) expect(printedTextHas(all, t.slice(0, 30)), t).toBe(true);
    expect(printedTextHas(all, '备注：小组讨论十分钟')).toBe(true);
    for (const control of ['复制为文字', '打印讲义', '在本机编辑这个课程包', '课程包标题']) expect(printedTextHas(all, control), control).toBe(false);
  });
});

test.describe('projection (投屏)', () => {
  const q = 'i=articles/yangjiang~s1-p2&i=articles/linshu~s1&i=themes/zuzhi-tixi~question-1';

  test('one item per screen, 32 px or more at 1280 × 720, keys to move, Esc back', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`pack/?${q}&v=present`);
    const present = page.locator('.present');
    await expect(present).toBeVisible();
    await expect(present.locator('.slide-pos')).toHaveText('1 / 3');
    const size = await present.locator('.slide-text').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    expect(size).toBeGreaterThanOrEqual(32);
    await expect(present.locator('.slide-source')).toContainText('阳江');
    await page.screenshot({ path: 'tests/screenshots/pack-present-1280.png' });
    await expectNoAxeViolations(page);
    await page.keyboard.press('ArrowRight');
    await expect(present.locator('.slide-pos')).toHaveText('2 / 3');
    // A long item (a whole section) scrolls within its slide, and never spills out of the screen.
    const slide = present.locator('.slide');
    const box = (await slide.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(720);
    expect(await slide.evaluate((s) => s.scrollHeight > s.clientHeight)).toBe(true);
    await page.keyboard.press('PageDown');
    await expect.poll(() => slide.evaluate((s) => s.scrollTop)).toBeGreaterThan(0);
    await expect(present.locator('.slide-pos')).toHaveText('2 / 3');
    await page.keyboard.press('ArrowRight');
    await expect(present.locator('.slide-pos')).toHaveText('3 / 3');
    await expect(present.locator('.slide-kind')).toHaveText('思考题');
    await page.keyboard.press('ArrowRight');
    await expect(present.locator('.slide-pos')).toHaveText('3 / 3');
    await page.keyboard.press('PageUp');
    await expect(present.locator('.slide-pos')).toHaveText('2 / 3');
    await page.keyboard.press('Home');
    await expect(present.locator('.slide-pos')).toHaveText('1 / 3');
    await page.keyboard.press('Space');
    await expect(present.locator('.slide-pos')).toHaveText('2 / 3');
    await page.keyboard.press('Escape');
    await expect(present).toHaveCount(0);
    await expect(page).not.toHaveURL(/v=present/);
    await expect(page.locator('.pack-item')).toHaveCount(3);
  });

  test('larger on a larger screen; taps move; the button starts it', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`pack/?${q}`);
    await expect(page.locator('.pack-page')).toHaveAttribute('data-state', 'ready');
    await page.getByRole('button', { name: '投屏' }).click();
    await expect(page).toHaveURL(/&v=present$/);
    const size = await page.locator('.present .slide-text').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    expect(size).toBeGreaterThan(40);
    await page.mouse.click(1500, 400);
    await expect(page.locator('.slide-pos')).toHaveText('2 / 3');
    await page.mouse.click(200, 400);
    await expect(page.locator('.slide-pos')).toHaveText('1 / 3');
  });

  test('on a phone, 390 px: the text fits the width', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`pack/?${q}&v=present`);
    await expect(page.locator('.present .slide-pos')).toHaveText('1 / 3');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: 'tests/screenshots/pack-present-390.png' });
  });
});

test.describe('bad addresses', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  const ready = (page: Page) => expect(page.locator('.pack-page')).toHaveAttribute('data-state', 'ready');
  // Addresses of 25–90 KB: more than the preview server (and most servers: nginx takes 8 KB)
  // accepts in a request line, so the pack page is served here as a host that took it would.
  const longAddress = async (page: Page) => {
    const html = readFileSync(join(process.env.E2E_DIST ?? 'dist', 'pack/index.html'));
    await page.route((url) => url.pathname.endsWith('/pack/') && url.search.length > 8000, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
  };

  test('unknown pages and anchors: 这一段已不在本站, with what was asked for; the rest shows', async ({ page }) => {
    await page.goto('pack/?i=articles/yangjiang~s99-p1&i=articles/no-such-article~s1-p1&i=articles/yangjiang~s1-p2&i=themes/zuzhi-tixi~q-gone&i=cases/nowhere');
    await ready(page);
    const items = page.locator('.pack-item');
    await expect(items).toHaveCount(5);
    for (const [i, asked] of [[0, 'articles/yangjiang~s99-p1'], [1, 'articles/no-such-article~s1-p1'], [3, 'themes/zuzhi-tixi~q-gone'], [4, 'cases/nowhere']] as const) {
      await expect(items.nth(i)).toContainText('这一段已不在本站');
      await expect(items.nth(i)).toContainText(asked);
    }
    await expect(items.nth(2).locator('.pack-text')).not.toBeEmpty();
  });

  test('addresses that are not ours, duplicates, and 0 items', async ({ page }) => {
    await page.goto('pack/?i=glossary/sanhui-yike&i=articles/yangjiang~s1-p2&i=articles/yangjiang~s1-p2&i=https://evil.example/');
    await ready(page);
    await expect(page.locator('.pack-problems')).toContainText('1 项重复');
    await expect(page.locator('.pack-problems')).toContainText('2 项不是本站的地址');
    await expect(page.locator('.pack-item')).toHaveCount(3);
    await expect(page.locator('.pack-item').first()).toContainText('glossary/sanhui-yike');
    await page.goto('pack/?t=');
    await ready(page);
    await expect(page.locator('.pack-item')).toHaveCount(0);
    await expect(page.locator('.pack-empty')).toBeVisible();
  });

  test('500 items: the first 100, and it says so', async ({ page }) => {
    await longAddress(page);
    const q = Array.from({ length: 500 }, (_, i) => `i=articles/nongcun-jiceng-dangjian~s${1 + (i % 5)}-p${1 + Math.floor(i / 5)}`).join('&');
    await page.goto(`pack/?${q}`);
    await ready(page);
    await expect(page.locator('.pack-problems')).toContainText('含 500 项，一个课程包最多 100 项');
    await expect(page.locator('.pack-items > li')).toHaveCount(100);
  });

  test('a title of 10,000 characters, HTML and script in t and n, malformed encoding: shown as text, nothing injected', async ({ page }) => {
    await longAddress(page);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(`pack/?t=${encodeURIComponent('<img src=x onerror=alert(1)>' + '长'.repeat(10_000))}&i=articles/yangjiang~s1-p2&n=${encodeURIComponent('<script>alert(2)</script><b>粗</b>')}&n=%E4%ZZ`);
    await ready(page);
    await expect(page.locator('h1')).toContainText('<img src=x onerror=alert(1)>');
    await expect(page.locator('.pack-problems')).toContainText('标题超过 100 字');
    await expect(page.locator('.pack-problems')).toContainText('无法解读的编码');
    await expect(page.locator('.pack-note')).toContainText('<script>alert(2)</script><b>粗</b>');
    expect(await page.locator('.pack-page img, .pack-page script, h1 *, .pack-note *').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(errors).toEqual([]);
  });
});

test.describe('accessibility', () => {
  test('the pack page (editing, with every kind of item) has no axe violation', async ({ page }) => {
    await page.goto('articles/yangjiang/');
    await page.evaluate(() => localStorage.setItem('dj:pack', JSON.stringify({ title: '无障碍检查', items: [
      { path: 'articles/yangjiang', anchor: 's1-p2', note: '讨论' }, { path: 'articles/yangjiang', anchor: 's1' }, { path: 'themes/zuzhi-tixi', anchor: 'question-1' },
      { path: 'themes/zuzhi-tixi' }, { path: 'cases/linshu' }, { path: 'articles/yangjiang', anchor: 's99-p9' },
    ] })));
    await page.goto('pack/');
    await expect(page.locator('.pack-page')).toHaveAttribute('data-state', 'ready');
    await expect(page.locator('.pack-item')).toHaveCount(6);
    await expectNoAxeViolations(page);
  });

  test('an article with its ⋯ menu open has no axe violation', async ({ page }) => {
    await page.goto('articles/yangjiang/');
    await page.locator('#s1-p2').hover();
    await page.locator('#s1-p2 > .block-act').click();
    await expect(page.locator('.block-menu')).toBeVisible();
    await page.screenshot({ path: 'tests/screenshots/pack-menu.png' });
    await expectNoAxeViolations(page, { include: ['#s1-p2'] });
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('nothing of the pack shows on content pages; the pack page says what it needs', async ({ page }) => {
    await page.goto('articles/yangjiang/');
    await expect(page.locator('.block-act').first()).toBeHidden();
    await expect(page.locator('.pack-link')).toBeHidden();
    await expect(page.getByRole('button', { name: '整页加入课程包' })).toBeHidden();
    await page.goto('pack/?i=articles/yangjiang~s1-p2');
    await expect(page.locator('.pack-page .notice').first()).toContainText('需要允许本页运行脚本');
    await expect(page.locator('.pack-share')).toBeHidden();
  });
});

test.describe('offline', () => {
  let server: StaticServer;
  test.beforeEach(async () => {
    server = await serveStatic(process.env.E2E_DIST ?? 'dist', process.env.SITE_BASE ?? '/');
  });
  test.afterEach(async () => server.close());

  test('a pack opened once opens again with no network', async ({ page, context }) => {
    test.setTimeout(60_000);
    const url = new URL('pack/?t=%E7%A6%BB%E7%BA%BF&i=articles/yangjiang~s1-p2&i=themes/zuzhi-tixi~question-1&i=cases/linshu', server.url).href;
    await page.goto(server.url);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    });
    await page.goto(url);
    await expect(page.locator('.pack-page')).toHaveAttribute('data-state', 'ready');
    const texts = await page.locator('.pack-text').allTextContents();
    await server.close();
    await context.setOffline(true);
    await page.goto(url);
    await expect(page.locator('.pack-page')).toHaveAttribute('data-state', 'ready');
    await expect(page.locator('h1')).toHaveText('离线');
    expect(await page.locator('.pack-text').allTextContents()).toEqual(texts);
    await expect(page.locator('.pack-qr svg')).toBeVisible();
    // A pack never opened: its items cannot be fetched, and the page says why.
    await page.goto(new URL('pack/?i=articles/lishui~s0-p1', server.url).href);
    await expect(page.locator('.pack-page')).toHaveAttribute('data-state', 'ready');
    await expect(page.locator('.pack-item')).toContainText('暂时取不到这一项');
  });
});

test.describe('the Content-Security-Policy of public/_headers', () => {
  let server: StaticServer;
  test.beforeEach(async () => {
    const dist = process.env.E2E_DIST ?? 'dist';
    const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
    server = await serveStatic(dist, process.env.SITE_BASE ?? '/', { headers: (path) => headersFor(rules, path) });
  });
  test.afterEach(async () => server.close());

  test('blocks nothing while a pack is collected, shown with its QR code, edited and projected', async ({ page }) => {
    const blocked: string[] = [];
    await page.exposeBinding('__blocked', (_s, v: string) => void blocked.push(v));
    await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __blocked(v: string): void }).__blocked(`${e.violatedDirective} ${e.blockedURI}`)));
    page.on('console', (m) => void (/Content.Security.Policy|Refused to/i.test(m.text()) && blocked.push(m.text())));
    page.on('pageerror', (e) => void blocked.push(e.message));
    const response = await page.goto(new URL('articles/yangjiang/', server.url).href);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await collect(page, 's1-p2');
    await page.goto(new URL(`pack/?t=${encodeURIComponent('<b>标题</b>')}&i=themes/zuzhi-tixi~question-1&n=${encodeURIComponent('<img src=x onerror=alert(1)>')}`, server.url).href);
    await expect(page.locator('.pack-page')).toHaveAttribute('data-state', 'ready');
    await expect(page.locator('.pack-qr svg')).toBeVisible();
    await page.getByRole('button', { name: '在本机编辑这个课程包' }).click();
    await page.getByRole('button', { name: '投屏' }).click();
    await expect(page.locator('.present .slide-pos')).toHaveText('1 / 1');
    await page.keyboard.press('Escape');
    await page.waitForLoadState('networkidle');
    expect(blocked).toEqual([]);
  });
});
