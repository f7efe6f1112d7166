/**
 * Builds the Pagefind search index as the last step of `astro build`, with Pagefind's own
 * Node API, so the index can never be stale or forgotten.
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
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { htmlForIndex, chunkRanges } from '../lib/search/index-build.ts';
import { CATALOGUE_DIR, SEARCH_META, buildCatalogue, decodeFragment, shardPath, untypedPages, type FragmentData } from '../lib/search/catalogue.ts';
import { readBuiltSite } from './dist.ts';

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

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const fail = (what: string, errors: string[]): never => {
          throw new Error(`Pagefind：${what}\n${errors.map((e) => `  ${e}`).join('\n')}`);
        };
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
          if (!index) return fail('无法创建索引', errors);
          let indexed = 0;
          const built = readBuiltSite(site);
          for (const page of built.pages) {
            const content = htmlForIndex(built.text(page));
            // Pages without data-pagefind-body (lists, home, search, 404) are read and left out.
            if (!content.includes('data-pagefind-body')) continue;
            const added = await index.addHTMLFile({ sourcePath: page, content });
            if (added.errors.length > 0) fail(`索引 ${page} 出错`, added.errors);
            indexed += 1;
          }
          if (indexed === 0) fail('没有可索引的页面（缺少 data-pagefind-body）', []);
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
        } finally {
          // The Node API keeps the Pagefind binary running as a service; stop it, or the
          // build process would not exit.
          await pagefind.close();
        }
      },
    },
  };
}
