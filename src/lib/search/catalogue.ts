/**
 * What the search knows of the indexed pages besides Pagefind's index, written next to it
 * at build time from Pagefind's own fragments and metadata (src/integrations/pagefind.ts).
 * Split so that a query downloads nothing per article up front, and its bytes stay about
 * the same however many articles the site has:
 *
 * - `pagefind/search-meta.json` (SEARCH_META), fetched with the first query: the index's
 *   chunk ranges, so the query can be sent as words from few chunks (index-chunks.ts); and
 *   the type and name of each page that is *not* an article (glossary entries, themes,
 *   cases, whose number does not grow with the articles). That is all the ordering needs
 *   (rank.ts: any page not listed is an article).
 * - `pagefind/catalogue/<version>-<n>.json` (shardPath), the page list: each page's
 *   address, title, type and details, in shards of about SHARD_PAGES pages, a page's shard
 *   chosen from its id (shardOf). Only 相关结果 uses it, to show pages without loading
 *   their fragments (which for an article is several KiB), and fetches only the shards of
 *   the (at most ten) pages it lists. Results shown above it take the same details from
 *   the fragment they load anyway (entryOf). `version` is a hash of the shards' content, so
 *   their names change when they do and they can be cached like Pagefind's own files.
 *
 * Why small shards: the pages 相关结果 lists are spread over the shards at random, so it
 * fetches up to ten shards; at 25 pages (about 1 KiB gzip) each that is at most about
 * 10 KiB whatever the size of the site, where shards of 100–200 pages would cost more
 * than a whole list of a thousand pages.
 */
import type { ChunkRange } from './index-build.ts';
import { ARTICLE, TYPE_ORDER, bare } from './rank.ts';

/** Written into the Pagefind bundle directory (dist/pagefind/). */
export const SEARCH_META = 'search-meta.json';
/** The directory of the page list's shards, in the Pagefind bundle directory. */
export const CATALOGUE_DIR = 'catalogue';
/** Pages per shard, about. */
export const SHARD_PAGES = 25;

export interface CatalogueEntry {
  /** Site-relative, without the base path: /articles/yangjiang/ */
  url: string;
  title: string;
  /** 文章, 专题, 案例 or 术语 (the `type` filter). */
  type: string;
  /** Places and genres, for the line under a result's title. */
  details: string[];
}

/** One shard of the page list: Pagefind id → page. */
export type CatalogueShard = Record<string, CatalogueEntry>;

export interface SearchMeta {
  /** The index's chunk ranges (index-chunks.ts); [] when they could not be read. */
  chunks: ChunkRange[];
  /** Each page that is not an article: Pagefind id → [type, name as rank.ts's `bare` gives it]. */
  others: Record<string, [type: string, name: string]>;
  /** The page list's shards: `count` of them, named with `version` (shardPath). */
  shards: { count: number; version: string };
}

/** What a Pagefind fragment file holds, as far as the catalogue needs it. */
export interface FragmentData {
  url: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

/** A page as results show it, from its fragment (at build time, or as the search loads it). */
export function entryOf(f: FragmentData): CatalogueEntry {
  return {
    url: f.url,
    title: f.meta.title ?? f.url,
    type: f.filters.type?.[0] ?? '',
    details: [...new Set([...(f.filters.place ?? []), ...(f.filters.genre ?? [])])],
  };
}

/** A 53-bit string hash (cyrb53), as hex: stable across runs and platforms. */
function hash(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The number of shards for a number of pages. */
export const shardCount = (pages: number): number => Math.max(1, Math.ceil(pages / SHARD_PAGES));
/** The shard a page is in, from its Pagefind id. */
export const shardOf = (id: string, count: number): number => hash(id) % count;
/** A shard's file, relative to the Pagefind bundle directory. */
export const shardPath = (shards: SearchMeta['shards'], n: number): string => `${CATALOGUE_DIR}/${shards.version}-${n}.json`;

/**
 * Pages whose type is not one the search orders (rank.ts's TYPE_ORDER), as lines for the
 * build's error message: such a page would be taken for an article (search-meta.json
 * lists the others by type) and ranked wrongly.
 */
export function untypedPages(fragments: Map<string, FragmentData>): string[] {
  return [...fragments.values()]
    .filter((f) => !(TYPE_ORDER as readonly string[]).includes(entryOf(f).type))
    .map((f) => `${f.url}：类型为“${f.filters.type?.join('、') ?? ''}”，应为 ${TYPE_ORDER.join('、')} 之一（data-pagefind-filter="type:…"）`)
    .sort();
}

export interface Catalogue {
  meta: SearchMeta;
  /** The shards' contents, shard n at index n. */
  shards: CatalogueShard[];
}

/** `fragments` maps the fragment's file name without extension (Pagefind's result id) to its data. */
export function buildCatalogue(fragments: Map<string, FragmentData>, chunks: ChunkRange[]): Catalogue {
  const count = shardCount(fragments.size);
  const shards: CatalogueShard[] = Array.from({ length: count }, () => ({}));
  const others: SearchMeta['others'] = {};
  for (const [id, f] of [...fragments].sort(([a], [b]) => a.localeCompare(b))) {
    const entry = entryOf(f);
    shards[shardOf(id, count)]![id] = entry;
    if (entry.type !== ARTICLE) others[id] = [entry.type, bare(entry.title)];
  }
  const version = hash(JSON.stringify(shards)).toString(16).padStart(14, '0').slice(0, 10);
  return { meta: { chunks, others, shards: { count, version } }, shards };
}

const SIGNATURE = 'pagefind_dcd';

/** A fragment file as Pagefind writes it: gzip of a signature and JSON. */
export function decodeFragment(gunzipped: Uint8Array): FragmentData {
  const text = new TextDecoder().decode(gunzipped);
  if (!text.startsWith(SIGNATURE)) throw new Error('not a Pagefind fragment (signature missing)');
  return JSON.parse(text.slice(SIGNATURE.length)) as FragmentData;
}
