/**
 * What a reader does on an article page, at phone and desktop widths: reads it, follows
 * the table of contents, opens an editor's restoration note. (Axe: accessibility.spec.ts.)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';

const slugs = readdirSync('content/articles').filter((n) => n.endsWith('.mdx')).map((n) => n.replace(/\.mdx$/, ''));
const titleOf = (slug: string) => (parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(`content/articles/${slug}.mdx`, 'utf8'))![1]!) as { title: string }).title;
const widths = [390, 1280];

test('there are five articles to test', () => {
  expect(slugs).toHaveLength(5);
});

for (const width of widths) {
  test.describe(`at ${width}px`, () => {
    test.use({ viewport: { width, height: 900 } });

    for (const slug of slugs) {
      test(`${slug}: reads cleanly, ToC links land on their headings`, async ({ page }) => {
        await page.goto(`articles/${slug}/`);
        await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN'); // the document's language: no role
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, 'page scrolls sideways').toBeLessThanOrEqual(0);
        // The article's own text (not its byline or summary) has no role or name of its own.
        const fontSize = await page.locator('.article-body p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
        expect(fontSize).toBeGreaterThanOrEqual(16);
        await page.screenshot({ path: `tests/screenshots/article-${slug}-${width}.png`, fullPage: true });

        const toc = page.getByRole('navigation', { name: '目录' });
        // Each link's target is found by its id, the anchor under test (a heading's name also holds its copy-link mark).
        const links = toc.getByRole('link');
        const count = await links.count();
        expect(count).toBeGreaterThan(0);
        for (let i = 0; i < count; i++) {
          const link = links.nth(i);
          const target = (await link.getAttribute('href'))!.slice(1);
          const label = (await link.textContent())!.trim();
          await link.click();
          await expect(page).toHaveURL(new RegExp(`#${target}$`));
          const heading = page.locator(`[id="${target}"]`);
          // A heading may hold a restoration; its note is not part of the heading's text.
          const text = await heading.evaluate((h) => {
            const copy = h.cloneNode(true) as HTMLElement;
            copy.querySelectorAll('[popover]').forEach((n) => n.remove());
            return copy.textContent!.trim();
          });
          expect(text).toBe(label);
          await expect(heading).toBeInViewport();
          expect(await heading.evaluate((h) => h.matches(':target'))).toBe(true);
        }
      });
    }
  });
}

test.describe('restorations', () => {
  for (const slug of slugs) {
    test(`${slug}: each restoration is visible and explained`, async ({ page }) => {
      await page.goto(`articles/${slug}/`);
      // A restoration is words underlined in the text, then its mark: no role for the words.
      const restored = page.locator('.restored');
      for (let i = 0; i < (await restored.count()); i++) {
        const spot = restored.nth(i);
        await spot.scrollIntoViewIfNeeded();
        const text = spot.locator('.restored-text');
        await expect(text).toBeVisible();
        expect(await text.evaluate((t) => getComputedStyle(t).textDecorationStyle)).toBe('dotted');
        const mark = spot.getByRole('button', { name: '编者校补说明' });
        // The note is a popover with no role; the mark names it (popovertarget).
        const noteId = await mark.getAttribute('popovertarget');
        const note = page.locator(`[id="${noteId}"]`);
        await expect(note).toBeHidden();
        await mark.click();
        await expect(note).toBeVisible();
        await expect(note).toContainText('据上下文校补');
        await expect(note.getByRole('code')).not.toBeEmpty();
        await note.getByRole('button', { name: '关闭' }).click();
        await expect(note).toBeHidden();
      }
    });
  }

  test('湛江: each note gives its evidence (the bytes, the quotation marks supplied)', async ({ page }) => {
    await page.goto('articles/zhanjiang/');
    const notes = page.locator('.restored-note');
    await expect(notes).toHaveCount(4);
    const evidence = [/引号/, /前引号/, /“負”.*“重”.*“擔”/, /“驅”.*“域”.*“專”/];
    for (const [i, re] of evidence.entries()) {
      const mark = page.getByRole('button', { name: '编者校补说明' }).nth(i);
      await mark.scrollIntoViewIfNeeded();
      await mark.click();
      await expect(notes.nth(i)).toContainText('依据：');
      await expect(notes.nth(i)).toContainText(re);
      await notes.nth(i).getByRole('button', { name: '关闭' }).click();
    }
  });

  test('a theme quoting restored words marks them there too', async ({ page }) => {
    await page.goto('themes/hulianwang-dangjian/');
    // The theme's excerpts, by place (the 自测's answers quote their sources too: tested in self-test.spec.ts).
    const quote = page.locator('section[aria-labelledby="practice"] .excerpt:has(.restored-quote)');
    await expect(quote).toHaveCount(1);
    await expect(quote.locator('.restored-quote')).toHaveText('“线');
    expect(await quote.locator('.restored-quote').evaluate((t) => getComputedStyle(t).textDecorationStyle)).toBe('dotted');
    await expect(quote.locator('.restored-quote-note')).toContainText('编者据上下文校补');
    await expect(quote.locator('.restored-quote-note')).toContainText('?!熬€');
  });

  test('the articles with garbled spots show their restorations', async ({ page }) => {
    for (const slug of ['yangjiang', 'zhanjiang']) {
      await page.goto(`articles/${slug}/`);
      expect(await page.getByRole('button', { name: '编者校补说明' }).count()).toBeGreaterThan(0);
    }
  });
});

test('the 404 page offers the way back', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面');
  await page.getByRole('link', { name: '回到首页' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('基层党建案例库');
});

test('home and index pages link every article', async ({ page }) => {
  for (const path of ['', 'articles/']) {
    await page.goto(path);
    for (const slug of slugs) {
      const link = page.getByRole('main').getByRole('link', { name: titleOf(slug), exact: true }).first();
      await expect(link).toBeVisible();
      await expect(link).toHaveAttribute('href', new RegExp(`/articles/${slug}/$`));
    }
  }
});
