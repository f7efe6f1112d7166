/**
 * Reading in Gecko and WebKit (issue 16), beside the Chromium of tests/e2e: every kind of
 * page at 320, 390 and 1280 px loads without a script error, does not scroll sideways (also
 * with a long address and a long number in its text), sets running text at 16 px or more
 * and tap targets at 44 × 44 px or more, none drawn over another; no line of an article starts with closing
 * punctuation; search finds 三会一课; the reader controls change and remember text size and
 * theme (and work by CSS :has() alone); and after a first visit the site reads offline.
 *
 * One static server (tools/static-server.ts, behind tests/engines/error-probe.ts)
 * serves dist/ to all three engines; each page is visited once per width. The offline test has a server of its own, which it stops.
 * Browsers: tools/engines.ts. Screenshots at 390 and 1280 px go to
 * tests/screenshots/engines/ (not in git) for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { StaticServer } from '../../tools/static-server.ts';
import { resolveEngines, type Session } from '../../tools/engines.ts';
import { serveWithProbe } from './error-probe.ts';
import { CLOSING, KINDS, SECONDARY, TARGETS, WIDTHS, badLineStarts, layout, loadErrors, longStrings, waitFor } from './page-checks.ts';

const DIST = process.env.E2E_DIST ?? 'dist';
const BASE = process.env.SITE_BASE ?? '/';
const SHOTS = 'tests/screenshots/engines';

const LIGHT = 'rgb(253, 252, 249)';
const DARK = 'rgb(22, 21, 20)';

const engines = await resolveEngines();
let server: StaticServer;
const url = (path: string) => new URL(path, server.url).href;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serveWithProbe(DIST, BASE);
});
afterAll(() => server?.close());

/** The search page has answered (its state is done), within 20 s. */
const searchDone = (s: Session) => s.run(waitFor, { selector: '.search-page[data-search-state="done"]', ms: 20_000 });

for (const choice of engines) {
  describe(choice.engine, () => {
    let s: Session;
    beforeAll(async () => {
      s = await choice.start();
      console.log(`${choice.engine}: ${s.label}`);
    }, 60_000);
    afterAll(() => s?.close());

    for (const width of WIDTHS) {
      for (const [kind, path] of Object.entries(KINDS)) {
        test(`${kind} at ${width}px: loads without error, fits, reads at 16 px+, taps at 44 px+`, async () => {
          await s.open(url(path), width);
          expect(await s.run((win) => win.innerWidth), 'the screen is as wide as asked').toBe(width);
          if (kind === 'search') {
            await searchDone(s);
            const hits = await s.run((win) => [...win.document.querySelectorAll('#search-hits .search-hit mark')].map((m) => m.textContent));
            expect(hits.length, 'search for 三会一课 finds pages').toBeGreaterThan(0);
            expect(hits[0]).toBe('三会一课');
          }
          expect(await s.run(loadErrors)).toEqual([]);
          const { overflow, smallText, smallTargets, covered } = await s.run(layout, { targets: TARGETS, secondary: SECONDARY });
          expect(overflow, 'page scrolls sideways').toBeLessThanOrEqual(0);
          expect(smallText).toEqual([]);
          expect(smallTargets).toEqual([]);
          expect(covered, 'controls drawn over each other').toEqual([]);
          if (width !== 320) await s.screenshot(`${SHOTS}/${choice.engine}-${kind}-${width}.png`);
          expect(await s.run(longStrings), 'a long string scrolls the page sideways').toBeLessThanOrEqual(0);
          if (kind === 'article' && width < 1280) expect(await s.run(badLineStarts, CLOSING)).toEqual([]);
          expect(s.errors()).toEqual([]);
        });
      }
    }

    test('the checks catch what they look for (a wide box, small text, a small button, a covered link, a line starting with ，, a failing script and stylesheet)', async () => {
      await s.open(url('articles/lishui/'), 390);
      await s.run((win) => {
        const doc = win.document;
        const body = doc.querySelector('.article-body')!;
        body.insertAdjacentHTML('afterbegin', '<p id="fault-p" style="font-size: 12px">一二三<br>，四五六</p><div style="width: 600px; height: 1px"></div><button type="button" style="width: 30px; height: 30px">x</button>');
        // Something drawn over the first navigation link.
        const nav = doc.querySelector('.site-nav a')!.getBoundingClientRect();
        doc.body.insertAdjacentHTML('beforeend', `<div id="fault-cover" style="position: absolute; left: ${nav.left}px; top: ${nav.top + win.scrollY}px; width: ${nav.width}px; height: ${nav.height}px; background: red"></div>`);
        return true;
      });
      const { overflow, smallText, smallTargets, covered } = await s.run(layout, { targets: TARGETS, secondary: SECONDARY });
      expect(overflow).toBeGreaterThan(100);
      expect(smallText.join()).toContain('12px');
      expect(smallTargets.join()).toContain('30×30');
      expect(covered.join()).toContain('fault-cover');
      expect(await s.run(badLineStarts, CLOSING)).toEqual(['fault-p: “一二三⏎，”']);
      // A module script that throws, and a stylesheet that is not there.
      await s.run(async (win) => {
        const doc = win.document;
        const script = doc.createElement('script');
        script.type = 'module';
        script.src = URL.createObjectURL(new Blob(['throw new Error("fault-module")'], { type: 'text/javascript' }));
        const link = Object.assign(doc.createElement('link'), { rel: 'stylesheet', href: 'fault-missing.css' });
        const loaded = (el: HTMLElement) =>
          new Promise((resolve) => {
            el.addEventListener('error', resolve);
            el.addEventListener('load', resolve);
          });
        const done = Promise.all([loaded(script), loaded(link)]);
        doc.head.append(script, link);
        await Promise.race([done, new Promise((r) => setTimeout(r, 3000))]);
        return true;
      });
      const errors = (await s.run(loadErrors)).join('\n');
      expect(errors).toContain('fault-module');
      expect(errors).toContain('fault-missing.css');
    });

    test('no line of the other articles starts with closing punctuation, at 390px', async () => {
      for (const slug of ['yangjiang', 'lishui', 'zhanjiang', 'nongcun-jiceng-dangjian']) {
        await s.open(url(`articles/${slug}/`), 390);
        expect(await s.run(badLineStarts, CLOSING), slug).toEqual([]);
      }
    });

    test('reader controls: text size and theme change the page, by CSS alone, and are remembered', async () => {
      await s.open(url('articles/yangjiang/'), 390);
      const state = () =>
        s.run((win) => ({
          size: parseFloat(win.getComputedStyle(win.document.documentElement).fontSize),
          bg: win.getComputedStyle(win.document.documentElement).backgroundColor,
        }));
      expect((await state()).size).toBe(18);
      // A reader's taps: open 阅读设置, choose 特大 and 深色.
      const choose = (label: string) =>
        s.run((win, label) => {
          win.document.querySelector<HTMLElement>('.reader-settings summary')!.click();
          const el = [...win.document.querySelectorAll<HTMLElement>('.reader-choices label')].find((l) => l.textContent?.trim() === label);
          if (!el) throw new Error(`no choice ${label}`);
          el.click();
          return true;
        }, label);
      await choose('特大');
      await choose('深色');
      expect(await state()).toEqual({ size: 22, bg: DARK });
      // The same with the script's attributes gone: the checked radio buttons alone (:has()).
      await s.run((win) => {
        delete win.document.documentElement.dataset.size;
        delete win.document.documentElement.dataset.theme;
        return true;
      });
      expect(await state()).toEqual({ size: 22, bg: DARK });
      await choose('浅色');
      expect((await state()).bg).toBe(LIGHT);
      await choose('深色');

      // Another page: remembered on the device, applied at once.
      await s.open(url('glossary/'), 390);
      expect(await state()).toEqual({ size: 22, bg: DARK });
      await s.screenshot(`${SHOTS}/${choice.engine}-reader-settings-390-dark.png`);
      // 清除本机记录 forgets it (the page reloads itself).
      await s.run(async (win) => {
        win.document.querySelector<HTMLElement>('.reader-settings summary')!.click();
        win.document.querySelector<HTMLButtonElement>('.reader-clear')!.click();
        return true;
      });
      await new Promise((r) => setTimeout(r, 1000));
      await s.open(url('glossary/'), 390);
      expect((await state()).size).toBe(18);
      expect(await s.run((win) => Object.keys(win.localStorage).filter((k) => k.startsWith('dj:')))).toEqual([]);
    });

    test('offline: after a first visit the reader keeps reading, and searching, with no server', async () => {
      const own = await serveWithProbe(DIST, BASE);
      const at = (path: string) => new URL(path, own.url).href;
      const h1 = () => s.run((win) => win.document.querySelector('h1')?.textContent?.trim());
      try {
        await s.open(at(''), 390);
        await s.run(async (win) => {
          await win.navigator.serviceWorker.ready;
          if (!win.navigator.serviceWorker.controller) {
            await new Promise((resolve) => win.navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
          }
          return true;
        });
        await s.open(at('articles/yangjiang/'), 390);
        const title = await h1();
        expect(title).toBeTruthy();
      } finally {
        await own.close();
      }
      // No server now: the article read, the home page kept, search over the kept pages.
      await s.open(at('articles/yangjiang/'), 390);
      const title = await h1();
      expect(await s.run((win) => win.document.querySelectorAll('.article-body p').length)).toBeGreaterThan(10);
      await s.open(at(''), 390);
      expect(await h1()).toBe('基层党建案例库');
      await s.open(at('search/?q=三会一课'), 390);
      await searchDone(s);
      expect(await s.run((win) => [...win.document.querySelectorAll('#search-hits .search-hit h3 a')].map((a) => a.textContent?.trim()))).toContain(title);
      // A page never opened: the offline page.
      await s.open(at('articles/lishui/'), 390);
      expect(await h1()).toBe('现在没有网络');
      await s.screenshot(`${SHOTS}/${choice.engine}-offline-390.png`);
    });
  });
}
