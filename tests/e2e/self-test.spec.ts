/**
 * Issue 13: a theme's 自测 and the reading record's ✓ marks, at 390 px as on a phone.
 * - With script: a wrong answer is called wrong (in words) and shows the right one and the
 *   source paragraph with its link; a right one is called right; once every question was
 *   checked the theme says 已完成自测, and still does after a reload.
 * - Without script: every answer sits in a <details> after its question.
 * - ✓ (已读) on article lists: home, articles/, a theme's sources, a case's material, the
 *   课程包 page, for the articles this browser read to the end; none for the others.
 * - Offline after a first visit: 核对 (whose script loads on first use) still works.
 * The answers come from the theme's content file, not from the page.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { expectNoAxeViolations } from './support/axe.ts';
import { serveStatic } from '../../tools/static-server.ts';
import { KEYS } from '../../src/lib/reader/prefs.ts';
import type { SelfTestQuestion } from '../../src/lib/content/self-test.ts';

const THEME = 'zuzhi-tixi';
const frontmatter = (path: string) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path, 'utf8'))![1]!) as Record<string, unknown>;
const questions = frontmatter(`content/themes/${THEME}.mdx`).selfTest as SelfTestQuestion[];
const title = (slug: string) => String(frontmatter(`content/articles/${slug}.mdx`).title);

test.use({ viewport: { width: 390, height: 844 } });

const item = (page: Page, n: number) => page.locator(`#self-test-${n}`);

/** Answers question n (1-based) right, or with the given wrong answer. */
async function answer(li: Locator, q: SelfTestQuestion, wrong?: string): Promise<void> {
  if (q.type === '填空') await li.getByRole('textbox', { name: '你的答案' }).fill(wrong ?? q.answer);
  else if (q.type === '判断') await li.getByRole('radio', { name: wrong ?? q.answer, exact: true }).check();
  else await li.getByRole('radio', { name: wrong ?? q.answer, exact: true }).check();
}

const wrongOf = (q: SelfTestQuestion) => (q.type === '单选' ? q.options.find((o) => o !== q.answer)! : q.type === '判断' ? (q.answer === '对' ? '错' : '对') : '强不强');

test.describe('自测 with script', () => {
  test('wrong then right, the source paragraph with its link, 已完成自测 once all are checked, kept after a reload', async ({ page }) => {
    expect(questions.length).toBeGreaterThanOrEqual(3);
    await page.goto(`themes/${THEME}/`);
    const section = page.locator('#self-test');
    await expect(section.getByRole('heading', { level: 2, name: '自测' })).toBeVisible();
    // The answers stay out of sight until 核对.
    await expect(section.getByText('答案与出处').first()).toBeHidden();
    await expect(section.getByText(/^✓ 已完成自测/)).toBeHidden();

    // 核对 with nothing chosen is not an answer.
    const first = item(page, 1);
    await first.getByRole('button', { name: '核对' }).click();
    await expect(first.getByRole('status')).toHaveText(/请先(选择一项|填写答案)/);

    for (const [i, q] of questions.entries()) {
      const li = item(page, i + 1);
      await answer(li, q, wrongOf(q));
      if (q.type === '填空') await li.getByRole('textbox').press('Enter'); // Enter checks as 核对 does
      else await li.getByRole('button', { name: '核对' }).click();
      await expect(li.getByRole('status')).toContainText('回答错误');
      await expect(li.getByRole('status')).toContainText(`正确答案：${q.answer}`);
      const [article, para] = q.source.split('#') as [string, string];
      const link = li.getByRole('link', { name: new RegExp(`《${title(article).replace(/[*]/g, '\\*')}》`) });
      await expect(link).toBeVisible();
      expect(new URL(await link.getAttribute('href') ?? '', page.url()).pathname + new URL(await link.getAttribute('href') ?? '', page.url()).hash).toMatch(new RegExp(`/articles/${article}/#${para}$`));
      await expect(li.locator('blockquote')).toBeVisible();
      if (i < questions.length - 1) await expect(section.getByText(/^✓ 已完成自测/)).toBeHidden();

      await answer(li, q);
      await li.getByRole('button', { name: '核对' }).click();
      await expect(li.getByRole('status')).toHaveText('✓ 回答正确。');
    }
    await expect(section.getByText(/^✓ 已完成自测/)).toBeVisible();
    expect(await page.evaluate((k) => localStorage.getItem(k), KEYS.selftest)).toBe(JSON.stringify([THEME]));
    await page.screenshot({ path: 'tests/screenshots/self-test-checked-390.png', fullPage: false });
    await expectNoAxeViolations(page);

    await page.reload();
    await expect(page.locator('#self-test').getByText(/^✓ 已完成自测/)).toBeVisible();
    // The theme lists say so too, for this theme only.
    await page.goto('themes/');
    const themeCard = (name: string) => page.locator('li.card').filter({ has: page.getByRole('link', { name, exact: true }) });
    await expect(themeCard(String(frontmatter(`content/themes/${THEME}.mdx`).title))).toContainText('✓ 已完成自测');
    await expect(themeCard(String(frontmatter('content/themes/jiceng-zhili.mdx').title))).not.toContainText('已完成自测');
    await themeCard(String(frontmatter(`content/themes/${THEME}.mdx`).title)).screenshot({ path: 'tests/screenshots/self-test-done-card-390.png' });
    // Another theme was not answered.
    await page.goto('themes/jiceng-zhili/');
    await expect(page.locator('#self-test').getByRole('heading', { name: '自测' })).toBeVisible();
    await expect(page.locator('#self-test').getByText(/^✓ 已完成自测/)).toBeHidden();
  });

  test('the source paragraph quoted is the paragraph the link goes to', async ({ page }) => {
    const q = questions[0]!;
    const [article, para] = q.source.split('#') as [string, string];
    await page.goto(`articles/${article}/`);
    const text = (await page.locator(`[id="${para}"]`).innerText()).replace(/\s+/g, '');
    await page.goto(`themes/${THEME}/`);
    const li = item(page, 1);
    await answer(li, q);
    await li.getByRole('button', { name: '核对' }).click();
    const quote = (await li.locator('blockquote').innerText()).replace(/\s+/g, '');
    expect(text).toContain(quote.slice(0, 20));
  });
});

test('自测 without script: each answer and its source in a <details> after the question', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`themes/${THEME}/`);
  const section = page.locator('#self-test');
  await expect(section.getByRole('button', { name: '核对' })).toHaveCount(0);
  for (const [i, q] of questions.entries()) {
    const li = item(page, i + 1);
    await expect(li.getByText(q.answer, { exact: false }).first()).toBeAttached();
    const summary = li.getByText('答案与出处');
    await expect(summary).toBeVisible();
    await expect(li.getByText(`答案：${q.answer}`)).toBeHidden();
    await summary.click();
    await expect(li.getByText(`答案：${q.answer}`)).toBeVisible();
    const [article, para] = q.source.split('#') as [string, string];
    await expect(li.locator(`a[href$="/articles/${article}/#${para}"]`)).toBeVisible();
  }
  await page.locator('#self-test').screenshot({ path: 'tests/screenshots/self-test-no-script-390.png' });
  await context.close();
});

test.describe('✓ on article lists for the articles read', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript((key) => localStorage.setItem(key, JSON.stringify(['yangjiang', 'linshu'])), KEYS.read);
  });

  const card = (page: Page, slug: string) => page.locator('li.card').filter({ has: page.getByRole('link', { name: title(slug), exact: true }) });

  test('home and the article list', async ({ page }) => {
    for (const path of ['', 'articles/']) {
      await page.goto(path);
      await expect(card(page, 'yangjiang').getByText('已读')).toBeAttached();
      await expect(card(page, 'yangjiang').getByText('✓')).toBeVisible();
      await expect(card(page, 'linshu').getByText('已读')).toBeAttached();
      await expect(card(page, 'zhanjiang')).toBeVisible();
      await expect(card(page, 'zhanjiang').getByText('已读')).toHaveCount(0);
    }
    await page.goto('');
    await card(page, 'yangjiang').locator('xpath=..').screenshot({ path: 'tests/screenshots/read-marks-home-390.png' });
  });

  test('a theme page per source, a case page, the 课程包 page', async ({ page }) => {
    await page.goto(`themes/${THEME}/`);
    await expect(page.getByRole('heading', { level: 3, name: /阳江.*已读/ })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: /湛江/ })).not.toContainText('已读');

    await page.goto('cases/linshu/');
    const material = (slug: string) => page.getByRole('definition').filter({ has: page.getByRole('link', { name: `《${title(slug)}》` }) });
    await expect(material('linshu')).toContainText('已读');
    await page.goto('cases/zhanjiang/');
    await expect(material('zhanjiang')).toBeVisible();
    await expect(material('zhanjiang')).not.toContainText('已读');

    await page.goto('pack/?i=articles/yangjiang~s1-p2&i=articles/zhanjiang~s1-p1');
    await expect(page.locator('#item-1')).toContainText('已读');
    await expect(page.locator('#item-2')).toBeVisible();
    await expect(page.locator('#item-2')).not.toContainText('已读');
    await page.locator('#item-1').screenshot({ path: 'tests/screenshots/read-marks-pack-390.png' });
  });
});

test('an article read to its end gets its ✓ on the home page', async ({ page }) => {
  await page.goto('articles/zhanjiang/');
  await page.keyboard.press('End');
  await expect.poll(async () => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}').progress ?? 0, KEYS.last), { timeout: 5000 }).toBeGreaterThanOrEqual(0.97);
  await page.goto('');
  await expect(page.locator('li.card').filter({ has: page.getByRole('link', { name: title('zhanjiang'), exact: true }) }).getByText('已读')).toBeAttached();
  await expect(page.locator('li.card').filter({ has: page.getByRole('link', { name: title('yangjiang'), exact: true }) }).getByText('已读')).toHaveCount(0);
});

test('screenshots of a theme’s 自测 at 390 and 1280 px', async ({ page }) => {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`themes/${THEME}/`);
    const li = item(page, 1);
    await answer(li, questions[0]!, wrongOf(questions[0]!));
    await li.getByRole('button', { name: '核对' }).click();
    await expect(li.getByRole('status')).toContainText('回答错误');
    await page.locator('#self-test').screenshot({ path: `tests/screenshots/self-test-${width}.png` });
  }
});

test('offline after a first visit, 核对 still works: its script was precached', async ({ page, context }) => {
  test.setTimeout(90_000);
  const server = await serveStatic(process.env.E2E_DIST ?? 'dist', process.env.SITE_BASE ?? '/');
  try {
    const url = (path: string) => new URL(path, server.url).href;
    await page.goto(url(''));
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    });
    await page.goto(url(`themes/${THEME}/`));
    await server.close();
    await context.setOffline(true);
    await page.reload();
    for (const [i, q] of questions.entries()) {
      const li = item(page, i + 1);
      await answer(li, q);
      await li.getByRole('button', { name: '核对' }).click();
      await expect(li.getByRole('status')).toHaveText('✓ 回答正确。');
    }
    await expect(page.locator('#self-test').getByText(/^✓ 已完成自测/)).toBeVisible();
  } finally {
    await context.setOffline(false);
    await server.close().catch(() => {});
  }
});

test('storage refused: 核对 still works and the page says the record is not kept', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('refused', 'QuotaExceededError');
    };
  });
  await page.goto(`themes/${THEME}/`);
  for (const [i, q] of questions.entries()) {
    const li = item(page, i + 1);
    await answer(li, q);
    await li.getByRole('button', { name: '核对' }).click();
    await expect(li.getByRole('status')).toHaveText('✓ 回答正确。');
  }
  await expect(page.locator('#self-test').getByText('✓ 已完成自测（此浏览器不允许保存，离开本页后不会保留）')).toBeVisible();
});
