/**
 * The first search a reader makes, measured in Chromium against a served build: every
 * file fetched from submitting the query on a freshly opened search page until its results
 * are shown, and how long that took. Pagefind's index files and WebAssembly are stored
 * gzipped and count as stored; scripts and JSON count as gzip -9 of their body, as a
 * server compressing them would send. The search page itself (HTML, CSS, its script) is
 * counted apart. Service workers are blocked, so what is counted is what the network
 * carries on a first visit. Used by search-bytes.ts and bench.ts.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Response } from '@playwright/test';

export interface SearchMeasure {
  query: string;
  /** Results shown (above 相关结果). */
  results: number;
  /** Bytes (gzip) of the search page's own first load. */
  pageBytes: number;
  /** Bytes (gzip) fetched for the query and its results. */
  queryBytes: number;
  /** From pressing Enter to the results on screen, on this machine's loopback (no throttling). */
  ms: number;
  /** Each file: phase, path, bytes. */
  files: { phase: 'page' | 'query'; path: string; bytes: number }[];
}

async function gzipBytes(response: Response): Promise<number> {
  const body = await response.body();
  return /\.pf_[a-z]+$|\/wasm\.[\w-]+\.pagefind$/.test(new URL(response.url()).pathname) ? body.length : gzipSync(body, { level: 9 }).length;
}

/** `site`: the site's address with its base path and a trailing slash. */
export async function measureSearch(browser: Browser, site: string, query: string): Promise<SearchMeasure> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const fetched: Promise<{ phase: 'page' | 'query'; path: string; bytes: number }>[] = [];
    let phase: 'page' | 'query' = 'page';
    page.on('response', (response) => {
      if (response.status() >= 300) return;
      const entry = { phase, path: new URL(response.url()).pathname };
      fetched.push(gzipBytes(response).then((bytes) => ({ ...entry, bytes }), () => ({ ...entry, bytes: 0 })));
    });
    await page.goto(new URL('search/', site).href, { waitUntil: 'networkidle' });
    phase = 'query';
    await page.locator('#search-q').fill(query);
    const start = Date.now();
    await page.locator('#search-q').press('Enter');
    await page.waitForSelector('.search-page[data-search-state="done"]', { timeout: 60_000 });
    const ms = Date.now() - start;
    await page.waitForLoadState('networkidle');
    const files = await Promise.all(fetched);
    const total = (p: string) => files.filter((f) => f.phase === p).reduce((sum, f) => sum + f.bytes, 0);
    const results = await page.locator('#search-hits .search-hit').count();
    return { query, results, pageBytes: total('page'), queryBytes: total('query'), ms, files };
  } finally {
    await context.close();
  }
}
