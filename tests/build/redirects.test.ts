/**
 * Changing a slug means adding a redirect. tests/fixtures/content-renamed is a content tree
 * whose article was renamed (sample → sample-renamed), with its URL lock as it stood before
 * the rename and the redirects the rename needs (content/redirects.yaml's format). Built
 * with them, every locked address still works, in a browser too; built without them, the
 * lock names each lost address.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lostUrls, parseLock, lockedSite } from '../../src/lib/links/url-lock.ts';
import { readBuiltSite } from '../../src/integrations/dist.ts';
import { resolveChromium } from '../../tools/browser.ts';
import { buildSite, type Build } from '../support/build.ts';
import { serveStatic, type StaticServer } from '../../tools/static-server.ts';

const FIXTURE = 'tests/fixtures/content-renamed';
const lock = parseLock(readFileSync(join(FIXTURE, 'url-lock.txt'), 'utf8'));
const built = (b: Build) => {
  if (b.status !== 0) throw new Error(`构建失败：\n${b.output}`);
  return b.dir;
};

let withRedirects: string;
let withoutRedirects: string;
let copy: string;

beforeAll(() => {
  withRedirects = built(buildSite({ CONTENT_DIR: `./${FIXTURE}` }, 'dj-renamed-'));
  // A fixed place, as the build keeps a content cache per content tree (astro.config.mjs).
  copy = join(tmpdir(), 'dj-renamed-without-redirects');
  rmSync(copy, { recursive: true, force: true });
  cpSync(FIXTURE, copy, { recursive: true, filter: (src) => !src.endsWith('redirects.yaml') });
  withoutRedirects = built(buildSite({ CONTENT_DIR: copy }, 'dj-renamed-bare-'));
}, 240_000);

afterAll(() => {
  for (const dir of [withRedirects, withoutRedirects, copy]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a renamed slug', () => {
  it('the lock from before the rename holds the old addresses', () => {
    expect(lock).toEqual(expect.arrayContaining(['/articles/sample/', '/articles/sample/#s1-p1', '/themes/zhengzhi-jianshe/#q-sample-s1-p1']));
  });

  it('with its redirects, every locked address still resolves', () => {
    expect(lostUrls(lock, lockedSite(readBuiltSite(withRedirects), '/'))).toEqual([]);
  });

  it('its redirect page passes the HTML checker', () => {
    const check = spawnSync(process.execPath, ['scripts/validate-html.ts', '--dir', withRedirects], { encoding: 'utf8' });
    expect(check.status, check.stdout + check.stderr).toBe(0);
  });

  it('without them, the lock names every lost address and why', () => {
    const lost = lostUrls(lock, lockedSite(readBuiltSite(withoutRedirects), '/'));
    expect(lost.map((l) => l.url)).toEqual([
      '/articles/sample/', '/articles/sample/#s0-p1', '/articles/sample/#s1', '/articles/sample/#s1-1', '/articles/sample/#s1-1-p1', '/articles/sample/#s1-p1',
      '/cases/yangjiang/#figure-sample-s1-p1', '/cases/yangjiang/#practice-sample-s1-p1', '/themes/zhengzhi-jianshe/#q-sample-s1-p1',
    ]);
    expect(lost[0]!.why).toBe('页面 /articles/sample/ 已不存在，也没有重定向（content/redirects.yaml）');
    expect(lost.at(-1)!.why).toBe('页面 /themes/zhengzhi-jianshe/ 上已没有锚点 #q-sample-s1-p1');
  });

  describe('in a browser, on a plain static host', () => {
    let browser: Browser;
    let site: StaticServer;
    beforeAll(async () => {
      site = await serveStatic(withRedirects);
      browser = await chromium.launch(resolveChromium().use.launchOptions);
    });
    afterAll(async () => {
      await browser?.close();
      await site?.close();
    });

    it('an old link to a paragraph lands on that paragraph of the renamed page', async () => {
      const page = await browser.newPage();
      await page.goto(`${site.url}articles/sample/#s1-p1`);
      await page.waitForURL(/\/articles\/sample-renamed\/#s1-p1$/);
      await page.waitForLoadState();
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('s1-p1');
    });

    it('an old anchor on a page that stayed lands on the spot it now names', async () => {
      const page = await browser.newPage();
      await page.goto(`${site.url}cases/yangjiang/#figure-sample-s1-p1`);
      expect(await page.evaluate(() => document.querySelector(':target')?.closest('[id^="figure-sample-renamed"]')?.id)).toBe('figure-sample-renamed-s1-p1');
    });
  });
});
