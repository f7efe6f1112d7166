/**
 * A small list of every indexed page (address, title, type, place, genre), keyed by the
 * id Pagefind gives its results. Written next to the index at build time from Pagefind's
 * own fragments (src/integrations/pagefind.ts), it lets the search order the candidates
 * (rank.ts) and list 相关结果 without downloading each page's fragment, which for an
 * article is several KiB: only the results actually shown load theirs. It also carries the
 * index's chunk ranges, so the query can be sent as words from few chunks.
 */
import type { ChunkRange } from './index-chunks.ts';
export interface CatalogueEntry {
  /** Site-relative, without the base path: /articles/yangjiang/ */
  url: string;
  title: string;
  /** 文章, 专题, 案例 or 术语 (the `type` filter). */
  type: string;
  /** Places and genres, for the line under a result's title. */
  details: string[];
}

export interface Catalogue {
  pages: Record<string, CatalogueEntry>;
  /** The index's chunk ranges (index-chunks.ts); [] when they could not be read. */
  chunks: ChunkRange[];
}

/** What a Pagefind fragment file holds, as far as the catalogue needs it. */
export interface FragmentData {
  url: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

/** `fragments` maps the fragment's file name without extension (Pagefind's result id) to its data. */
export function buildCatalogue(fragments: Map<string, FragmentData>, chunks: ChunkRange[]): Catalogue {
  const out: Catalogue['pages'] = {};
  for (const [id, f] of [...fragments].sort(([a], [b]) => a.localeCompare(b))) {
    out[id] = {
      url: f.url,
      title: f.meta.title ?? f.url,
      type: f.filters.type?.[0] ?? '',
      details: [...new Set([...(f.filters.place ?? []), ...(f.filters.genre ?? [])])],
    };
  }
  return { pages: out, chunks };
}

const SIGNATURE = 'pagefind_dcd';

/** A fragment file as Pagefind writes it: gzip of a signature and JSON. */
export function decodeFragment(gunzipped: Uint8Array): FragmentData {
  const text = new TextDecoder().decode(gunzipped);
  if (!text.startsWith(SIGNATURE)) throw new Error('not a Pagefind fragment (signature missing)');
  return JSON.parse(text.slice(SIGNATURE.length)) as FragmentData;
}
