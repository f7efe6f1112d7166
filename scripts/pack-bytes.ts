/**
 * npx node scripts/pack-bytes.ts [--url http://127.0.0.1:4321/]   (npm run bench:pack)
 *
 * How many bytes (gzip -9, as a compressing server sends them) a 课程包 costs a reader,
 * measured in Chromium against the built site (npm run build first): every file the pack
 * page fetches until its items and QR code are shown, for a ten-item lesson (ten passages
 * from three articles, a theme and a case, as in issue 12) and for ten items spread over
 * as many article sections as possible (the most data files ten items can need). Printed:
 * the page itself (HTML, CSS, the JavaScript every page starts with), the pack page's code,
 * and the pack's data files (src/lib/pack/data.ts). Without --url it serves dist/ (under
 * SITE_BASE) for the run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { resolveChromium } from '../tools/browser.ts';
import { serveStatic } from '../tools/static-server.ts';
import type { ArticleSection as SectionData, ThemeData } from '../src/lib/pack/data.ts';

const { values } = parseArgs({ options: { url: { type: 'string' } } });
const DIST = 'dist';
const BASE = process.env.SITE_BASE ?? '/';

/** The lesson of the issue: three articles, a theme (an excerpt, a question, a whole page) and a case. */
const LESSON = [
  'articles/yangjiang~s1-p2', 'articles/yangjiang~s2-p1', 'articles/yangjiang~s1',
  'articles/linshu~s1-p1', 'articles/linshu~s2-p2', 'articles/lishui~s0-p1',
  `themes/zuzhi-tixi~${(JSON.parse(readFileSync(join(DIST, 'pack/data/themes/zuzhi-tixi.json'), 'utf8')) as ThemeData).excerpts[0]!.id}`, 'themes/zuzhi-tixi~question-1',
  'cases/linshu', 'themes/jiceng-zhili',
];
/** Ten paragraphs, each from a different section, over five articles: the most files ten items fetch. */
const firstParagraph = (article: string, section: string) =>
  (JSON.parse(readFileSync(join(DIST, `pack/data/articles/${article}/${section}.json`), 'utf8')) as SectionData).blocks.find((b) => b.kind === 'paragraph')!.id;
const SPREAD = ['yangjiang', 'linshu', 'zhanjiang', 'lishui', 'nongcun-jiceng-dangjian'].flatMap((a) => ['s1', 's2'].map((s) => `articles/${a}~${firstParagraph(a, s)}`));

const gzip = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

const server = values.url ? { url: values.url, close: async () => {} } : await serveStatic(DIST, BASE);
const { executablePath, use } = resolveChromium();
const browser = await chromium.launch({ executablePath, ...use.launchOptions });
try {
  for (const [name, items] of [['lesson (issue 12)', LESSON], ['spread (10 sections)', SPREAD]] as const) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.origin === new URL(server.url).origin) fetched.push(url.pathname);
    });
    await page.goto(new URL(`pack/?${items.map((i) => `i=${i}`).join('&')}`, server.url).href);
    await page.locator('.pack-page[data-state="ready"]').waitFor();
    await page.locator('.pack-qr svg').waitFor();
    const shown = await page.locator('.pack-items > .pack-item').count();
    const missing = await page.locator('.pack-missing').count();
    await context.close();

    const base = new URL(server.url).pathname;
    const groups = { page: 0, code: 0, data: 0 };
    const rows: string[] = [];
    for (const path of [...new Set(fetched)]) {
      const rel = path.slice(base.length);
      const file = join(DIST, rel.endsWith('/') || rel === '' ? `${rel}index.html` : rel);
      if (!existsSync(file)) continue;
      const size = gzip(file);
      const group = rel.startsWith('pack/data/') ? 'data' : /_astro\/(pack-|block-actions)/.test(rel) ? 'code' : 'page';
      groups[group] += size;
      rows.push(`${kib(size).padStart(10)}  ${group.padEnd(4)}  ${rel || 'index.html'}`);
    }
    console.log(`\n${name}: ${items.length} items asked, ${shown} shown, ${missing} missing`);
    console.log(rows.join('\n'));
    console.log(`page itself (HTML, CSS, first-load JS): ${kib(groups.page)} gzip`);
    console.log(`pack page code (loaded on open, QR library included): ${kib(groups.code)} gzip`);
    console.log(`data files: ${kib(groups.data)} gzip (${rows.filter((r) => r.includes(' data ')).length} files)`);
    console.log(`beyond the page itself: ${kib(groups.code + groups.data)} gzip`);
  }
} finally {
  await browser.close();
  await server.close();
}
