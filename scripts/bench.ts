/**
 * npm run bench [-- --sizes 100,1000,5000] [--query 三会一课] [--no-lighthouse] [--no-scale]
 *
 * The site's speed, in bytes and scores rather than impressions (issue 6). Prints tables and
 * writes bench/results/<date>.json:
 *
 * 1. Build: time of a full `astro build --force` of the real site, and its page count.
 * 2. First load per page kind (the largest page of each kind): HTML, CSS, JS, other, total,
 *    raw and gzip (tools/budget/first-load.ts, as the budget tests count), and what the
 *    service worker downloads in the background for offline reading.
 * 3. Lighthouse (mobile, its default simulated slow 4G and CPU slowdown; the site served
 *    gzip-compressed, as deployed) on one page of each
 *    kind, in the system Chromium: performance, accessibility, best practices, SEO. The
 *    target is 100 in all four.
 * 4. Search: bytes fetched for a first query and its results, and the time to results
 *    (scripts/search-measure.ts; the time is on this machine's loopback, unthrottled).
 * 5. Scale: synthetic corpora of --sizes articles shaped like the real ones
 *    (tools/bench/corpus.ts), each built cold: build time, pages, index size, and the
 *    first query's bytes at each size, with how each grows (the exponent b of cost ≈ a·nᵇ:
 *    1 is linear, 0 flat).
 *
 * Never part of `npm test`: the scale runs take minutes (5,000 articles: tens of minutes
 * on two cores). Needs the dev dependencies lighthouse and chrome-launcher, and a Chromium
 * (CHROME_PATH, else the one the tests use).
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { firstLoad, gzipSize, pageKind, type FirstLoad, type PageKind } from '../tools/budget/first-load.ts';
import { corpusModel, seeded, syntheticArticle } from '../tools/bench/corpus.ts';
import { CATALOGUE_DIR, SEARCH_META } from '../src/lib/search/catalogue.ts';
import { growth, kib, table } from '../tools/bench/table.ts';
import { resolveChromium } from '../tools/browser.ts';
import { serveStatic } from '../tools/static-server.ts';
import { readBuiltSite } from '../src/integrations/dist.ts';
import { measureSearch, type SearchMeasure } from '../tools/bench/search-measure.ts';
import { normaliseBase } from '../src/lib/links/urls.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,5000' },
    query: { type: 'string', default: '三会一课' },
    'no-lighthouse': { type: 'boolean', default: false },
    'no-scale': { type: 'boolean', default: false },
  },
});
const sizes = values['no-scale'] ? [] : values.sizes.split(',').map((s) => Number(s.trim())).filter((n) => n > 0);
const query = values.query;
const base = normaliseBase(process.env.SITE_BASE ?? '/');
const log = (s: string) => process.stderr.write(`${s}\n`);

// ---- building ---------------------------------------------------------------------------

interface Build {
  ms: number;
  pages: number;
}

/**
 * The builds run in a copy of the project (its sources, content and configuration, with
 * node_modules linked), made at the start: a build uses files under <project>/.astro/ that
 * another build or `astro check` in the same tree at the same time would remove, and the
 * sources cannot change under a run.
 */
const work = join(tmpdir(), 'dj-bench');
const project = join(work, 'project');
function copyProject() {
  rmSync(project, { recursive: true, force: true });
  mkdirSync(project, { recursive: true });
  for (const file of ['astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(file, join(project, file));
  for (const dir of ['src', 'public', 'content']) cpSync(dir, join(project, dir), { recursive: true });
  symlinkSync(resolve('node_modules'), join(project, 'node_modules'), 'dir');
}

/** A cold `astro build` (the content cache cleared) of the copy into `outDir`, with `env` added. */
const build = (outDir: string, env: Record<string, string> = {}) => buildOnce(resolve(outDir), env);

function buildOnce(outDir: string, env: Record<string, string>): Promise<Build> {
  return new Promise((done, fail) => {
    const start = performance.now();
    const child = spawn(process.execPath, [resolve('node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--force', '--outDir', outDir], {
      cwd: project,
      env: { ...process.env, ...env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => {
      const ms = Math.round(performance.now() - start);
      const pages = Number(/(\d+) page\(s\) built/.exec(output)?.[1] ?? NaN);
      if (code !== 0) fail(new Error(`astro build failed (${code}):\n${output.slice(-3000)}`));
      else done({ ms, pages });
    });
  });
}

// ---- first load -------------------------------------------------------------------------

const KINDS: PageKind[] = ['home', 'article', 'theme', 'case', 'glossary', 'index', 'search'];

/** The largest page of each kind. */
function firstLoads(dir: string): Map<PageKind, FirstLoad> {
  const built = readBuiltSite(dir);
  const read = (path: string) => built.bytes(path);
  const out = new Map<PageKind, FirstLoad>();
  for (const page of built.pages) {
    const kind = pageKind(page);
    if (!KINDS.includes(kind)) continue;
    const load = firstLoad(page, read, base);
    if (!out.has(kind) || load.total.gzip > out.get(kind)!.total.gzip) out.set(kind, load);
  }
  return out;
}

/** What the service worker precaches: the files of its manifest. */
function precache(dir: string): { files: number; raw: number; gzip: number } {
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  const files = [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1]!);
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const bytes = readFileSync(join(dir, f));
    raw += bytes.length;
    // Pagefind's index files and WebAssembly are stored compressed.
    gzip += /\.pf_\w+$|\.pagefind$/.test(f) ? bytes.length : gzipSize(bytes);
  }
  return { files: files.length, raw, gzip };
}

// ---- Lighthouse -------------------------------------------------------------------------

interface Scores {
  kind: PageKind;
  page: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Audits that lost points, for the reader of the results. */
  failing: string[];
}

async function lighthouseScores(site: string, pages: [PageKind, string][]): Promise<Scores[]> {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? resolveChromium().executablePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu'],
  });
  const out: Scores[] = [];
  try {
    for (const [kind, page] of pages) {
      const url = new URL(page.replace(/index\.html$/, ''), site).href;
      log(`lighthouse ${url}`);
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
      if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
      const { categories, audits } = result.lhr;
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      const failing = Object.values(categories).flatMap((c) =>
        c.auditRefs.filter((r) => r.weight > 0 && (audits[r.id]?.score ?? 1) < 1).map((r) => `${c.id}:${r.id}`),
      );
      out.push({
        kind,
        page,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        fcpMs: Math.round(audits['first-contentful-paint']?.numericValue ?? NaN),
        lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? NaN),
        tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? NaN),
        cls: Number((audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
        failing,
      });
    }
  } finally {
    chrome.kill();
  }
  return out;
}

// ---- search -----------------------------------------------------------------------------

async function search(dir: string): Promise<SearchMeasure> {
  const server = await serveStatic(dir, base);
  const { executablePath, use } = resolveChromium();
  const browser = await chromium.launch({ executablePath, ...use.launchOptions });
  try {
    return await measureSearch(browser, server.url, query);
  } finally {
    await browser.close();
    await server.close();
  }
}

// ---- scale ------------------------------------------------------------------------------

interface IndexSize {
  chunks: number;
  indexBytes: number;
  fragmentBytes: number;
  filterBytes: number;
  /** pagefind/search-meta.json, fetched by every first query (src/lib/search/catalogue.ts). */
  searchMetaRaw: number;
  searchMetaGzip: number;
  /** The page list's shards (pagefind/catalogue/), fetched only for 相关结果: how many, and their total size. */
  shards: number;
  shardsRaw: number;
  /** The sum of each shard's gzip size, as each is sent on its own. */
  shardsGzip: number;
}

function indexSize(dir: string): IndexSize {
  const bundle = join(dir, 'pagefind');
  const sum = (sub: string) => readdirSync(join(bundle, sub)).reduce((s, f) => s + statSync(join(bundle, sub, f)).size, 0);
  const meta = readFileSync(join(bundle, SEARCH_META));
  const shards = readdirSync(join(bundle, CATALOGUE_DIR)).map((f) => readFileSync(join(bundle, CATALOGUE_DIR, f)));
  return {
    chunks: readdirSync(join(bundle, 'index')).length,
    indexBytes: sum('index'),
    fragmentBytes: sum('fragment'),
    filterBytes: sum('filter'),
    searchMetaRaw: meta.length,
    searchMetaGzip: gzipSize(meta),
    shards: shards.length,
    shardsRaw: shards.reduce((n, s) => n + s.length, 0),
    shardsGzip: shards.reduce((n, s) => n + gzipSize(s), 0),
  };
}

interface ScaleRun {
  articles: number;
  pages: number;
  buildMs: number;
  /** The home page and the glossary index (they list every article / every term's uses), gzip. */
  homeGzip: number;
  largestPage: { page: string; gzip: number };
  /** What the service worker precaches. */
  precache: { files: number; raw: number; gzip: number };
  index: IndexSize;
  /** With each file fetched, so that what grows can be seen. */
  search: SearchMeasure;
}

async function scaleRun(n: number, work: string): Promise<ScaleRun> {
  const content = join(work, `content-${n}`);
  const out = join(work, `dist-${n}`);
  rmSync(content, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
  cpSync(join(project, 'content'), content, { recursive: true });
  const real = readdirSync(join(content, 'articles')).filter((f) => f.endsWith('.mdx'));
  const model = corpusModel(real.map((f) => readFileSync(join(content, 'articles', f), 'utf8')));
  const random = seeded(20260601 + n);
  for (let i = 1; i <= n - real.length; i++) {
    const a = syntheticArticle(i, model, random);
    writeFileSync(join(content, 'articles', `${a.slug}.mdx`), a.mdx);
  }
  log(`scale: ${n} articles, building…`);
  const built = await build(out, { CONTENT_DIR: content });
  log(`scale: ${n} articles built in ${(built.ms / 1000).toFixed(1)} s; searching…`);
  const measured = await search(out);
  const pages = readBuiltSite(out).pages.map((page) => ({ page, gzip: gzipSize(readFileSync(join(out, page))) }));
  const largestPage = pages.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  const homeGzip = pages.find((p) => p.page === 'index.html')?.gzip ?? NaN;
  const run = { articles: n, pages: built.pages, buildMs: built.ms, homeGzip, largestPage, precache: precache(out), index: indexSize(out), search: measured };
  rmSync(content, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
  return run;
}

// ---- run --------------------------------------------------------------------------------

const started = new Date();
copyProject();
log('building the site…');
const site = await build('dist');
const loads = firstLoads('dist');
const offline = precache('dist');

let scores: Scores[] = [];
if (!values['no-lighthouse']) {
  // Compressed, as the site is deployed (deploy/nginx): Lighthouse measures what readers get.
  const server = await serveStatic('dist', base, { gzip: true });
  try {
    const kinds: PageKind[] = ['home', 'article', 'theme', 'case', 'glossary', 'search'];
    scores = await lighthouseScores(server.url, kinds.filter((k) => loads.has(k)).map((k) => [k, loads.get(k)!.page]));
  } finally {
    await server.close();
  }
}

log('search…');
const { files: searchFiles, ...searchResult } = await search('dist');

const scale: ScaleRun[] = [];
for (const n of sizes) scale.push(await scaleRun(n, work));
rmSync(project, { recursive: true, force: true });

const exponent = (value: (r: ScaleRun) => number) => {
  const b = growth(scale.map((r) => ({ n: r.articles, value: value(r) })));
  return b === undefined ? undefined : Number(b.toFixed(2));
};
const results = {
  date: started.toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', node: process.version },
  query,
  site: { buildMs: site.ms, pages: site.pages },
  firstLoad: [...loads.entries()].map(([kind, l]) => ({ kind, page: l.page, html: l.html, css: l.css, js: l.js, other: l.other, total: l.total })),
  offlinePrecache: offline,
  lighthouse: scores,
  search: { ...searchResult, files: searchFiles },
  scale,
  growth: scale.length >= 2 ? { buildTime: exponent((r) => r.buildMs), indexBytes: exponent((r) => r.index.indexBytes + r.index.fragmentBytes), queryBytes: exponent((r) => r.search.queryBytes) } : undefined,
};

const day = started.toISOString().slice(0, 10);
mkdirSync(join('bench', 'results'), { recursive: true });
const file = join('bench', 'results', `${day}.json`);
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);

const sizesOf = (s: { raw: number; gzip: number }) => `${kib(s.raw)} / ${kib(s.gzip)}`;
console.log(`\n基层党建案例库 bench, ${started.toISOString()} (${results.machine.cpus} × ${results.machine.cpu}, Node ${process.version})\n`);
console.log(`Build: ${site.pages} pages in ${(site.ms / 1000).toFixed(1)} s\n`);
console.log('First load, largest page of each kind (KiB, raw / gzip)');
console.log(table(['kind', 'page', 'HTML', 'CSS', 'JS', 'other', 'total'], results.firstLoad.map((l) => [l.kind, l.page, sizesOf(l.html), sizesOf(l.css), sizesOf(l.js), sizesOf(l.other), sizesOf(l.total)])));
console.log(`\nOffline: the service worker precaches ${offline.files} files, ${kib(offline.raw)} KiB raw / ${kib(offline.gzip)} KiB gzip, in the background after the first page.\n`);
if (scores.length > 0) {
  console.log('Lighthouse, mobile');
  console.log(table(['kind', 'page', 'perf', 'a11y', 'best', 'SEO', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS'], scores.map((s) => [s.kind, s.page, s.performance, s.accessibility, s.bestPractices, s.seo, s.fcpMs, s.lcpMs, s.tbtMs, s.cls])));
  const lost = scores.flatMap((s) => s.failing.map((f) => `${s.kind}: ${f}`));
  if (lost.length > 0) console.log(`points lost: ${lost.join(', ')}`);
  console.log('');
}
console.log(`Search “${query}”: search page ${kib(searchResult.pageBytes)} KiB; first query and its ${searchResult.results} results ${kib(searchResult.queryBytes)} KiB (gzip); ${searchResult.ms} ms to results\n`);
if (scale.length > 0) {
  console.log('Scale (synthetic corpora)');
  console.log(
    table(
      ['articles', 'pages', 'build s', 'ms/page', 'index KiB', 'fragments KiB', 'search-meta KiB gz', 'page list KiB gz (shards)', 'query KiB', 'results', 'ms', 'home KiB gz', 'largest page', 'precache KiB gz'],
      scale.map((r) => [
        r.articles, r.pages, (r.buildMs / 1000).toFixed(1), (r.buildMs / r.pages).toFixed(1), kib(r.index.indexBytes), kib(r.index.fragmentBytes), kib(r.index.searchMetaGzip),
        `${kib(r.index.shardsGzip)} (${r.index.shards})`,
        kib(r.search.queryBytes), r.search.results, r.search.ms, kib(r.homeGzip), `${r.largestPage.page} ${kib(r.largestPage.gzip)}`, kib(r.precache.gzip),
      ]),
    ),
  );
  if (results.growth) console.log(`growth exponent (1 = linear, 0 = flat): build time ${results.growth.buildTime}, index ${results.growth.indexBytes}, bytes per query ${results.growth.queryBytes}`);
}
console.log(`\nwritten: ${file}`);
