/**
 * Going from a theme to the sentences behind it and back, from a term to its definition
 * and every use, from a case to its comparison with the others. (Axe on every kind of page:
 * accessibility.spec.ts.)
 */
import { expect, test } from '@playwright/test';

test.describe('at 390px', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('theme → excerpt → the paragraph in the article, in view and highlighted, and back', async ({ page }) => {
    await page.goto('themes/');
    await page.getByRole('main').getByRole('heading', { level: 2 }).first().getByRole('link').click();
    const excerpt = page.getByRole('region', { name: /^各地怎么做/ }).getByRole('listitem').first();
    const quote = (await excerpt.getByRole('blockquote').textContent())!.trim();
    const themeUrl = page.url();
    // The link to the original is named after the article: 《title》 · section.
    await excerpt.getByRole('link', { name: /^《/ }).click();
    // The paragraph the address points at has no role of its own: :target is how the page marks it.
    const target = page.locator(':target');
    await expect(target).toHaveCount(1);
    await expect(target).toBeInViewport();
    expect((await target.textContent())!.replace(/\s+/g, '')).toContain(quote.replace(/\s+/g, ''));
    const background = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    // …and back: the paragraph says which pages cite it.
    const back = target.getByRole('link', { name: /^专题“/ }).first();
    await back.click();
    expect(page.url().split('#')[0]).toBe(themeUrl.split('#')[0]);
    await expect(page.locator(':target')).toBeInViewport();
  });

  test('a term opens its definition in place, and its entry lists every use', async ({ page }) => {
    await page.goto('articles/yangjiang/');
    const name = '三会一课';
    const term = page.getByRole('article').getByRole('button', { name, exact: true }).first();
    // The definition is a popover with no role; the term's button names it (popovertarget).
    const note = page.locator(`[id="${await term.getAttribute('popovertarget')}"]`);
    await expect(note).toBeHidden();
    await term.click();
    await expect(note).toBeVisible();
    await expect(note).toContainText('：');
    expect(page.url()).toContain('articles/yangjiang/');
    await note.getByRole('link', { name: '词条与全部出处' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    const uses = page.getByRole('region', { name: /^出处/ }).getByRole('listitem');
    expect(await uses.count()).toBeGreaterThan(0);
    await uses.first().getByRole('link').click();
    await expect(page.locator(':target')).toContainText(name);
  });

  test('a case compares with the others, and the matrix is readable on a phone', async ({ page }) => {
    await page.goto('cases/yangjiang/');
    // The first figure's number, in the column 数字（按原文）.
    await expect(page.getByRole('region', { name: /^关键数字/ }).getByRole('row').nth(1).getByRole('cell').nth(1)).toBeVisible();
    await page.getByRole('link', { name: '查看专题 × 案例对照表' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('专题 × 案例对照');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByRole('table', { name: '专题与案例对照表' }).getByRole('cell', { name: '未涉及' }).first()).toBeVisible();
    await page.screenshot({ path: 'tests/screenshots/compare-390.png', fullPage: true });
  });
});

test('every page has breadcrumbs, and the home page starts by theme, place or term', async ({ page }) => {
  await page.goto('');
  for (const name of ['按专题', '按地方', '按术语']) await expect(page.getByRole('heading', { name })).toBeVisible();
  for (const path of ['themes/', 'cases/', 'compare/', 'glossary/', 'articles/yangjiang/']) {
    await page.goto(path);
    await expect(page.getByRole('navigation', { name: '当前位置' })).toBeVisible();
  }
});
