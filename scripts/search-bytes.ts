/**
 * npx node scripts/search-bytes.ts [query] [--url http://127.0.0.1:4321/]
 *
 * How many bytes (gzip) the first search costs a reader, measured in Chromium against the
 * built site (npm run build first): everything fetched from submitting the query on a freshly
 * opened search page until its results are shown (scripts/search-measure.ts says how it is
 * counted). The search page itself (HTML, CSS, its script) is printed separately. Without
 * --url it serves dist/ (under SITE_BASE) for the run. `npm run bench` reports the same.
 */
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { resolveChromium } from '../tools/browser.ts';
import { serveStatic } from '../tools/static-server.ts';
import { measureSearch } from '../tools/bench/search-measure.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { url: { type: 'string' } } });
const query = positionals[0] ?? '三会一课';

const server = values.url ? { url: values.url, close: async () => {} } : await serveStatic('dist', process.env.SITE_BASE ?? '/');
const { executablePath, use } = resolveChromium();
const browser = await chromium.launch({ executablePath, ...use.launchOptions });
try {
  const m = await measureSearch(browser, server.url, query);
  for (const f of m.files) console.log(`${(f.bytes / 1024).toFixed(1).padStart(7)} KiB\t${f.phase}\t${f.path}`);
  console.log(`search page: ${(m.pageBytes / 1024).toFixed(1)} KiB gzip`);
  console.log(`first query “${query}” and its ${m.results} results: ${(m.queryBytes / 1024).toFixed(1)} KiB gzip, ${m.ms} ms`);
} finally {
  await browser.close();
  await server.close();
}
