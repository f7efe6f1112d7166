/**
 * npm run bench [-- --sizes 100,1000,5000] [--query 三会一课] [--no-lighthouse] [--no-scale] [--no-site] [--baseline <rev> [--together]] [--results <file>]
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
 * 6. With --baseline <rev> (a commit, e.g. 6dc3099): the same corpora also built by the site of
 *    that commit, interleaved with the current one (old 1000, new 1000, old 5000, new 5000) so
 *    the machine's load falls on both alike; prints old and new build times, the speed-up, each
 *    side's growth exponent and compare/'s gzip size (tools/bench/compare.ts). With --together
 *    the old and the new build of each size run at the same time instead, so they share the
 *    machine's load at every moment (and the run takes about as long as the old builds alone):
 *    for a machine whose load swings while others use it. The two builds compete for the same
 *    cores, so each is slower than alone; the new one finishing first leaves the old one a
 *    little more of the machine, which makes the speed-up, if anything, understated.
 *
 * --no-site skips 1–4 (the real site), for a scale run alone; the results file is written after
 * every scale build, marked partial until the run ends. BENCH_LOG_DIR=<dir> keeps each scale
 * build's Astro log there (<side>-<articles>.log). --results <file> writes the results there
 * instead of bench/results/<date>.json (two runs on one day).
 *
 * Never part of `npm test`: the scale runs take minutes (5,000 articles: tens of minutes
 * on two cores). Needs the dev dependencies lighthouse and chrome-launcher, and a Chromium
 * (CHROME_PATH, else the one the tests use).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { firstLoad, gzipSize, pageKind, type FirstLoad, type PageKind } from '../tools/budget/first-load.ts';
import { corpusModel, seeded, syntheticArticle } from '../tools/bench/corpus.ts';
import { CATALOGUE_DIR, SEARCH_META } from '../src/lib/search/catalogue.ts';
import { growth, kib, table } from '../tools/bench/table.ts';
import { comparison, formatComparison, interleave, type Side, type SideRun } from '../tools/bench/compare.ts';
import { build, copyProject, extractRevision } from '../tools/bench/project.ts';
import { buildSteps, formatSteps, type BuildSteps } from '../tools/bench/build-log.ts';
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
    baseline: { type: 'string' },
    'no-site': { type: 'boolean', default: false },
    together: { type: 'boolean', default: false },
    results: { type: 'string' },
  },
});
const baseline = values.baseline;
const sizes = values['no-scale'] ? [] : values.sizes.split(',').map((s) => Number(s.trim())).filter((n) => n > 0);
const query = values.query;
const base = normaliseBase(process.env.SITE_BASE ?? '/');
const log = (s: string) => process.stderr.write(`${s}\n`);

// ---- building ---------------------------------------------------------------------------

/** A directory of this run's own (two benches at once must not share one). */
const work = mkdtempSync(join(tmpdir(), 'dj-bench-'));
const projects: Record<Side, string> = { new: join(work, 'project'), old: join(work, 'baseline') };

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
  side: Side;
  articles: number;
  pages: number;
  buildMs: number;
  /** CPU time of the build and its children. */
  cpuMs: number;
  /** Where the build's time went, from Astro's log. */
  steps: BuildSteps;
  /** The home page and the glossary index (they list every article / every term's uses), gzip. */
  homeGzip: number;
  largestPage: { page: string; gzip: number };
  /** compare/, the 专题 × 案例 matrix, gzip. */
  compareGzip: number | undefined;
  /** What the service worker precaches. */
  precache: { files: number; raw: number; gzip: number };
  index: IndexSize;
  /** With each file fetched, so that what grows can be seen. */
  search: SearchMeasure;
}

/** Sizes of the built pages, gzip: home, compare/, and the largest. */
function pageSizes(out: string) {
  const pages = readBuiltSite(out).pages.map((page) => ({ page, gzip: gzipSize(readFileSync(join(out, page))) }));
  return {
    largestPage: pages.reduce((a, b) => (b.gzip > a.gzip ? b : a)),
    homeGzip: pages.find((p) => p.page === 'index.html')?.gzip ?? NaN,
    compareGzip: pages.find((p) => p.page === 'compare/index.html')?.gzip,
  };
}

/**
 * A synthetic corpus of n articles (the same for both sides: the same real articles and seed)
 * built cold by one side's project. The baseline's build is timed and its pages weighed; the
 * current one's search and index are measured too.
 */
type OldRun = SideRun & { steps: BuildSteps };

async function scaleRun(side: Side, n: number): Promise<ScaleRun | OldRun> {
  const project = projects[side];
  // Named per side: the content cache is keyed by this path (astro.config.mjs), in the shared node_modules.
  const content = join(work, `content-${side}-${n}`);
  const out = join(work, `dist-${side}-${n}`);
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
  log(`scale (${side}): ${n} articles, building… (load average ${loadavg()[0]!.toFixed(1)})`);
  const built = await build(project, out, { CONTENT_DIR: content });
  log(`scale (${side}): ${n} articles built in ${(built.ms / 1000).toFixed(1)} s (CPU ${(built.cpuMs / 1000).toFixed(1)} s)`);
  const sizes = pageSizes(out);
  // BENCH_LOG_DIR=<dir> keeps each build's whole log, for a closer look at a step.
  if (process.env.BENCH_LOG_DIR) {
    mkdirSync(process.env.BENCH_LOG_DIR, { recursive: true });
    writeFileSync(join(process.env.BENCH_LOG_DIR, `${side}-${n}.log`), built.output);
  }
  const steps = buildSteps(built.output);
  log(`  ${formatSteps(steps)}`);
  let run: ScaleRun | OldRun;
  if (side === 'old') {
    run = { side, articles: n, pages: built.pages, buildMs: built.ms, cpuMs: built.cpuMs, steps, compareGzip: sizes.compareGzip };
  } else {
    log(`scale (${side}): searching…`);
    const measured = await search(out);
    run = { side, articles: n, pages: built.pages, buildMs: built.ms, cpuMs: built.cpuMs, steps, ...sizes, precache: precache(out), index: indexSize(out), search: measured };
  }
  rmSync(content, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
  return run;
}

// ---- run --------------------------------------------------------------------------------

const started = new Date();
/** The machine's load (1-minute average), sampled every 30 s: the figures mean little without it. */
const load = [loadavg()[0]!];
setInterval(() => load.push(loadavg()[0]!), 30_000).unref();
copyProject('.', projects.new);
const baselineCommit = baseline ? extractRevision('.', baseline, projects.old) : undefined;

interface SiteResults {
  build: { ms: number; cpuMs: number; pages: number };
  loads: Map<PageKind, FirstLoad>;
  offline: { files: number; raw: number; gzip: number };
  scores: Scores[];
  search: Omit<SearchMeasure, 'files'>;
  searchFiles: SearchMeasure['files'];
}

/** The real site: its build, first loads, Lighthouse and a search. */
async function siteResults(): Promise<SiteResults> {
  log('building the site…');
  const built = await build(projects.new, 'dist');
  const loads = firstLoads('dist');
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
  const { files: searchFiles, ...searched } = await search('dist');
  return { build: { ms: built.ms, cpuMs: built.cpuMs, pages: built.pages }, loads, offline: precache('dist'), scores, search: searched, searchFiles };
}

const real = values['no-site'] ? undefined : await siteResults();

const runs: (ScaleRun | OldRun)[] = [];
const day = started.toISOString().slice(0, 10);
const file = values.results ?? join('bench', 'results', `${day}.json`);
mkdirSync(dirname(file), { recursive: true });

const exponent = (scale: ScaleRun[], value: (r: ScaleRun) => number) => {
  const b = growth(scale.map((r) => ({ n: r.articles, value: value(r) })));
  return b === undefined ? undefined : Number(b.toFixed(2));
};

/** The results so far: written after every scale build, so a run cut short keeps what it measured. */
function results(done: boolean) {
  const scale = runs.filter((r): r is ScaleRun => r.side === 'new');
  return {
    date: started.toISOString(),
    ...(done ? {} : { partial: 'the run was still going when this was written' }),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', node: process.version, loadAverage: { min: Math.min(...load), mean: Number((load.reduce((a, b) => a + b, 0) / load.length).toFixed(2)), max: Math.max(...load), samples: load.map((l) => Number(l.toFixed(2))) } },
    query,
    ...(real
      ? {
          site: real.build,
          firstLoad: [...real.loads.entries()].map(([kind, l]) => ({ kind, page: l.page, html: l.html, css: l.css, js: l.js, other: l.other, total: l.total })),
          offlinePrecache: real.offline,
          lighthouse: real.scores,
          search: { ...real.search, files: real.searchFiles },
        }
      : {}),
    scale,
    baseline: baseline ? { rev: baseline, commit: baselineCommit, runs: runs.filter((r) => r.side === 'old'), comparison: comparison(runs) } : undefined,
    growth: scale.length >= 2 ? { buildTime: exponent(scale, (r) => r.buildMs), cpuTime: exponent(scale, (r) => r.cpuMs), indexBytes: exponent(scale, (r) => r.index.indexBytes + r.index.fragmentBytes), queryBytes: exponent(scale, (r) => r.search.queryBytes) } : undefined,
  };
}
const write = (done: boolean) => writeFileSync(file, `${JSON.stringify(results(done), null, 2)}\n`);

const record = (run: ScaleRun | OldRun) => {
  runs.push(run);
  write(false);
  if (baseline) log(formatComparison(comparison(runs), baseline));
};
try {
  if (baseline && values.together) {
    for (const n of [...sizes].sort((a, b) => a - b)) {
      load.push(loadavg()[0]!);
      await Promise.all((['old', 'new'] as const).map((side) => scaleRun(side, n).then(record)));
    }
  } else {
    for (const job of interleave(sizes, baseline ? ['old', 'new'] : ['new'])) {
      load.push(loadavg()[0]!);
      record(await scaleRun(job.side, job.articles));
    }
  }
} finally {
  // Corpora of thousands of articles and their builds: not left in /tmp by a failed run.
  rmSync(work, { recursive: true, force: true });
}
load.push(loadavg()[0]!);
const final = results(true);
write(true);

const sizesOf = (s: { raw: number; gzip: number }) => `${kib(s.raw)} / ${kib(s.gzip)}`;
console.log(`\n基层党建案例库 bench, ${started.toISOString()} (${final.machine.cpus} × ${final.machine.cpu}, Node ${process.version})\n`);
if (real) {
  console.log(`Build: ${real.build.pages} pages in ${(real.build.ms / 1000).toFixed(1)} s (CPU ${(real.build.cpuMs / 1000).toFixed(1)} s)\n`);
  console.log('First load, largest page of each kind (KiB, raw / gzip)');
  console.log(table(['kind', 'page', 'HTML', 'CSS', 'JS', 'other', 'total'], [...real.loads.entries()].map(([kind, l]) => [kind, l.page, sizesOf(l.html), sizesOf(l.css), sizesOf(l.js), sizesOf(l.other), sizesOf(l.total)])));
  console.log(`\nOffline: the service worker precaches ${real.offline.files} files, ${kib(real.offline.raw)} KiB raw / ${kib(real.offline.gzip)} KiB gzip, in the background after the first page.\n`);
  if (real.scores.length > 0) {
    console.log('Lighthouse, mobile');
    console.log(table(['kind', 'page', 'perf', 'a11y', 'best', 'SEO', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS'], real.scores.map((s) => [s.kind, s.page, s.performance, s.accessibility, s.bestPractices, s.seo, s.fcpMs, s.lcpMs, s.tbtMs, s.cls])));
    const lost = real.scores.flatMap((s) => s.failing.map((f) => `${s.kind}: ${f}`));
    if (lost.length > 0) console.log(`points lost: ${lost.join(', ')}`);
    console.log('');
  }
  console.log(`Search “${query}”: search page ${kib(real.search.pageBytes)} KiB; first query and its ${real.search.results} results ${kib(real.search.queryBytes)} KiB (gzip); ${real.search.ms} ms to results\n`);
}
if (final.scale.length > 0) {
  console.log('Scale (synthetic corpora)');
  console.log(
    table(
      ['articles', 'pages', 'build s', 'CPU s', 'ms/page', 'index KiB', 'fragments KiB', 'search-meta KiB gz', 'page list KiB gz (shards)', 'query KiB', 'results', 'ms', 'home KiB gz', 'largest page', 'precache KiB gz'],
      final.scale.map((r) => [
        r.articles, r.pages, (r.buildMs / 1000).toFixed(1), (r.cpuMs / 1000).toFixed(1), (r.buildMs / r.pages).toFixed(1), kib(r.index.indexBytes), kib(r.index.fragmentBytes), kib(r.index.searchMetaGzip),
        `${kib(r.index.shardsGzip)} (${r.index.shards})`,
        kib(r.search.queryBytes), r.search.results, r.search.ms, kib(r.homeGzip), `${r.largestPage.page} ${kib(r.largestPage.gzip)}`, kib(r.precache.gzip),
      ]),
    ),
  );
  if (final.growth) console.log(`growth exponent (1 = linear, 0 = flat): build time ${final.growth.buildTime}, CPU time ${final.growth.cpuTime}, index ${final.growth.indexBytes}, bytes per query ${final.growth.queryBytes}`);
}
if (final.baseline) {
  console.log(`\n${formatComparison(final.baseline.comparison, final.baseline.rev)}`);
  console.log('\nWhere the time went (s, from Astro\'s log; pages: the sum of page render times)');
  for (const r of runs) console.log(`  ${r.side} ${r.articles}: ${formatSteps(r.steps)}`);
}
console.log(`\nload average (1 min) during the run: ${Math.min(...load).toFixed(1)}–${Math.max(...load).toFixed(1)}, mean ${final.machine.loadAverage.mean}, on ${cpus().length} cores`);
console.log(`\nwritten: ${file}`);
