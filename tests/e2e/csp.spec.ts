/**
 * The Content-Security-Policy holds on every kind of page, in Chromium: the built site is
 * served with the headers of the _headers file it ships (dist/_headers, as a static host
 * applies them), each kind of page is opened and used (menus and notes opened, a search
 * run), and nothing may be blocked: no `securitypolicyviolation` event, no CSP message in
 * the console of the page or its workers, no uncaught error, no request to another origin.
 *
 * CSP_URL=http://127.0.0.1:8080/ runs the same checks against a deployed copy (the nginx
 * of docs/deploy.md), with whatever headers that server sends.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serveStatic, type StaticServer } from '../../tools/static-server.ts';
import { htmlFiles } from '../build/dist.ts';
import { cspDirectives, headersFor, parseHeadersFile } from '../../src/lib/links/headers-file.ts';
import { normaliseBase } from '../../src/lib/links/urls.ts';

const DIST = process.env.E2E_DIST ?? 'dist';
const BASE = normaliseBase(process.env.SITE_BASE ?? '/');
const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));

/** One page of each kind: /articles/x/ stands for every article, /themes/x/handout/ for every handout. */
function pageKinds(): string[] {
  const kinds = new Map<string, string>();
  for (const file of htmlFiles(DIST).sort()) {
    if (file === '404.html') continue;
    const parts = file.split('/');
    const kind = parts.length >= 3 ? [parts[0], '*', ...parts.slice(2)].join('/') : file;
    if (!kinds.has(kind)) kinds.set(kind, file.replace(/index\.html$/, ''));
  }
  return [...kinds.values()];
}

let server: StaticServer | undefined;
let root = process.env.CSP_URL ?? '';

test.beforeAll(async () => {
  if (root) return;
  // Every response gets the headers _headers gives its path.
  server = await serveStatic(DIST, BASE, { headers: (path) => headersFor(rules, path) });
  root = server.url;
});
test.afterAll(async () => server?.close());

interface Findings { violations: string[]; console: string[]; errors: string[]; foreign: string[] }

/** Starts collecting everything the policy blocked, or that left the site, on this page and its workers. */
async function watch(page: Page): Promise<Findings> {
  const found: Findings = { violations: [], console: [], errors: [], foreign: [] };
  const origin = new URL(root).origin;
  await page.exposeBinding('__cspViolation', (_source, v: string) => void found.violations.push(v));
  // Injected by the test runner, so not itself subject to the page's policy.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __cspViolation(v: string): void }).__cspViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const csp = (text: string) => /Content.Security.Policy|Refused to (?:load|execute|apply|connect|create|evaluate|compile)/i.test(text);
  page.on('console', (m) => {
    if (csp(m.text()) || (m.type() === 'error' && /Permissions.Policy/i.test(m.text()))) found.console.push(m.text());
  });
  page.on('worker', (w) => w.on('console', (m) => void (csp(m.text()) && found.console.push(`worker: ${m.text()}`))));
  page.on('pageerror', (e) => void found.errors.push(e.message));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:', 'about:'].includes(url.protocol) && url.origin !== origin) found.foreign.push(r.url());
  });
  return found;
}

/** What a reader does that runs script: opens (and closes) every disclosure, opens the first note. */
async function use(page: Page): Promise<void> {
  // By keyboard, one at a time: an open panel may cover the next one's summary. Every
  // disclosure on the page whatever it says, so by element (<summary> has no role).
  for (const summary of await page.locator('details > summary:visible').all()) {
    await summary.press('Enter');
    await summary.press('Enter');
  }
  // Whatever opens a note (a term, a restoration's mark): what they share is popovertarget.
  const popover = page.locator('button[popovertarget]:visible').first();
  if (await popover.count()) await popover.click();
}

async function expectClean(page: Page, found: Findings) {
  await page.waitForLoadState('networkidle');
  expect(found).toEqual({ violations: [], console: [], errors: [], foreign: [] });
}

test.describe('the Content-Security-Policy', () => {
  test('is sent, strict, with every page', async ({ page }) => {
    const response = await page.goto(root);
    const policy = cspDirectives(response?.headers()['content-security-policy'] ?? '');
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
    expect(response?.headers()['x-content-type-options']).toBe('nosniff');
  });

  for (const path of pageKinds()) {
    test(`holds on /${path}`, async ({ page }) => {
      const found = await watch(page);
      const response = await page.goto(`${root}${path}`);
      expect(response?.headers()['content-security-policy'], 'the policy is sent').toBeTruthy();
      await use(page);
      await expectClean(page, found);
    });
  }

  test('holds on the 404 page', async ({ page }) => {
    const found = await watch(page);
    const response = await page.goto(`${root}no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(response?.headers()['content-security-policy']).toBeTruthy();
    await expectClean(page, found);
  });

  test('holds while a search runs (Pagefind’s WebAssembly, in a worker)', async ({ page }) => {
    const found = await watch(page);
    await page.goto(`${root}search/?q=${encodeURIComponent('三会一课')}`);
    // The search's state is an attribute the page's script keeps for tests: no role.
    await expect(page.locator('.search-page')).toHaveAttribute('data-search-state', /done|error/);
    await expect(page.locator('.search-page')).toHaveAttribute('data-search-state', 'done');
    const results = page.getByRole('region', { name: '搜索结果' }).getByRole('listitem');
    expect(await results.count()).toBeGreaterThan(0);
    // A Traditional query loads the conversion table, a second script file.
    const box = page.getByRole('main').getByRole('searchbox');
    await box.fill('三會一課');
    await box.press('Enter');
    await expect(results.first()).toBeVisible();
    await expectClean(page, found);
  });

  test('holds while notes are exported (the Word library) and backed up, and while 清除本机记录 asks first', async ({ page }) => {
    const found = await watch(page);
    await page.goto(`${root}notes/`);
    await page.evaluate(() => {
      const note = { id: 'csp-1', article: 'yangjiang', para: 's1-p1', text: '一段文字。', marked: true, note: '笔记', created: '2026-12-01T04:00:00.000Z' };
      localStorage.setItem('dj:notes', JSON.stringify({ v: 1, notes: [note] }));
    });
    await page.reload();
    for (const name of ['导出为 Word', '导出为 Markdown', '备份']) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
      expect(download.suggestedFilename()).toMatch(/\.(docx|md|json)$/);
    }
    await page.locator('.reader-settings > summary').click();
    await page.getByRole('button', { name: '清除本机记录' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectClean(page, found);
  });
});
