/**
 * Accessibility with axe-core (support/axe.ts: WCAG 2.2 A and AA and best practices), no
 * violation accepted, on one page of every kind the built site lists in its sitemap: the
 * first of each kind, so that a kind of page added later is checked the day it is built.
 * Also on the pages the sitemap leaves out (the 404 page, the offline page), on every
 * article (their texts differ the most: restorations, tables, long headings), and on the
 * pages checked by name before the sitemap chose. Pages in a state a reader puts them in
 * (settings open, search results, a resumed article) are checked where that state is tested.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { pagesByKind, sitemapPages } from './support/sitemap.ts';
import { UNLISTED } from '../../src/lib/links/urls.ts';

const DIST = process.env.E2E_DIST ?? 'dist';
const kinds = pagesByKind(sitemapPages(DIST));
const firsts = new Set([...kinds.values()].map((pages) => pages[0]!));
const also = [...(kinds.get('articles/[slug]/') ?? []), 'themes/zuzhi-tixi/handout/', 'cases/linshu/'].filter((p) => !firsts.has(p));

test('the sitemap lists every kind of page the site had when this test was written', () => {
  const known = ['', 'articles/', 'articles/[slug]/', 'themes/', 'themes/[slug]/', 'themes/[slug]/handout/', 'cases/', 'cases/[slug]/', 'compare/', 'glossary/', 'glossary/[slug]/', 'search/'];
  expect([...kinds.keys()]).toEqual(expect.arrayContaining(known));
});

test.describe('axe finds no violation', () => {
  for (const [kind, [first]] of kinds) {
    test(`on the first page of kind /${kind}: /${first}`, async ({ page }) => {
      expect((await page.goto(first!))?.status()).toBe(200);
      await expectNoAxeViolations(page);
    });
  }

  for (const path of also) {
    test(`on /${path}`, async ({ page }) => {
      expect((await page.goto(path))?.status()).toBe(200);
      await expectNoAxeViolations(page);
    });
  }

  for (const path of UNLISTED) {
    test(`on /${path}, which the sitemap leaves out`, async ({ page }) => {
      expect((await page.goto(path))?.status()).toBe(200);
      await expectNoAxeViolations(page);
    });
  }

  test('on the 404 page', async ({ page }) => {
    expect((await page.goto('no-such-page/'))?.status()).toBe(404);
    await expectNoAxeViolations(page);
  });
});
