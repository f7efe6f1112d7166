/**
 * Byte budgets of the built site (issue 6), for readers on phones on weak networks. Sizes,
 * not timings: what each page loads on its first visit, read from dist/ by
 * tools/budget/first-load.ts (HTML, stylesheets and what they load, scripts and the
 * modules they import statically, icon, images), gzip -9 as a compressing server sends it.
 *
 * - No web fonts: no @font-face, no font file, no font preload.
 * - No request to another host from any page: nothing in the HTML, the CSS or the scripts
 *   loads from an absolute address (tests/e2e/reading.spec.ts checks the same in a browser).
 * - Every page but the search page (where search is open by definition): at most 3 KiB of
 *   JavaScript and 10 KiB of CSS; what loads only when search is used (the highlighter,
 *   the search page's code) is not part of a page's first load.
 * - Articles, the longest included: at most 30 KiB in all.
 * - Images, if any: with width and height (no layout shift) and loading="lazy".
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cssReferences, firstLoad, pageKind } from '../../tools/budget/first-load.ts';
import { DIST, htmlFiles, readPage } from './dist.ts';

const KIB = 1024;
export const BUDGET = { js: 3 * KIB, css: 10 * KIB, articleTotal: 30 * KIB };

const base = new URL(/<link rel="canonical" href="([^"]+)"/.exec(readPage('index.html'))![1]!).pathname;
const read = (path: string) => {
  const file = join(DIST, path);
  return existsSync(file) ? readFileSync(file) : undefined;
};
const pages = htmlFiles().filter((p) => p !== 'search/index.html');
const loads = new Map(htmlFiles().map((p) => [p, firstLoad(p, read, base)]));
const load = (page: string) => loads.get(page)!;
const articles = pages.filter((p) => pageKind(p) === 'article');
const longest = [...articles].sort((a, b) => load(b).html.raw - load(a).html.raw)[0]!;

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && ext.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

describe('first-load budgets', () => {
  it('reads every page kind the budgets speak of', () => {
    const kinds = new Set(pages.map(pageKind));
    for (const kind of ['home', 'article', 'theme', 'case', 'glossary'] as const) expect(kinds).toContain(kind);
    expect(articles.length).toBeGreaterThanOrEqual(5);
  });

  it.each(htmlFiles())('%s loads only files that are in the build', (page) => {
    expect(load(page).missing).toEqual([]);
  });

  it.each(pages)(`%s: at most ${BUDGET.js / KIB} KiB of JavaScript and ${BUDGET.css / KIB} KiB of CSS (gzip) before search is used`, (page) => {
    const l = load(page);
    const list = (kind: string) => l.resources.filter((r) => r.kind === kind).map((r) => `${r.path} ${r.gzip}`).join('\n');
    expect(l.js.gzip, list('js')).toBeLessThanOrEqual(BUDGET.js);
    expect(l.css.gzip, list('css')).toBeLessThanOrEqual(BUDGET.css);
  });

  it.each(articles)(`%s: at most ${BUDGET.articleTotal / KIB} KiB in all on the first load (gzip)`, (page) => {
    const l = load(page);
    expect(l.total.gzip, l.resources.map((r) => `${r.path} ${r.gzip}`).join('\n')).toBeLessThanOrEqual(BUDGET.articleTotal);
  });

  it(`the longest article is among them (${longest})`, () => {
    expect(load(longest).html.raw).toBe(Math.max(...articles.map((p) => load(p).html.raw)));
    expect(load(longest).total.gzip).toBeLessThanOrEqual(BUDGET.articleTotal);
  });
});

describe('no web fonts', () => {
  it('no stylesheet declares a font face', () => {
    for (const file of files(DIST, /\.css$/)) expect(readFileSync(file, 'utf8'), file).not.toMatch(/@font-face/i);
  });

  it('no font file is built', () => {
    expect(files(DIST, /\.(woff2?|ttf|otf|eot)$/i)).toEqual([]);
  });

  it.each(pages)('%s preloads no font', (page) => {
    expect(load(page).resources.filter((r) => r.kind === 'font')).toEqual([]);
  });
});

describe('no request to another host', () => {
  it.each(htmlFiles())('%s loads nothing from another host', (page) => {
    expect(load(page).external).toEqual([]);
  });

  it('no stylesheet loads from another host', () => {
    for (const file of files(DIST, /\.css$/)) {
      const refs = cssReferences(readFileSync(file, 'utf8')).map(([url]) => url).filter((url) => /^(https?:)?\/\//.test(url));
      expect(refs, file).toEqual([]);
    }
  });

  it('no script names another host', () => {
    // Addresses that are text, never fetched: the site's own (share and citation text),
    // namespace names (http://www.w3.org/2000/svg; in the Word library, the .docx format's:
    // schemas.openxmlformats.org, schemas.microsoft.com, Dublin Core), and the links in a
    // Workbox error message and in one of the Word library's.
    const own = new URL(/<link rel="canonical" href="([^"]+)"/.exec(readPage('index.html'))![1]!).origin;
    const namespace = /^https?:\/\/(www\.w3\.org|schemas\.openxmlformats\.org|schemas\.microsoft\.com|purl\.org\/dc|purl\.oclc\.org\/ooxml)\//;
    const messages = ['https://bit.ly/wb-precache', 'https://answers.microsoft.com/en-us/msoffice/forum/all/does-word-support-more-than-9-list-levels/d130fdcd-1781-446d-8c84-c6c79124e4d7'];
    const allowed = (u: string) => u.startsWith(own) || namespace.test(u) || messages.includes(u);
    for (const file of [...files(join(DIST, '_astro'), /\.js$/), join(DIST, 'sw.js')]) {
      const hosts = [...readFileSync(file, 'utf8').matchAll(/\bhttps?:\/\/[^\s"'`)<>]+/g)].map((m) => m[0]).filter((u) => !allowed(u));
      expect(hosts, file).toEqual([]);
    }
  });
});

describe('images', () => {
  it.each(htmlFiles())('%s: every image has its size and loads lazily', (page) => {
    const images = [...readPage(page).matchAll(/<img\b[^>]*>/g)].map((m) => m[0]);
    const bad = images.filter((img) => !/\swidth="\d+"/.test(img) || !/\sheight="\d+"/.test(img) || !/\sloading="lazy"/.test(img));
    expect(bad).toEqual([]);
  });
});
