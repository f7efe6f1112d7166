/**
 * Reading on a phone (issue 6), in Chromium, on one page of each kind at 320, 390 and 1280
 * px: no sideways scrolling, body text of at least 16 px, tap targets of at least 44 × 44
 * px, no line starting with closing punctuation, long Latin strings and numbers wrapping;
 * no request to another host. Screenshots of each kind at each width, light and dark, go
 * to tests/screenshots/ (not in git) for a person to look at.
 *
 * Then the reader controls: text size and theme, with and without script, remembered on
 * the device and applied from the first paint; reading progress and “continue where you
 * left off”.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
/**
 * The page kinds and widths; closing punctuation that must never begin a line (kinsoku); and the tap targets that must
 * be at least 44 × 44 px: navigation, chip links, the table of contents, cards' title links,
 * buttons and form controls (the settings' radio buttons are drawn by their labels). Exempt
 * under WCAG 2.5.8's inline exception, as targets in a sentence whose size the line of text
 * sets: links in running text, the glossary term buttons and the restoration marks (校).
 * The same lists the other engines are checked with (tests/engines/page-checks.ts).
 */
import { CLOSING, KINDS, TARGETS, WIDTHS } from '../engines/page-checks.ts';

async function small(page: Page) {
  return page.locator(TARGETS).evaluateAll((els) =>
    els
      .filter((el) => {
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        return style.visibility !== 'hidden' && box.width > 0 && box.height > 0 && !el.closest('[hidden], [popover]:not(:popover-open), details:not([open]) > :not(summary)');
      })
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 43.5 || box.height < 43.5)
      .map(({ el, box }) => `${el.closest('[class]')?.className.split(' ')[0] ?? ''} ${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 12)}” ${box.width.toFixed(0)}×${box.height.toFixed(0)}`),
  );
}

/** Running text: paragraphs, list items and definitions in main that are not marked as secondary. */
async function smallText(page: Page) {
  return page.locator('main p, main li, main dd').evaluateAll((els) =>
    els
      .filter((el) => el.getBoundingClientRect().height > 0 && !el.closest('.small, .muted, .chips, .stats, .search-meta, .cited-by, .excerpt-source, .reader-note, .breadcrumbs, .toc, .provenance, .source-line, .print-only, [popover], .share-panel, .resume'))
      .filter((el) => !el.matches('.small, .muted, .lede.small'))
      .map((el) => ({ el, size: parseFloat(getComputedStyle(el).fontSize) }))
      .filter(({ size }) => size < 16)
      .map(({ el, size }) => `${el.tagName.toLowerCase()}.${el.className} ${size}px “${(el.textContent ?? '').trim().slice(0, 20)}”`),
  );
}

/** Lines that begin with closing punctuation, in the article text. */
async function badLineStarts(page: Page, closing: string) {
  return page.locator('.article-body p').evaluateAll((paras, closing) => {
    const bad: string[] = [];
    for (const p of paras) {
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      let lastTop: number | undefined;
      let lastText = '';
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        if (node.parentElement?.closest('[popover], .cited-by, .visually-hidden')) continue;
        const range = document.createRange();
        for (let i = 0; i < node.data.length; i++) {
          const ch = node.data[i]!;
          if (/\s/.test(ch)) continue;
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect) continue;
          if (lastTop !== undefined && rect.top > lastTop + rect.height / 2 && closing.includes(ch)) bad.push(`${p.id}: “${lastText.slice(-6)}⏎${ch}”`);
          lastTop = rect.top;
          lastText += ch;
        }
      }
    }
    return bad;
  }, closing);
}

for (const width of WIDTHS) {
  test.describe(`at ${width}px`, () => {
    test.use({ viewport: { width, height: 800 } });

    for (const [kind, path] of Object.entries(KINDS)) {
      test(`${kind}: fits, reads at 16 px or more, taps at 44 px or more`, async ({ page, context }) => {
        const requests: string[] = [];
        context.on('request', (r) => requests.push(r.url()));
        await page.goto(path);
        if (kind === 'search') await expect(page.locator('.search-page')).toHaveAttribute('data-search-state', 'done');
        expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth), 'page scrolls sideways').toBeLessThanOrEqual(0);
        expect(await smallText(page)).toEqual([]);
        expect(await small(page)).toEqual([]);

        // Long Latin strings and numbers wrap instead of widening the page.
        await page.getByRole('main').getByRole('paragraph').first().evaluate((p) => {
          p.append(` https://dangjian.example.org/articles/a-very-long-address-without-any-break-at-all/#s1-p2 ${'1234567890'.repeat(6)} `);
        });
        expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth), 'a long string scrolls the page sideways').toBeLessThanOrEqual(0);
        await page.reload();

        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          await page.screenshot({ path: `tests/screenshots/reading-${kind}-${width}-${scheme}.png`, fullPage: width !== 1280 || kind !== 'glossary' });
        }
        const hosts = new Set(requests.map((u) => new URL(u).host));
        expect([...hosts]).toEqual([new URL(page.url()).host]);
      });
    }

    // At the narrow widths, which break the most lines.
    if (width < 1280) test('no line of an article starts with closing punctuation', async ({ page }) => {
      for (const slug of ['linshu', 'yangjiang', 'lishui', 'zhanjiang', 'nongcun-jiceng-dangjian']) {
        await page.goto(`articles/${slug}/`);
        expect(await badLineStarts(page, CLOSING), slug).toEqual([]);
      }
    });
  });
}

test.describe('reader controls', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  const rootSize = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const LIGHT = 'rgb(253, 252, 249)';
  const DARK = 'rgb(22, 21, 20)';

  test('without script: the page follows the system theme, and the controls change the page', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(new URL('articles/yangjiang/', test.info().project.use.baseURL).href);
    expect(await background(page)).toBe(DARK);
    expect(await rootSize(page)).toBe(18);
    await page.getByRole('banner').getByText('阅读设置').click();
    await page.getByText('特大', { exact: true }).click();
    expect(await rootSize(page)).toBe(22);
    await page.getByText('浅色', { exact: true }).click();
    expect(await background(page)).toBe(LIGHT);
    await page.getByText('深色', { exact: true }).click();
    expect(await background(page)).toBe(DARK);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
    await context.close();
  });

  test('with script: the choice is remembered on the device and applies from the first paint', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('');
    expect(await background(page)).toBe(LIGHT);
    await page.getByRole('banner').getByText('阅读设置').click();
    await expectNoAxeViolations(page);
    await page.getByText('大', { exact: true }).click();
    await page.getByText('深色', { exact: true }).click();
    expect(await rootSize(page)).toBe(20);
    expect(await background(page)).toBe(DARK);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'tests/screenshots/reader-settings-390-dark.png' });

    // Another page, with the page script held back: the head script alone applies the
    // choice before the body is drawn.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/ReaderSettings[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('articles/yangjiang/', { waitUntil: 'commit' });
    await page.getByRole('contentinfo').waitFor({ state: 'attached' });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await rootSize(page)).toBe(20);
    expect(await background(page)).toBe(DARK);
    release();
    await page.unroute(/ReaderSettings[^/]*\.js$/);
    // In the closed 阅读设置 panel: hidden, so includeHidden.
    await expect(page.getByRole('radio', { name: '大', exact: true, includeHidden: true })).toBeChecked();
    await expect(page.getByRole('radio', { name: '深色', includeHidden: true })).toBeChecked();

    // Back to following the system, which is dark now.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByRole('banner').getByText('阅读设置').click();
    await page.getByText('跟随系统', { exact: true }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
    expect(await background(page)).toBe(DARK);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background(page)).toBe(LIGHT);

    // 清除本机记录 forgets everything.
    await page.getByRole('button', { name: '清除本机记录' }).click();
    await page.waitForLoadState('load');
    expect(await rootSize(page)).toBe(18);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('dj:')))).toEqual([]);
  });

  test('reading progress, and continuing where the reader left off', async ({ page }) => {
    await page.goto('articles/yangjiang/');
    const bar = page.locator('.read-progress'); // aria-hidden: a cue for the eye only, no role
    const scale = () => bar.evaluate((b) => new DOMMatrix(getComputedStyle(b).transform).a);
    expect(await scale()).toBeLessThan(0.05);

    // The reader scrolls halfway through the text.
    await page.mouse.wheel(0, 10);
    await page.evaluate(() => {
      const body = document.querySelector('.article-body')!.getBoundingClientRect();
      scrollTo(0, scrollY + body.top + (body.height - innerHeight) / 2);
    });
    await expect.poll(scale).toBeGreaterThan(0.4);
    expect(await scale()).toBeLessThan(0.6);
    await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('dj:last') ?? '{}').block as string | undefined)).toMatch(/^s\d/);
    const last = await page.evaluate(() => JSON.parse(localStorage.getItem('dj:last')!) as { block: string; progress: number; title: string });
    expect(last.title).toBe((await page.getByRole('heading', { level: 1 }).textContent())!.trim());

    // The home page offers to continue, at that paragraph.
    await page.goto('');
    const resume = page.getByRole('region', { name: '继续阅读' });
    await expect(resume).toBeVisible();
    await expect(resume.getByRole('link')).toHaveText(last.title);
    await expect(resume).toContainText(/读到 \d+%/);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'tests/screenshots/resume-home-390.png' });
    await resume.getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`articles/yangjiang/#${last.block}$`));
    await expect(page.locator(`[id="${last.block}"]`)).toBeInViewport();

    // Opened again from a plain link, the article offers to go back there.
    await page.goto('articles/');
    await page.getByRole('main').getByRole('link', { name: last.title, exact: true }).first().click();
    const offer = page.getByRole('region', { name: '继续阅读' });
    await expect(offer).toBeVisible();
    await expect(offer).toContainText(`${Math.round(last.progress * 100)}%`);
    await expectNoAxeViolations(page);
    await offer.getByRole('link').click();
    await expect(page.locator(`[id="${last.block}"]`)).toBeInViewport();
    await expect(offer).toBeHidden();
  });
});
