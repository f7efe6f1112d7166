/**
 * Print handouts (issue 5): printing an article, theme or case page gives a clean A4 page
 * with the address and QR code on top; a theme's handout fits one or two A4 pages. Checked
 * in the print styles themselves and in the PDF Chromium prints (page count and text).
 * The PDFs go to tests/screenshots/ for a person to look at.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { pdfPages, printedTextHas } from './support/pdf.ts';

const themes = readdirSync('content/themes').filter((n) => n.endsWith('.mdx')).map((n) => {
  const data = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(`content/themes/${n}`, 'utf8'))![1]!) as { title: string; keyPoints: string[]; questions: string[] };
  return { slug: n.slice(0, -4), ...data };
});

async function printed(page: Page, name?: string): Promise<string[]> {
  const pdf = await page.pdf({ format: 'A4' });
  if (name) writeFileSync(`tests/screenshots/${name}.pdf`, pdf);
  return pdfPages(pdf);
}

test.describe('the print stylesheet', () => {
  for (const path of ['articles/yangjiang/', 'themes/zuzhi-tixi/', 'cases/yangjiang/']) {
    test(`/${path} prints as a handout: no navigation or controls, 11–12 pt text, addresses after links`, async ({ page }) => {
      await page.goto(path);
      // What a reader sees on screen and must not see on paper. Hidden in print, they leave the
      // accessibility tree, so they are found with includeHidden, and first shown to exist.
      const chrome = [
        page.getByRole('banner', { includeHidden: true }),
        page.getByRole('contentinfo', { includeHidden: true }),
        page.getByRole('navigation', { name: '当前位置', includeHidden: true }),
        page.getByRole('region', { name: '引用本页', includeHidden: true }),
        page.getByRole('link', { name: /^复制.*链接$/, includeHidden: true }).first(),
      ];
      for (const part of chrome) await expect(part).toHaveCount(1);
      await page.emulateMedia({ media: 'print' });
      for (const part of chrome) await expect(part).toBeHidden();
      await expect(page.getByText('本页网址：')).toBeVisible();
      await expect(page.getByRole('img', { name: '本页网址的二维码' })).toBeVisible();
      // Body text: an article's paragraphs, a theme's overview, a case's practices (no role tells them from the rest).
      const size = await page.locator('.article-body p, .prose p, .practice p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize) * 0.75);
      expect(size).toBeGreaterThanOrEqual(11);
      expect(size).toBeLessThanOrEqual(12);
      expect(await page.getByRole('main').getByRole('heading', { level: 2 }).first().evaluate((h) => getComputedStyle(h).breakAfter)).toBe('avoid');
      // A link within the site, by the form of its address, which is what print writes after it.
      const link = page.locator('main a[href^="/"]').last();
      const href = await link.getAttribute('href');
      const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
      const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
      expect(after).toContain(new URL(href!, canonical).href);
    });
  }

  for (const path of ['articles/yangjiang/', 'themes/zuzhi-tixi/', 'cases/yangjiang/']) {
    test(`/${path} in the PDF: address and title on the first page`, async ({ page }) => {
      await page.goto(path);
      const url = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
      const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
      const pages = await printed(page, `print-${path.replace(/\/$/, '').replace(/\//g, '-')}`);
      expect(pages.length).toBeGreaterThanOrEqual(1);
      expect(pages.length).toBeLessThanOrEqual(6);
      expect(printedTextHas(pages[0]!, url), pages[0]).toBe(true);
      expect(printedTextHas(pages[0]!, title)).toBe(true);
      expect(printedTextHas(pages.join(''), '复制链接')).toBe(false);
    });
  }
});

test.describe('theme handouts', () => {
  for (const t of themes) {
    test(`${t.slug}: one or two A4 pages with the theme’s address, key points, sources and questions`, async ({ page }) => {
      await page.goto(`themes/${t.slug}/handout/`);
      const themeUrl = new URL(`../`, page.url().replace(/\/handout\/$/, '/handout/x')).href;
      const canonicalTheme = (await page.getByText('专题页：').getByRole('link').textContent())!.trim();
      expect(new URL(canonicalTheme).pathname).toBe(new URL(themeUrl).pathname);
      const pages = await printed(page, t.slug === 'zuzhi-tixi' ? 'handout-zuzhi-tixi' : undefined);
      expect(pages.length).toBeLessThanOrEqual(2);
      const text = pages.join('\n');
      for (const expected of [canonicalTheme, t.title, t.keyPoints[0]!, t.keyPoints.at(-1)!, t.questions[0]!, t.questions.at(-1)!]) {
        expect(printedTextHas(text, expected), expected).toBe(true);
      }
      expect(printedTextHas(pages[0]!, canonicalTheme)).toBe(true);
      // Each excerpt's source is printed with its full address.
      const source = await page.getByRole('region', { name: /^各地怎么做/ }).getByRole('link', { name: /^《/ }).first().getAttribute('href');
      expect(printedTextHas(text, new URL(source!, canonicalTheme).href)).toBe(true);
      await expect.poll(() => page.getByRole('img', { name: '专题页网址的二维码' }).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    });
  }
});
