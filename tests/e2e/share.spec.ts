/**
 * Links lecturers can rely on (issue 5), as a reader uses them: copying the address of a
 * paragraph, a heading or an excerpt (with a pointer, on touch, by keyboard, and as a plain
 * link without JavaScript), and the 引用本页 panel: its address, QR code, GB/T 7714
 * references dated with the reader's own date, their copy buttons and downloads.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const canonical = (page: Page) => page.locator('link[rel="canonical"]').getAttribute('href');
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const opacity = (mark: Locator) => mark.evaluate((el) => Number(getComputedStyle(el).opacity));
/** The block at an anchor (found by its id: the address is what is under test). */
const block = (page: Page, id: string) => page.locator(`[id="${id}"]`);
/** A paragraph's or a heading's copy-link mark. */
const paragraphMark = (page: Page, id: string) => block(page, id).getByRole('link', { name: '复制本段链接' });
const headingMark = (page: Page, id: string) => block(page, id).getByRole('link', { name: '复制本节链接' });
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
    const mark = paragraphMark(page, 's1-p2');
    expect(await opacity(mark)).toBe(0);
    await block(page, 's1-p2').hover();
    expect(await opacity(mark)).toBe(1);
    await mark.click();
    const url = `${await canonical(page)}#s1-p2`;
    await expect.poll(() => clipboard(page)).toBe(url);
    await expect(page.getByRole('status')).toHaveText(`已复制链接：${url}`);
    await expect(page).toHaveURL(/#s1-p2$/);
  });

  test('a heading’s mark is reachable by keyboard and copies with Enter', async ({ page }) => {
    await page.goto('articles/yangjiang/');
    await paragraphMark(page, 's1-p4').focus();
    const mark = headingMark(page, 's2');
    for (let i = 0; i < 40 && !(await mark.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(mark).toBeFocused();
    expect(await opacity(mark)).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => clipboard(page)).toBe(`${await canonical(page)}#s2`);
  });

  test('theme and case pages offer it for sections, excerpts, practices and figures', async ({ page }) => {
    await page.goto('themes/zuzhi-tixi/');
    const excerpt = page.getByRole('region', { name: /^各地怎么做/ }).getByRole('listitem').first();
    await excerpt.hover();
    await excerpt.getByRole('link', { name: '复制这条摘录的链接' }).click();
    await expect.poll(() => clipboard(page)).toBe(`${await canonical(page)}#${await excerpt.getAttribute('id')}`);
    await page.goto('cases/yangjiang/');
    const practices = page.getByRole('region', { name: /^主要做法/ });
    const spots = [
      [practices.getByRole('heading', { level: 2 }), '复制本节链接'],
      [practices.getByRole('heading', { level: 3 }).first(), '复制这条做法的链接'],
      [page.getByRole('region', { name: /^关键数字/ }).getByRole('row').nth(1), '复制这个数字的链接'],
    ] as const;
    for (const [spot, name] of spots) {
      await spot.hover();
      const mark = spot.getByRole('link', { name });
      await mark.click();
      const anchor = (await mark.getAttribute('href'))!;
      await expect(block(page, anchor.slice(1))).toHaveCount(1);
      await expect.poll(() => clipboard(page)).toBe(`${await canonical(page)}${anchor}`);
    }
  });
});

test.describe('复制链接 on a phone (390px, touch)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the mark is always there, faintly, and a tap copies', async ({ page }) => {
    await page.goto('articles/yangjiang/');
    expect(await opacity(paragraphMark(page, 's1-p2'))).toBeGreaterThan(0.4);
    await paragraphMark(page, 's1-p2').tap();
    await expect.poll(() => clipboard(page)).toBe(`${await canonical(page)}#s1-p2`);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the mark is an ordinary link to the anchor, and the panel says which date it filled in', async ({ page }) => {
    await page.goto('articles/yangjiang/');
    await block(page, 's1-p2').hover();
    await paragraphMark(page, 's1-p2').click();
    await expect(page).toHaveURL(/#s1-p2$/);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('s1-p2');
    const panel = page.getByRole('region', { name: '引用本页' });
    // The copy buttons need script: hidden, so only includeHidden finds them.
    const buttons = panel.getByRole('button', { includeHidden: true });
    expect(await buttons.count()).toBeGreaterThan(0);
    for (const button of await buttons.all()) await expect(button).toBeHidden();
    await expect(panel).toContainText('请改为您实际访问本页的日期');
  });
});

for (const width of [390, 1280]) {
  test.describe(`引用本页 at ${width}px`, () => {
    test.use({ viewport: { width, height: 900 }, timezoneId: READER_TIME_ZONE });

    test('shows the address, a QR code and the references dated with the reader’s date, which copy and download', async ({ page }) => {
      await page.clock.setFixedTime(READER_NOW);
      await page.goto('articles/yangjiang/');
      const panel = page.getByRole('region', { name: '引用本页' });
      await panel.scrollIntoViewIfNeeded();
      const url = (await canonical(page))!;
      await expect(panel.getByText(url, { exact: true })).toBeVisible();
      await expect.poll(() => panel.getByRole('img', { name: '本页网址的二维码' }).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
      const refs = panel.getByRole('listitem');
      const webRef = refs.first().getByText('[EB/OL]');
      await expect(webRef).toHaveText(`杨春涛. 树立大抓基层的鲜明导向 夯实党的执政基础[EB/OL]. [${READER_DATE}]. ${url}.`);
      await expect(refs.nth(1).getByText('[J]')).toHaveText('杨春涛. 树立大抓基层的鲜明导向 夯实党的执政基础[J]. 党建研究, 2022(3).');
      await expect(panel.getByText('引用日期是今天')).toBeVisible();
      await expect(panel.getByText('请改为您实际访问本页的日期')).toBeHidden();
      await page.screenshot({ path: `tests/screenshots/share-panel-${width}.png`, fullPage: false });

      await panel.getByRole('button', { name: '复制网址' }).click();
      await expect.poll(() => clipboard(page)).toBe(url);
      await refs.first().getByRole('button', { name: '复制' }).click();
      await expect.poll(() => clipboard(page)).toBe(await webRef.textContent());

      const [ris] = await Promise.all([page.waitForEvent('download'), refs.first().getByRole('link', { name: /RIS/ }).click()]);
      expect(ris.suggestedFilename()).toBe('yangjiang.ris');
      expect(readFileSync((await ris.path())!, 'utf8')).toContain(`Y2  - ${READER_DATE.replace(/-/g, '/')}\r\n`);
      const [bib] = await Promise.all([page.waitForEvent('download'), refs.nth(1).getByRole('link', { name: /BibTeX/ }).click()]);
      expect(bib.suggestedFilename()).toBe('yangjiang-original.bib');
      expect(readFileSync((await bib.path())!, 'utf8')).toContain('journal = {党建研究}');
    });
  });
}
