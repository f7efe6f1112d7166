/**
 * 学习笔记 (issue 13), as a trainee uses them on a phone (390 px): marking (划线) and
 * annotating paragraphs of two articles through the ⋯ menu (pointer and keyboard), seeing the
 * highlights and notes again after a reload, finding them on /notes/ in the site's article
 * order with their paragraph and a link back, editing and deleting (with 撤销) there; a
 * paragraph rebuilt since the note showing 原文已修订 with both texts; storage refused (the
 * message, the typed text kept and copyable); the reading record counting an article read to
 * its end; axe on /notes/.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { textHash } from '../../src/lib/study/notes.ts';
import { serveStatic, type StaticServer } from '../../tools/static-server.ts';

test.use({ viewport: { width: 390, height: 844 }, permissions: ['clipboard-read', 'clipboard-write'] });

const squash = (s: string | null) => (s ?? '').replace(/\s+/g, '');
/** A paragraph's text as the reader reads it: without its marks, term notes and 被引用于. */
const paraText = (page: Page, id: string) =>
  page.locator(`[id="${id}"]`).evaluate((p) => {
    const c = p.cloneNode(true) as HTMLElement;
    for (const e of c.querySelectorAll('[popover], .permalink, .block-act, .cited-by, .restored-mark')) e.remove();
    return (c.textContent ?? '').replace(/\s+/g, '');
  });

/** Opens the ⋯ menu of paragraph `id` and picks `action`. */
async function menu(page: Page, id: string, action: string | RegExp): Promise<void> {
  const p = page.locator(`[id="${id}"]`);
  await p.scrollIntoViewIfNeeded();
  await p.hover();
  const more = p.locator('.block-act');
  await more.click();
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  await page.locator('.block-menu').getByRole('button', { name: action, exact: typeof action === 'string' }).click();
  await expect(page.locator('.block-menu')).toHaveCount(0);
}

const notesOf = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('dj:notes') ?? '{"notes":[]}') as { notes: { article: string; para: string; note: string; marked: boolean }[] });

const TITLES = { yangjiang: '树立大抓基层的鲜明导向 夯实党的执政基础', linshu: '临沭县抓党建促发展的做法' };

test('mark and annotate on two articles, see them after a reload, find them on /notes/ in article order, edit, delete', async ({ page }) => {
  // linshu first: /notes/ must still list yangjiang (first in the site's order) before it.
  await page.goto('articles/linshu/');
  await menu(page, 's1-p2', '划线');
  await expect(page.locator('.share-status')).toContainText('已划线');
  const marked = page.locator('#s1-p2');
  await expect(marked).toHaveClass(/is-marked/);
  const background = await marked.evaluate((p) => getComputedStyle(p).backgroundColor);
  expect(background).not.toBe('rgba(0, 0, 0, 0)');

  await menu(page, 's1-p2', '写笔记');
  const box = page.getByRole('textbox', { name: /我的笔记/ });
  await expect(box).toBeFocused();
  await box.fill('临沭：党建引领发展，可在支部会上讨论。');
  await page.getByRole('button', { name: '保存' }).click();
  const aside = page.getByRole('note', { name: '我的笔记' });
  await expect(aside).toContainText('临沭：党建引领发展，可在支部会上讨论。');
  await expect(aside.getByRole('button', { name: '编辑笔记' })).toBeFocused();
  const linshuText = await paraText(page, 's1-p2');

  // The menu now offers the reverse actions.
  await page.locator('#s1-p2 .block-act').click();
  await expect(page.locator('.block-menu').getByRole('button', { name: '取消划线' })).toBeVisible();
  await expect(page.locator('.block-menu').getByRole('button', { name: '编辑笔记' })).toBeVisible();
  await page.keyboard.press('Escape');

  // Keyboard only, on an article with an editor's restoration in the paragraph.
  await page.goto('articles/yangjiang/');
  await page.locator('#s2-p4 > a.permalink').focus();
  await page.keyboard.press('Tab');
  await expect(page.locator('#s2-p4 > .block-act')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.block-menu button').first()).toBeFocused();
  await page.locator('.block-menu').getByRole('button', { name: '写笔记' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: /我的笔记/ })).toBeFocused();
  await page.keyboard.type('六有标准：镇街党校规范化');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('note', { name: '我的笔记' })).toContainText('六有标准：镇街党校规范化');
  // Cancel leaves things as they were, focus back on 编辑笔记.
  await page.getByRole('button', { name: '编辑笔记' }).click();
  await page.getByRole('textbox', { name: /我的笔记/ }).fill('不要这个');
  await page.getByRole('button', { name: '取消' }).click();
  await expect(page.getByRole('button', { name: '编辑笔记' })).toBeFocused();
  await expect(page.getByRole('note', { name: '我的笔记' })).toContainText('六有标准：镇街党校规范化');
  const yangjiangText = await paraText(page, 's2-p4');
  await page.screenshot({ path: 'tests/screenshots/notes-article-390.png' });

  // After a reload (study-page.ts draws them).
  await page.reload();
  await expect(page.locator('[data-for="s2-p4"]')).toContainText('六有标准：镇街党校规范化');
  await expect(page.locator('#s2-p4')).not.toHaveClass(/is-marked/);
  await page.goto('articles/linshu/');
  await expect(page.locator('#s1-p2')).toHaveClass(/is-marked/);
  await expect(page.locator('[data-for="s1-p2"]')).toContainText('临沭：党建引领发展');
  await expect(page.getByText('原文已修订')).toHaveCount(0);

  // /notes/: in the site's article order, each with its paragraph, note, date and link back.
  await page.goto('notes/');
  await expect(page.locator('.notes-page')).toHaveAttribute('data-state', 'ready');
  await expect(page.getByRole('region', { name: '笔记', exact: true }).getByRole('heading', { level: 3 })).toHaveText([TITLES.yangjiang, TITLES.linshu]);
  await expect(page.locator('.notes-record-list')).toContainText('笔记 2 条，划线 1 段');
  const items = page.locator('.note-item');
  await expect(items).toHaveCount(2);
  const [first, second] = [items.nth(0), items.nth(1)];
  expect(squash(await first.locator('.note-quote').textContent())).toBe(yangjiangText);
  expect(squash(await second.locator('.note-quote').textContent())).toBe(linshuText);
  await expect(second.locator('.note-quote')).toHaveClass(/is-marked/);
  await expect(first.locator('.note-text')).toHaveText('六有标准：镇街党校规范化');
  await expect(page.getByText('原文已修订')).toHaveCount(0);
  await expect(first.locator('time')).toHaveText(/^\d{4}年\d{1,2}月\d{1,2}日$/);
  await expect(first.getByRole('link', { name: '回到原文' })).toHaveAttribute('href', /\/articles\/yangjiang\/#s2-p4$/);
  await expect(second.getByRole('link', { name: '回到原文' })).toHaveAttribute('href', /\/articles\/linshu\/#s1-p2$/);
  await page.screenshot({ path: 'tests/screenshots/notes-page-390.png', fullPage: true });

  // Edit.
  await second.getByRole('button', { name: '编辑' }).click();
  const edit = page.getByRole('textbox', { name: /我的笔记/ });
  await expect(edit).toBeFocused();
  await expect(edit).toHaveValue('临沭：党建引领发展，可在支部会上讨论。');
  await edit.fill('临沭：改过的笔记');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('.note-item').nth(1).locator('.note-text')).toHaveText('临沭：改过的笔记');
  await expect(page.locator('.note-item').nth(1).getByRole('button', { name: '编辑' })).toBeFocused();

  // Delete, undo, delete again.
  await page.locator('.note-item').nth(0).getByRole('button', { name: '删除' }).click();
  await expect(page.locator('.note-item')).toHaveCount(1);
  await expect(page.getByRole('status')).toHaveText('已删除一条笔记。');
  await expect(page.getByRole('button', { name: '撤销删除' })).toBeFocused();
  await page.getByRole('button', { name: '撤销删除' }).click();
  await expect(page.locator('.note-item')).toHaveCount(2);
  await page.locator('.note-item').nth(0).getByRole('button', { name: '删除' }).click();
  await page.reload();
  await expect(page.locator('.notes-page')).toHaveAttribute('data-state', 'ready');
  await expect(page.getByRole('region', { name: '笔记', exact: true }).getByRole('heading', { level: 3 })).toHaveText([TITLES.linshu]);
  await expect(page.locator('.note-text')).toHaveText('临沭：改过的笔记');
  expect((await notesOf(page)).notes.map((n) => [n.article, n.para, n.note, n.marked])).toEqual([['linshu', 's1-p2', '临沭：改过的笔记', true]]);

  // And the article shows the edit; 取消划线 there keeps the note, unmarked.
  await page.goto('articles/linshu/');
  await expect(page.locator('[data-for="s1-p2"]')).toContainText('临沭：改过的笔记');
  await menu(page, 's1-p2', '取消划线');
  await expect(page.locator('#s1-p2')).not.toHaveClass(/is-marked/);
  await expect(page.locator('[data-for="s1-p2"]')).toContainText('临沭：改过的笔记');
});

test('a paragraph rebuilt since the note shows 原文已修订 with both texts, on the article and on /notes/', async ({ page }) => {
  const then = '临沭县这一段当时的文字，后来改过了。';
  await page.goto('articles/linshu/');
  await page.evaluate(
    ([text, hash]) =>
      localStorage.setItem('dj:notes', JSON.stringify({ v: 1, notes: [{ id: 'old-1', article: 'linshu', para: 's1-p1', text, hash, title: '临沭', marked: true, note: '旧笔记', created: '2026-11-01T08:00:00Z', updated: '2026-11-01T08:00:00Z' }] })),
    [then, textHash(then)],
  );
  await page.reload();
  const now = await paraText(page, 's1-p1');
  const aside = page.locator('[data-for="s1-p1"]');
  await expect(aside).toContainText('原文已修订');
  await expect(aside.locator('.note-quote').nth(0)).toHaveText(then);
  expect(squash(await aside.locator('.note-quote').nth(1).textContent())).toBe(now);
  await expect(page.locator('#s1-p1')).toHaveClass(/is-marked/);

  await page.goto('notes/');
  await expect(page.locator('.notes-page')).toHaveAttribute('data-state', 'ready');
  const item = page.locator('.note-item');
  await expect(item).toContainText('原文已修订');
  await expect(item.locator('.note-quote').nth(0)).toHaveText(then);
  expect(squash(await item.locator('.note-quote').nth(1).textContent())).toBe(now);
  await expect(item.locator('time')).toHaveText('2026年11月1日');
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: 'tests/screenshots/notes-page-1280.png', fullPage: true });
  await page.goto('articles/linshu/#s1-p1');
  await page.screenshot({ path: 'tests/screenshots/notes-revised-1280.png' });
});

test('storage refused: a clear message, and what was typed stays on screen and can be copied', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto('articles/linshu/');
  await menu(page, 's2-p1', '划线');
  await expect(page.locator('.share-status')).toContainText('没能保存');
  await expect(page.locator('#s2-p1')).not.toHaveClass(/is-marked/);

  await menu(page, 's2-p1', '写笔记');
  const box = page.getByRole('textbox', { name: /我的笔记/ });
  const typed = '无痕模式下写的笔记，不能丢。';
  await box.fill(typed);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('alert')).toContainText('没能保存');
  await expect(page.getByRole('alert')).toContainText('你写的笔记还在下面的框里');
  await expect(box).toHaveValue(typed);
  await expect(box).toBeFocused();
  await page.getByRole('button', { name: '复制笔记' }).click();
  await expect(page.getByRole('alert')).toContainText('已复制');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(typed);
  await page.screenshot({ path: 'tests/screenshots/notes-refused-390.png' });
});

test('the reading record: an article read to its end counts as read on /notes/', async ({ page }) => {
  await page.goto('notes/');
  await expect(page.locator('.notes-record-list')).toContainText('读完文章 0 / 5 篇');
  await expect(page.locator('.notes-empty')).toBeVisible();
  await page.goto('articles/lishui/');
  await page.mouse.wheel(0, 400);
  await page.keyboard.press('End');
  await expect.poll(() => page.evaluate(() => (JSON.parse(localStorage.getItem('dj:last') ?? '{}') as { progress?: number }).progress ?? 0)).toBeGreaterThanOrEqual(0.97);
  await page.goto('articles/');
  await page.goto('notes/');
  await expect(page.locator('.notes-record-list')).toContainText('读完文章 1 / 5 篇');
});

test('axe: /notes/ with notes', async ({ page }) => {
  await page.goto('articles/yangjiang/');
  await menu(page, 's1-p1', '划线');
  for (const id of ['s1-p2', 's1-p3']) {
    await menu(page, id, '写笔记');
    await page.getByRole('textbox', { name: /我的笔记/ }).fill(`笔记 ${id}`);
    await page.getByRole('button', { name: '保存' }).click();
  }
  await expect(page.getByRole('note', { name: '我的笔记' })).toHaveCount(2);
  await expectNoAxeViolations(page);
  await menu(page, 's1-p3', '编辑笔记');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'tests/screenshots/notes-editor-390.png' });
  await page.goto('notes/');
  await expect(page.locator('.notes-page')).toHaveAttribute('data-state', 'ready');
  await expectNoAxeViolations(page);
  await page.locator('.note-item').nth(2).getByRole('button', { name: '编辑' }).click();
  await expectNoAxeViolations(page);
});

test('without JavaScript /notes/ says notes need it and stay on this device', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('notes/');
  await expect(page.getByText('学习笔记需要允许本页运行脚本（JavaScript），并且只保存在本机。')).toBeVisible();
  await expect(page.getByText(/只保存在本机这个浏览器里/)).toBeVisible();
  await expect(page.getByRole('heading', { name: '学习记录' })).toBeHidden();
  await context.close();
});

test.describe('offline', () => {
  let server: StaticServer;
  test.beforeEach(async () => {
    server = await serveStatic(process.env.E2E_DIST ?? 'dist', process.env.SITE_BASE ?? '/');
  });
  test.afterEach(async () => {
    await server.close();
  });

  test('after a first visit, notes are written, drawn and listed on /notes/ with no network', async ({ page, context }) => {
    test.setTimeout(90_000);
    const url = (path: string) => new URL(path, server.url).href;
    await page.goto(url(''));
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    });
    await page.goto(url('articles/yangjiang/'));
    const text = await paraText(page, 's1-p2');

    await server.close();
    await context.setOffline(true);

    await page.goto(url('articles/yangjiang/'));
    await menu(page, 's1-p2', '写笔记');
    await page.getByRole('textbox', { name: /我的笔记/ }).fill('离线写的笔记');
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByRole('note', { name: '我的笔记' })).toContainText('离线写的笔记');
    // /notes/ was never opened: it was kept at the first visit; the paragraph's text is the one noted.
    await page.goto(url('notes/'));
    await expect(page.locator('.notes-page')).toHaveAttribute('data-state', 'ready');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('学习笔记');
    await expect(page.locator('.note-text')).toHaveText('离线写的笔记');
    expect(squash(await page.locator('.note-quote').textContent())).toBe(text);
    await expect(page.getByText('原文已修订')).toHaveCount(0);
    await page.goto(url('articles/yangjiang/'));
    await expect(page.locator('[data-for="s1-p2"]')).toContainText('离线写的笔记');
  });
});

test('/notes/ at 320 px: nothing scrolls sideways, buttons are 44 px to tap; the ⋯ menu leads to it', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('articles/linshu/');
  await menu(page, 's2-p1', '划线');
  await page.locator('#s2-p1 .block-act').click();
  await page.locator('.block-menu').getByRole('link', { name: '查看学习笔记' }).click();
  await expect(page).toHaveURL(/\/notes\/$/);
  await expect(page.locator('.notes-page')).toHaveAttribute('data-state', 'ready');
  await expect(page.locator('.note-item')).toHaveCount(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
  for (const button of await page.getByRole('main').getByRole('button').all()) {
    const box = (await button.boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
  }
  // What another script of the page (恢复) changed is shown once it says so.
  await page.evaluate(() => {
    localStorage.removeItem('dj:notes');
    document.dispatchEvent(new Event('dj:notes-changed'));
  });
  await expect(page.locator('.notes-empty')).toBeVisible();
  await expect(page.locator('.note-item')).toHaveCount(0);
});
