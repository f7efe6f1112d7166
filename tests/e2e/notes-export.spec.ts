/**
 * 导出与备份 of 学习笔记 (issue 13, items 2 and 5), as a trainee uses it on a phone (390 px):
 * 导出为 Word (the downloaded .docx read back with mammoth, a real .docx reader) and 导出为
 * Markdown hold each quote, note and GB/T 7714 reference — the reference 引用本页 gives, with
 * the paragraph's address and the day of the note; the Word library loads only on that click;
 * 备份 then 恢复 into a fresh browser (and into one with a conflicting note: both kept); a file
 * that is not a backup changes nothing; 清除本机记录 asks first when notes are stored; and
 * export works with no network after a first visit.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type BrowserContext, type Download, type Page } from '@playwright/test';
import mammoth from 'mammoth';
import { expectNoAxeViolations } from './support/axe.ts';
import { textHash, type Note } from '../../src/lib/study/notes.ts';
import { serveStatic, type StaticServer } from '../../tools/static-server.ts';

const DIST = process.env.E2E_DIST ?? 'dist';
const BASE = process.env.SITE_BASE ?? '/';
const TZ = 'Asia/Shanghai';
test.use({ viewport: { width: 390, height: 844 }, timezoneId: TZ });

/** A paragraph's text as the build has it (the pack data files), as a note keeps it. */
const paragraph = (article: string, para: string): string => {
  const section = JSON.parse(readFileSync(`${DIST}/pack/data/articles/${article}/${para.split('-')[0]}.json`, 'utf8')) as { blocks: { id: string; text: string }[] };
  return section.blocks.find((b) => b.id === para)!.text.replace(/\s+/g, ' ').trim();
};
const note = (id: string, article: string, para: string, text: string, created: string, title = ''): Note => {
  const quote = paragraph(article, para);
  return { id, article, para, text: quote, hash: textHash(quote), title, marked: true, note: text, created, updated: created };
};

// Two articles, given out of the site's order (yangjiang comes first on the site); the day of each note in Beijing time.
const NOTES: Note[] = [
  note('n-zj', 'zhanjiang', 's1-p2', '机关党建：“两个熔炉”的做法值得在支部推广。', '2026-12-02T03:00:00.000Z'),
  note('n-yj1', 'yangjiang', 's1-p3', '党的全面领导落实到基层的抓手。\n第二行：要结合本单位实际。', '2026-12-01T04:00:00.000Z'),
  note('n-yj2', 'yangjiang', 's1-p1', '政治判断力、政治领悟力、政治执行力', '2026-11-30T17:00:00.000Z'),
];
const DAY: Record<string, string> = { 'n-zj': '2026-12-02', 'n-yj1': '2026-12-01', 'n-yj2': '2026-12-01' };

const seed = (page: Page, notes: Note[]) => page.evaluate((list) => localStorage.setItem('dj:notes', JSON.stringify({ v: 1, notes: list })), notes);
const stored = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('dj:notes') ?? '{"notes":[]}') as { notes: Note[] });

/** What 引用本页 gives for the article (the reader's date in it), for the note's paragraph and day. */
async function expectedReference(page: Page, n: Note): Promise<string> {
  await page.goto(`articles/${n.article}/`);
  const cite = (await page.locator('#ref-cite').textContent())!.trim();
  const url = (await page.locator('#page-url').textContent())!.trim();
  expect(cite).toContain(`${url}.`);
  return cite.replace(/\[\d{4}-\d{2}-\d{2}\]/, `[${DAY[n.id]}]`).replace(`${url}.`, `${url}#${n.para}.`);
}

async function openNotes(page: Page): Promise<void> {
  await page.goto('notes/');
  await expect(page.getByRole('heading', { name: '导出与备份' })).toBeVisible();
}

const downloadOf = async (page: Page, button: string): Promise<Download> => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  return download;
};
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

test('导出为 Word: a .docx holding every quote, note and numbered reference, the library loaded only on the click', async ({ page }) => {
  const refs = new Map<string, string>();
  for (const n of NOTES) refs.set(n.id, await expectedReference(page, n));
  await seed(page, NOTES);
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url()));
  await openNotes(page);
  await page.getByRole('button', { name: '导出为 Markdown' }).scrollIntoViewIfNeeded();
  expect(fetched.filter((u) => /notes-(docx|export)/.test(u))).toEqual([]);

  const download = await downloadOf(page, '导出为 Word');
  expect(download.suggestedFilename()).toBe(`学习笔记-${today()}.docx`);
  expect(fetched.filter((u) => /notes-docx/.test(u))).toHaveLength(1);
  await expect(page.getByRole('status').filter({ hasText: '已导出' })).toHaveText(`已导出 学习笔记-${today()}.docx。`);

  const file = readFileSync(await download.path());
  const { value: text } = await mammoth.extractRawText({ buffer: file });
  const lines = text.split('\n').filter(Boolean);
  // Site order (yangjiang, then zhanjiang), reading order within an article; one number per paragraph.
  const order = ['n-yj2', 'n-yj1', 'n-zj'];
  expect(lines[0]).toBe('学习笔记');
  expect(lines).toContain('树立大抓基层的鲜明导向 夯实党的执政基础');
  order.forEach((id, i) => {
    const n = NOTES.find((x) => x.id === id)!;
    const at = lines.indexOf(`${n.text}[${i + 1}]`);
    expect(at, `quote of ${id}`).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 1 + n.note.split('\n').length)).toEqual(n.note.split('\n'));
    expect(lines, `reference of ${id}`).toContain(`[${i + 1}] ${refs.get(id)}`);
  });
  expect(lines.indexOf('参考文献')).toBe(lines.length - 4);
  const { value: html } = await mammoth.convertToHtml({ buffer: file });
  expect(html).toContain('<h1>参考文献</h1>');
  expect(html).toContain(`<sup>[1]</sup>`);
});

test('导出为 Markdown: the same document as a .md file', async ({ page }) => {
  const ref = await expectedReference(page, NOTES[2]!);
  await seed(page, NOTES);
  await openNotes(page);
  const download = await downloadOf(page, '导出为 Markdown');
  expect(download.suggestedFilename()).toBe(`学习笔记-${today()}.md`);
  const md = readFileSync(await download.path(), 'utf8');
  expect(md).toMatch(/^# 学习笔记\n/);
  expect(md).toContain(`## 树立大抓基层的鲜明导向 夯实党的执政基础\n\n> ${NOTES[2]!.text}[1]\n\n${NOTES[2]!.note}\n\n> ${NOTES[1]!.text}[2]\n\n党的全面领导落实到基层的抓手。\n\n第二行：要结合本单位实际。\n\n##`);
  expect(md).toContain(`## 参考文献\n\n[1] ${ref}\n`);
  expect(md).toContain(`> ${NOTES[0]!.text}[3]\n\n${NOTES[0]!.note}`);
});

test('a quote whose paragraph the site has changed since is exported as it was noted, with 原文已修订 under it', async ({ page }) => {
  const old = { ...NOTES[1]!, text: '确保党的全面领导落实到基层（旧版文字）。', hash: textHash('确保党的全面领导落实到基层（旧版文字）。') };
  await page.goto('notes/');
  await seed(page, [old, NOTES[2]!]);
  await openNotes(page);
  const md = readFileSync(await (await downloadOf(page, '导出为 Markdown')).path(), 'utf8');
  expect(md).toContain(`> ${NOTES[2]!.text}[1]\n\n${NOTES[2]!.note}\n\n> 确保党的全面领导落实到基层（旧版文字）。[2]\n\n*原文已修订：本段在记笔记之后改过，以上引文是记笔记时的文字。*\n\n党的全面领导`);
  expect(md.match(/原文已修订/g)).toHaveLength(1);
});

test.describe('in WeChat’s browser', () => {
  test.use({ userAgent: 'Mozilla/5.0 (Linux; Android 14; V2309A) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/130.0.6723.103 Mobile Safari/537.36 XWEB/1300289 MMWEBSDK/20241202 MicroMessenger/8.0.56.2800(0x28003837) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64' });
  test('after an export, says how to get the file if WeChat keeps it', async ({ page }) => {
    await page.goto('notes/');
    await seed(page, NOTES);
    await openNotes(page);
    await downloadOf(page, '导出为 Markdown');
    await expect(page.locator('.notes-export-status')).toContainText('若在微信中没有收到文件：点右上角“⋯”，选“在浏览器打开”');
  });
});

test('with no notes, export says there is nothing to export', async ({ page }) => {
  await openNotes(page);
  await page.getByRole('button', { name: '导出为 Word' }).click();
  await expect(page.locator('.notes-export-status')).toContainText('还没有笔记可以导出');
});

/** 恢复 with the file at `path`, in `page` (on /notes/). */
async function restore(page: Page, path: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '恢复…' }).click()]);
  await chooser.setFiles(path);
}
async function freshNotesPage(browser: Browser, notes: Note[] = []): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, timezoneId: TZ, baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await page.goto('notes/');
  if (notes.length) await seed(page, notes);
  await openNotes(page);
  return { context, page };
}

test('备份 then 恢复 in a fresh browser brings the notes and the records; a conflicting note is kept beside; a bad file changes nothing', async ({ page, browser }, info) => {
  await page.goto('notes/');
  await seed(page, NOTES);
  await page.evaluate(() => {
    localStorage.setItem('dj:read', '["yangjiang"]');
    localStorage.setItem('dj:selftest', '["zuzhi-tixi"]');
  });
  await openNotes(page);
  const download = await downloadOf(page, '备份');
  expect(download.suggestedFilename()).toBe(`学习笔记备份-${today()}.json`);
  const backup = info.outputPath('backup.json');
  await download.saveAs(backup);

  // Another device: nothing stored.
  const fresh = await freshNotesPage(browser);
  await expect(fresh.page.getByText('还没有笔记', { exact: false }).first()).toBeVisible();
  await restore(fresh.page, backup);
  await expect(fresh.page.locator('.notes-export-status')).toHaveText('已恢复：新增 3 条笔记；阅读记录增加 1 篇文章；自测记录增加 1 个专题。');
  // The list and the 学习记录 show them at once.
  await expect(fresh.page.getByRole('region', { name: '学习记录' })).toContainText('读完文章 1 / 5 篇');
  await expect(fresh.page.getByRole('region', { name: '学习记录' })).toContainText('完成自测的专题 1 /');
  for (const n of NOTES) await expect(fresh.page.locator('.note-text', { hasText: n.note.split('\n')[0]! })).toBeVisible();
  expect((await stored(fresh.page)).notes.map((n) => n.id).sort()).toEqual(NOTES.map((n) => n.id).sort());
  expect(await fresh.page.evaluate(() => [localStorage.getItem('dj:read'), localStorage.getItem('dj:selftest')])).toEqual(['["yangjiang"]', '["zuzhi-tixi"]']);
  // Once more: nothing is doubled.
  await restore(fresh.page, backup);
  await expect(fresh.page.locator('.notes-export-status')).toHaveText('已恢复：3 条本机已有，未重复添加。');
  expect((await stored(fresh.page)).notes).toHaveLength(3);
  await fresh.context.close();

  // A device where the same note was edited differently: both are kept.
  const mine = { ...NOTES[0]!, note: '本机改过的笔记：另一种看法。', updated: '2026-12-03T01:00:00.000Z' };
  const other = await freshNotesPage(browser, [mine]);
  await restore(other.page, backup);
  await expect(other.page.locator('.notes-export-status')).toHaveText('已恢复：新增 2 条笔记；1 条与本机同一条笔记的内容不同，两份都已保留；阅读记录增加 1 篇文章；自测记录增加 1 个专题。');
  await expect(other.page.locator('.note-text', { hasText: '本机改过的笔记：另一种看法。' })).toBeVisible();
  await expect(other.page.locator('.note-text', { hasText: NOTES[0]!.note })).toBeVisible();
  const after = (await stored(other.page)).notes;
  expect(after).toHaveLength(4);
  expect(after.find((n) => n.id === mine.id)!.note).toBe(mine.note);

  // A file that is not a backup: a clear message, nothing changed.
  const bad = info.outputPath('课程包.json');
  await import('node:fs').then((fs) => fs.writeFileSync(bad, '{"title":"课程包","items":[]}'));
  await restore(other.page, bad);
  await expect(other.page.locator('.notes-export-status')).toHaveText('没有恢复“课程包.json”：不是本站的学习笔记备份文件（请选择“备份”下载的 .json 文件）。本机记录没有改变。');
  expect(await stored(other.page)).toEqual({ v: 1, notes: after });
  await other.context.close();
});

test('恢复 when the browser refuses to store: says so, and nothing changes', async ({ page }, info) => {
  const file = info.outputPath('backup.json');
  await import('node:fs').then((fs) => fs.writeFileSync(file, JSON.stringify({ format: 'dj-study-backup', v: 1, notes: NOTES, read: [], selftest: [] })));
  await page.goto('notes/');
  await seed(page, [NOTES[0]!]);
  await openNotes(page);
  // From now on, storage is full (as in a private window or with site data disabled).
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await restore(page, file);
  await expect(page.locator('.notes-export-status')).toHaveText('没有恢复“backup.json”：这个浏览器现在不允许本站在本机保存（无痕模式、存储空间已满或禁用了网站数据时会这样）。本机记录没有改变。');
  expect((await stored(page)).notes.map((n) => n.id)).toEqual([NOTES[0]!.id]);
  // What the reader has can still be exported.
  const md = await downloadOf(page, '导出为 Markdown');
  expect(readFileSync(await md.path(), 'utf8')).toContain(NOTES[0]!.note);
});

test('清除本机记录 with notes stored asks first, offering to export them', async ({ page }) => {
  // Notes taken on this page (nothing was stored when it opened, so the study script is not loaded yet).
  await page.goto('articles/yangjiang/');
  await seed(page, NOTES);
  const settings = page.locator('.reader-settings');
  await settings.getByText('阅读设置').click();
  await settings.getByRole('button', { name: '清除本机记录' }).click();
  const dialog = page.getByRole('dialog', { name: '先导出学习笔记吗？' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('本机存有 3 条学习笔记和划线');
  await expect(dialog.getByRole('button', { name: '取消' })).toBeFocused();
  await page.screenshot({ path: 'tests/screenshots/clear-ask-390.png' });
  await expectNoAxeViolations(page, { include: ['.clear-ask'] });

  // 取消: nothing is cleared.
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();
  expect((await stored(page)).notes).toHaveLength(3);

  // 先导出笔记: to the export on /notes/, nothing cleared.
  await settings.getByRole('button', { name: '清除本机记录' }).click();
  await dialog.getByRole('link', { name: '先导出笔记' }).click();
  await expect(page).toHaveURL(/\/notes\/#notes-export$/);
  await expect(page.getByRole('button', { name: '导出为 Word' })).toBeInViewport();
  expect((await stored(page)).notes).toHaveLength(3);

  // 仍然清除 (on a page opened with notes stored): everything goes, notes included.
  await page.goto('articles/yangjiang/');
  await settings.getByText('阅读设置').click();
  await settings.getByRole('button', { name: '清除本机记录' }).click();
  await Promise.all([page.waitForEvent('load'), dialog.getByRole('button', { name: '仍然清除' }).click()]);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('dj:')))).toEqual([]);
});

test('清除本机记录 with no notes clears at once, as before', async ({ page }) => {
  await page.goto('articles/yangjiang/');
  await page.evaluate(() => localStorage.setItem('dj:size', 'l'));
  await page.reload();
  const settings = page.locator('.reader-settings');
  await settings.getByText('阅读设置').click();
  await Promise.all([page.waitForEvent('load'), settings.getByRole('button', { name: '清除本机记录' }).click()]);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('dj:size'))).toBeNull();
});

test.describe('offline', () => {
  let server: StaticServer;
  test.beforeEach(async () => {
    server = await serveStatic(DIST, BASE);
  });
  test.afterEach(async () => {
    await server.close();
  });

  test('after a first visit, export works with no network', async ({ page, context }) => {
    test.setTimeout(90_000);
    const url = (path: string) => new URL(path, server.url).href;
    await page.goto(url('notes/'));
    await seed(page, NOTES);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    });
    // /notes/ with the notes, online once: it fetches their articles' data files (titles,
    // order, reference fields), which the service worker keeps. (Taking a note on an article
    // page fetches its article's file too.)
    await page.reload();
    await expect(page.locator('.notes-page[data-state="ready"]')).toBeAttached();

    await server.close();
    await context.setOffline(true);
    await page.goto(url('notes/'));
    await expect(page.getByRole('heading', { name: '导出与备份' })).toBeVisible();
    const word = await downloadOf(page, '导出为 Word');
    const { value: text } = await mammoth.extractRawText({ buffer: readFileSync(await word.path()) });
    for (const n of NOTES) {
      expect(text).toContain(n.text);
      expect(text).toContain(n.note.split('\n')[0]);
    }
    expect(text).toMatch(/\/articles\/zhanjiang\/#s1-p2\./);
    const md = await downloadOf(page, '导出为 Markdown');
    expect(readFileSync(await md.path(), 'utf8')).toContain(`> ${NOTES[0]!.text}[3]`);
    await expect(page.locator('.notes-export-status')).toHaveText(`已导出 学习笔记-${today()}.md。`);
  });
});

test('screenshots of 导出与备份 at 390 and 1280 px', async ({ page }) => {
  await page.goto('notes/');
  await seed(page, NOTES);
  await openNotes(page);
  await page.getByRole('button', { name: '导出为 Markdown' }).click();
  const section = page.locator('.notes-export-section');
  await section.screenshot({ path: 'tests/screenshots/notes-export-390.png' });
  await page.setViewportSize({ width: 1280, height: 900 });
  await section.screenshot({ path: 'tests/screenshots/notes-export-1280.png' });
});
