/**
 * npx node scripts/search-bytes.ts [query] [--url http://127.0.0.1:4321/]
 *
 * How many bytes (gzip) the first search costs a reader, measured in Chromium against the
 * built site (npm run build first): everything fetched from submitting the query on a freshly
 * opened search page until its results are shown. Pagefind's index files and WebAssembly
 * are stored gzipped and count as stored; scripts and JSON count as gzip -9 of their body,
 * as a server compressing them would send. The search page itself (HTML, CSS, its script)
 * is printed separately. Without --url it serves dist/ with `astro preview` for the run.
 */
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Response } from '@playwright/test';
import { resolveChromium } from '../tests/e2e/support/browser.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { url: { type: 'string' } } });
const query = positionals[0] ?? '三会一课';

async function serve(): Promise<{ url: string; stop: () => void }> {
  const port = 4300 + Math.floor(Math.random() * 600);
  const base = `/${(process.env.SITE_BASE ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const url = `http://127.0.0.1:${port}${base}`;
  // Its own process group, so stopping it stops npx's child (astro) too.
  const server = spawn('npx', ['astro', 'preview', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'], { stdio: 'ignore', detached: true });
  const stop = () => process.kill(-server.pid!, 'SIGTERM');
  for (let i = 0; i < 100; i++) {
    if (await fetch(url).then((r) => r.ok, () => false)) return { url, stop };
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`astro preview did not start on ${url} (is there a dist/?)`);
}

async function gzipBytes(response: Response): Promise<number> {
  const body = await response.body();
  return /\.pf_[a-z]+$|\/wasm\.[\w-]+\.pagefind$/.test(new URL(response.url()).pathname) ? body.length : gzipSync(body, { level: 9 }).length;
}

const server = values.url ? { url: values.url, stop: () => {} } : await serve();
const { executablePath, use } = resolveChromium();
const browser = await chromium.launch({ executablePath, ...use.launchOptions });
try {
  const page = await browser.newPage();
  const fetched: Promise<[string, number]>[] = [];
  let phase: 'page' | 'query' = 'page';
  page.on('response', (response) => {
    if (response.status() >= 300) return;
    const label = `${phase}\t${new URL(response.url()).pathname}`;
    fetched.push(gzipBytes(response).then((n) => [label, n] as [string, number], () => [label, 0] as [string, number]));
  });
  await page.goto(new URL('search/', server.url).href, { waitUntil: 'networkidle' });
  phase = 'query';
  await page.locator('#search-q').fill(query);
  await page.locator('#search-q').press('Enter');
  await page.waitForSelector('.search-page[data-search-state="done"]', { timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  const rows = await Promise.all(fetched);
  const total = (p: string) => rows.filter(([l]) => l.startsWith(p)).reduce((sum, [, n]) => sum + n, 0);
  for (const [label, n] of rows) console.log(`${(n / 1024).toFixed(1).padStart(7)} KiB\t${label}`);
  const results = await page.locator('#search-hits .search-hit').count();
  console.log(`search page: ${(total('page') / 1024).toFixed(1)} KiB gzip`);
  console.log(`first query “${query}” and its ${results} results: ${(total('query') / 1024).toFixed(1)} KiB gzip`);
} finally {
  await browser.close();
  server.stop();
}
