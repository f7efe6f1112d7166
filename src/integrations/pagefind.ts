/**
 * Builds the Pagefind search index in every `astro build`, with Pagefind's own Node API, so
 * the index can never be stale or forgotten.
 *
 * Pagefind runs as its own process. It is handed each page as Astro renders it (through
 * src/middleware.ts and ./index-feed.ts), so it indexes on the other core while the rest is
 * rendered, and it writes its files while the link check reads the site: at 5,000 articles
 * indexing after the build, page by page, had been a quarter of the build's time. When the
 * pages are written, the build checks that the pages indexed are exactly the built pages
 * marked data-pagefind-body, so no page is indexed stale or left out.
 *
 * Not the `astro-pagefind` package: its build hook only logs indexing errors (the build
 * would pass with a broken or empty index), it pulls in Pagefind's component UI, which we
 * do not use (src/scripts/search-page.ts is much lighter), and it indexes the pages as
 * they are, where we hand Pagefind a lighter copy (src/lib/search/index-build.ts).
 *
 * Chinese: the npm `pagefind` package runs the *extended* binary, the one that segments
 * Chinese at index time (and indexes every pair of adjacent characters, which the search
 * relies on: src/lib/search/query.ts). The index must be a Chinese one, which Pagefind
 * takes from `<html lang="zh-CN">` (Base.astro); forcing the language keeps it one index
 * even if a page ever declares another.
 *
 * Beside the index it writes the search's own files (src/lib/search/catalogue.ts):
 * `search-meta.json`, fetched with the first query, and the page list's shards under
 * `catalogue/`, fetched only for 相关结果. The build fails if a page's type is not one the
 * search orders by (rank.ts's TYPE_ORDER).
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { INDEXED_COLLECTIONS, builtFileOf, chunkRanges, htmlForIndex, indexMismatch, indexable, indexedFirst } from '../lib/search/index-build.ts';
import { CATALOGUE_DIR, SEARCH_META, buildCatalogue, decodeFragment, shardPath, untypedPages, type FragmentData } from '../lib/search/catalogue.ts';
import { normaliseBase } from '../lib/links/urls.ts';
import { readBuiltSite } from './dist.ts';
import { closeFeed, openFeed } from './index-feed.ts';
import { CONTENT_ROOT, contentFileNames } from '../knowledge/files.ts';

export const SEARCH_LANGUAGE = 'zh-cn';

/**
 * What the search uses beside the index (catalogue.ts): search-meta.json and the page
 * list's shards under catalogue/, from the fragments and metadata just written. Returns
 * the pages whose type the search cannot order, for the build to refuse.
 */
async function writeCatalogue(bundle: string): Promise<{ pages: number; chunks: number; shards: number; untyped: string[] }> {
  const dir = join(bundle, 'fragment');
  const fragments = new Map<string, FragmentData>();
  for (const name of await readdir(dir)) {
    if (name.endsWith('.pf_fragment')) fragments.set(name.replace(/\.pf_fragment$/, ''), decodeFragment(gunzipSync(await readFile(join(dir, name)))));
  }
  const untyped = untypedPages(fragments);
  const meta = (await readdir(bundle)).find((n) => n.endsWith('.pf_meta'));
  const chunks = meta ? chunkRanges(gunzipSync(await readFile(join(bundle, meta)))) : [];
  const catalogue = buildCatalogue(fragments, chunks);
  await mkdir(join(bundle, CATALOGUE_DIR), { recursive: true });
  await Promise.all(catalogue.shards.map((shard, n) => writeFile(join(bundle, shardPath(catalogue.meta.shards, n)), JSON.stringify(shard))));
  await writeFile(join(bundle, SEARCH_META), JSON.stringify(catalogue.meta));
  return { pages: fragments.size, chunks: chunks.length, shards: catalogue.shards.length, untyped };
}

/** What the build waits for before it reads the finished index (link check, offline). */
let written: Promise<void> = Promise.resolve();

/** Resolves when the search index and the search's own files are in the output folder. */
export const searchIndexWritten = (): Promise<void> => written;

function fail(what: string, errors: string[]): never {
  throw new Error(`Pagefind：${what}\n${errors.map((e) => `  ${e}`).join('\n')}`);
}

/**
 * How many pages the build hands over: one per article, theme, case and glossary term, the
 * pages marked data-pagefind-body. Once that many have come, Pagefind starts writing while
 * Astro renders the rest (data files, QR codes, lists); a page marked for the index that comes
 * later stops the build (the check after the build also compares with what was written).
 */
function expectedPages(): number {
  return INDEXED_COLLECTIONS.reduce((n, [collection, ext]) => n + contentFileNames(join(CONTENT_ROOT, collection), ext).length, 0);
}

/** One index for one build, fed page by page (the adds are sent at once and answered in order), written once all have come. */
function indexFeed(base: string, expected: number, write: (index: pagefind.PagefindIndex, pages: number) => Promise<void>) {
  let index: Promise<pagefind.PagefindIndex> | undefined;
  let writing: Promise<string[]> | undefined;
  const added: Promise<string | undefined>[] = [];
  const pages: string[] = [];
  const late: string[] = [];
  const open = () =>
    (index ??= pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE }).then(({ index, errors }) => index ?? fail('无法创建索引', errors)));
  /** Writes the index once every page handed over is in; the pages indexed. */
  const finish = (): Promise<string[]> =>
    (writing ??= (async () => {
      const errors = (await Promise.all(added)).filter((e) => e !== undefined);
      if (errors.length > 0) fail('索引页面出错', errors);
      if (pages.length === 0) fail('没有可索引的页面（缺少 data-pagefind-body）', []);
      await write(await open(), pages.length);
      return pages;
    })());
  return {
    page(pathname: string, html: string) {
      // Pages without data-pagefind-body (lists, home, search, 404) are left out.
      if (!indexable(html)) return;
      const page = builtFileOf(pathname, base);
      if (writing) {
        late.push(page);
        return;
      }
      const content = htmlForIndex(html);
      pages.push(page);
      added.push(open().then((i) => i.addHTMLFile({ sourcePath: page, content })).then((r) => (r.errors.length > 0 ? `${page}：${r.errors.join('；')}` : undefined), (e: unknown) => `${page}：${String(e)}`));
      if (pages.length === expected) void finish().catch(() => {});
    },
    finish,
    /** Pages marked for the index that came after it was being written. */
    late: () => late,
  };
}

/** Pagefind's files, then the search's own, with the checks that stop a build. */
async function writeIndex(index: pagefind.PagefindIndex, site: string, indexed: number, logger: AstroIntegrationLogger): Promise<void> {
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length > 0) fail('写出索引出错', written.errors);
  const listed = await writeCatalogue(written.outputPath);
  if (listed.pages !== indexed) fail(`索引了 ${indexed} 个页面，却写出 ${listed.pages} 个片段（有页面重复或丢失）`, []);
  // The search orders results by type without loading the pages (rank.ts), taking
  // any page not listed as a term, theme or case for an article.
  if (listed.untyped.length > 0) fail('有页面的类型不是搜索能排序的类型', listed.untyped);
  // Search still works without the ranges, fetching more of the index per query.
  if (listed.chunks === 0) logger.warn('could not read the index chunk ranges from pagefind.*.pf_meta (Pagefind upgraded?)');
  logger.info(`indexed ${indexed} pages (${listed.chunks} index chunks, page list in ${listed.shards} shards) into ${relative(process.cwd(), written.outputPath)}`);
}

export default function pagefindIndex(): AstroIntegration {
  let base = '/';
  let outDir = new URL('file:///');
  let feed: ReturnType<typeof indexFeed> | undefined;
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
        outDir = config.outDir;
      },
      'astro:build:start': ({ logger, setPrerenderer }) => {
        const site = fileURLToPath(outDir);
        feed = indexFeed(base, expectedPages(), (index, pages) => writeIndex(index, site, pages, logger));
        openFeed(feed);
        // The pages for the index are rendered first, so that Pagefind writes its files (at
        // 5,000 articles most of its time) while Astro renders the rest.
        setPrerenderer((prerenderer) => ({
          ...prerenderer,
          getStaticPaths: async () => indexedFirst(await prerenderer.getStaticPaths()),
        }));
      },
      'astro:build:done': async ({ dir }) => {
        closeFeed();
        const site = fileURLToPath(dir);
        const done = (async () => {
          try {
            if (!feed) return fail('构建没有开始索引', []);
            const writing = feed.finish();
            writing.catch(() => {});
            // What was indexed is what was written: every built page marked for the index, once.
            const built = readBuiltSite(site);
            const expected = built.pages.filter((p) => indexable(built.text(p)));
            if (feed.late().length > 0) fail('有页面在索引开始写出之后才交来（pagefind.ts 的 expectedPages 没算上这类页面）', feed.late());
            const mismatch = indexMismatch(await writing, expected);
            if (mismatch.length > 0) fail('索引的页面与写出的页面不符', mismatch);
          } finally {
            // The Node API keeps the Pagefind binary running as a service; stop it, or the
            // build process would not exit.
            await pagefind.close();
          }
        })();
        // Pagefind writes in its own process while the next steps read the site; they wait
        // for it where they need the index (link-check.ts, offline.ts).
        written = done;
        done.catch(() => {});
      },
    },
  };
}
