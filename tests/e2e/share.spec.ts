/**
 * Links lecturers can rely on (issue 5), as a reader uses them: copying the address of a
 * paragraph, a heading or an excerpt (with a pointer, on touch, by keyboard, and as a plain
 * link without JavaScript), and the 引用本页 panel: its address, QR code, GB/T 7714
 * references dated with the reader's own date, their copy buttons and downloads.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const canonical = (page: Page) => page.locator('link[rel="canonical"]').getAttribute('href');
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const opacity = (page: Page, selector: string) => page.locator(selector).evaluate((el) => Number(getComputedStyle(el).opacity));
/**
 * The reader's clock, set by the test (Playwright's clock): 1 March 2025, 17:30 UTC, which
 * is already 2 March in Beijing, the reader's time zone. Far from any build date, so the
 * build date the page carries without script cannot pass for it.
 */
const READER_NOW = new Date('2025-03-01T17:30:00Z');
const READER_TIME_ZONE = 'Asia/Shanghai';
const READER_DATE = '2025-03-02';

test.describe('复制链接 with a pointer (1280px)', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('a paragraph’s mark shows on hover, copies its full address and says so', async ({ page }) => {
    await page.goto('articles/yangjiang/');
    expect(await opacity(page, '#s1-p2 > a.permalink')).toBe(0);
    await page.locator('#s1-p2').hover();
    expect(await opacity(page, '#s1-p2 > a.permalink')).toBe(1);
    await page.locator('#s1-p2 > a.permalink').click();
    const url = `${await canonical(page)}#s1-p2`;
    await expect.poll(() => clipboard(page)).toBe(url);
    await expect(page.locator('.share-status')).toHaveText(`已复制链接：${url}`);
    await expect(page).toHaveURL(/#s1-p2$/);
  });

  test('a heading’s mark is reachable by keyboard and copies with Enter', async ({ page }) => {
    await page.goto('articles/yangjiang/');
    await page.locator('#s1-p4 > a.permalink').focus();
    for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.matches('#s2 > a.permalink'))); i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('复制本节链接');
    expect(await opacity(page, '#s2 > a.permalink')).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => clipboard(page)).toBe(`${await canonical(page)}#s2`);
  });

  test('theme and case pages offer it for sections, excerpts, practices and figures', async ({ page }) => {
    await page.goto('themes/zuzhi-tixi/');
    const excerpt = page.locator('.excerpts > li').first();
    await excerpt.hover();
    await excerpt.locator('a.permalink').click();
    await expect.poll(() => clipboard(page)).toBe(`${await canonical(page)}#${await excerpt.getAttribute('id')}`);
    await page.goto('cases/yangjiang/');
    for (const selector of ['#practices', '.practice[id]', 'tr[id]']) {
      const spot = page.locator(selector).first();
      await spot.hover();
      await spot.locator('a.permalink').click();
      await expect.poll(() => clipboard(page)).toBe(`${await canonical(page)}#${await spot.getAttribute('id')}`);
    }
  });
});

test.describe('复制链接 on a phone (390px, touch)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the mark is always there, faintly, and a tap copies', async ({ page }) => {
    await page.goto('articles/yangjiang/');
    expect(await opacity(page, '#s1-p2 > a.permalink')).toBeGreaterThan(0.4);
    await page.locator('#s1-p2 > a.permalink').tap();
    await expect.poll(() => clipboard(page)).toBe(`${await canonical(page)}#s1-p2`);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the mark is an ordinary link to the anchor, and the panel says which date it filled in', async ({ page }) => {
    await page.goto('articles/yangjiang/');
    await page.locator('#s1-p2').hover();
    await page.locator('#s1-p2 > a.permalink').click();
    await expect(page).toHaveURL(/#s1-p2$/);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('s1-p2');
    for (const button of await page.locator('#cite button').all()) await expect(button).toBeHidden();
    await expect(page.locator('#cite')).toContainText('请改为您实际访问本页的日期');
  });
});

for (const width of [390, 1280]) {
  test.describe(`引用本页 at ${width}px`, () => {
    test.use({ viewport: { width, height: 900 }, timezoneId: READER_TIME_ZONE });

    test('shows the address, a QR code and the references dated with the reader’s date, which copy and download', async ({ page }) => {
      await page.clock.setFixedTime(READER_NOW);
      await page.goto('articles/yangjiang/');
      const panel = page.locator('#cite');
      await panel.scrollIntoViewIfNeeded();
      const url = (await canonical(page))!;
      await expect(panel.locator('#page-url')).toHaveText(url);
      await expect.poll(() => panel.locator('.share-qr img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
      await expect(panel.locator('#ref-cite')).toHaveText(`杨春涛. 树立大抓基层的鲜明导向 夯实党的执政基础[EB/OL]. [${READER_DATE}]. ${url}.`);
      await expect(panel.locator('#ref-original')).toHaveText('杨春涛. 树立大抓基层的鲜明导向 夯实党的执政基础[J]. 党建研究, 2022(3).');
      await expect(panel.locator('[data-js]').last()).toBeVisible();
      await expect(panel.locator('[data-no-js]')).toBeHidden();
      await page.screenshot({ path: `tests/screenshots/share-panel-${width}.png`, fullPage: false });

      await panel.getByRole('button', { name: '复制网址' }).click();
      await expect.poll(() => clipboard(page)).toBe(url);
      await panel.locator('li').first().getByRole('button', { name: '复制' }).click();
      await expect.poll(() => clipboard(page)).toBe(await panel.locator('#ref-cite').textContent());

      const [ris] = await Promise.all([page.waitForEvent('download'), panel.locator('li').first().getByRole('link', { name: /RIS/ }).click()]);
      expect(ris.suggestedFilename()).toBe('yangjiang.ris');
      expect(readFileSync((await ris.path())!, 'utf8')).toContain(`Y2  - ${READER_DATE.replace(/-/g, '/')}\r\n`);
      const [bib] = await Promise.all([page.waitForEvent('download'), panel.locator('li').nth(1).getByRole('link', { name: /BibTeX/ }).click()]);
      expect(bib.suggestedFilename()).toBe('yangjiang-original.bib');
      expect(readFileSync((await bib.path())!, 'utf8')).toContain('journal = {党建研究}');
    });
  });
}
