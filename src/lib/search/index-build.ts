/**
 * The HTML Pagefind indexes: the built page with the `id`s of everything but headings
 * removed. Pagefind stores, in each page's fragment (what a result downloads), every
 * element with an id and the start of its text; articles give every paragraph an id
 * (s1-p2), which makes an article's fragment about 40% larger, and search never uses
 * them: results link to sections (heading ids) and the landing highlight finds the
 * passage itself. The built pages keep their ids; only the indexer's copy loses them.
 */
const ID_OUTSIDE_HEADINGS = /(<(?!h[1-6][\s>])[a-z][a-z0-9-]*\b[^>]*?)\s+id="[^"]*"/gi;

export function htmlForIndex(html: string): string {
  return html.replace(ID_OUTSIDE_HEADINGS, '$1');
}

/**
 * Which index chunk a query word is in, so the search can ask Pagefind for words that
 * share chunks. Pagefind splits its word index into chunks of about 30 KiB (gzip) by
 * alphabetical range, and fetches every chunk a query word falls in; the pairs covering a
 * Chinese term (query.ts) start with different characters and so often fall in two or
 * three chunks. Any one pair of each term is enough to find the pages (the text check
 * does the rest), so the search uses only pairs from as few chunks as it can.
 *
 * The ranges come from Pagefind's metadata file (`pagefind.<lang>.pf_meta`), read at
 * build time: a gzip of “pagefind_dcd” and CBOR [version, pages, chunks[from, to, hash],
 * …]. If a Pagefind release changes it, `chunkRanges` returns [] and every pair is used.
 */
export type ChunkRange = [from: string, to: string];

/** A minimal CBOR reader: the types Pagefind's metadata uses (integers, strings, arrays, maps). */
function readCbor(bytes: Uint8Array): unknown {
  let at = 0;
  const utf8 = new TextDecoder();
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = 2 ** (info - 24);
    if (size > 8) throw new Error('unsupported CBOR length');
    let n = 0;
    for (let i = 0; i < size; i++) n = n * 256 + bytes[at++]!;
    return n;
  };
  const item = (): unknown => {
    const head = bytes[at++]!;
    const major = head >> 5;
    const info = head & 31;
    if (info === 31) throw new Error('indefinite CBOR lengths are not supported');
    const n = length(info);
    switch (major) {
      case 0: return n;
      case 1: return -1 - n;
      case 2: return bytes.slice(at, (at += n));
      case 3: return utf8.decode(bytes.subarray(at, (at += n)));
      case 4: return Array.from({ length: n }, item);
      case 5: return Object.fromEntries(Array.from({ length: n }, () => [item(), item()]));
      case 6: return item();
      default: return n;
    }
  };
  return item();
}

/** Chunk ranges from the decompressed metadata file, or [] when it is not as expected. */
export function chunkRanges(meta: Uint8Array): ChunkRange[] {
  try {
    const signature = new TextDecoder().decode(meta.subarray(0, 12));
    if (signature !== 'pagefind_dcd') return [];
    const data = readCbor(meta.subarray(12));
    const chunks = Array.isArray(data) ? data[2] : undefined;
    if (!Array.isArray(chunks) || !chunks.every((c) => Array.isArray(c) && typeof c[0] === 'string' && typeof c[1] === 'string')) return [];
    return chunks.map((c: string[]) => [c[0]!, c[1]!]);
  } catch {
    return [];
  }
}

/** The chunks a word is looked up in (as a prefix: words that start with it). */
export function chunksOf(word: string, ranges: ChunkRange[]): number[] {
  const key = word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const out: number[] = [];
  ranges.forEach(([from, to], i) => {
    const startsBefore = from <= key || from.startsWith(key);
    const endsAfter = key <= to || key.startsWith(to);
    if (startsBefore && endsAfter) out.push(i);
  });
  return out;
}

/**
 * The built file of a page, relative to the output folder, from the path it is rendered at:
 * `/dangjian/articles/x/` under base `/dangjian/` is `articles/x/index.html`, `/404` is
 * `404.html` (Astro's `build.format: 'directory'`). Pagefind takes URLs from these paths.
 */
export function builtFileOf(pathname: string, base: string): string {
  const path = decodeURIComponent(pathname);
  if (!path.startsWith(base) && `${path}/` !== base) throw new Error(`页面地址 ${pathname} 不在站点路径 ${base} 之下`);
  const inSite = path.slice(base.length);
  return inSite === '' || inSite.endsWith('/') ? `${inSite}index.html` : `${inSite}.html`;
}

/** Whether Pagefind indexes a page: only pages marked with data-pagefind-body. */
export const indexable = (html: string): boolean => html.includes('data-pagefind-body');

/** What differs between the pages handed to the index and the built pages marked for it: each page left out, added or handed twice. */
export function indexMismatch(indexed: readonly string[], expected: readonly string[]): string[] {
  const marked = new Set(expected);
  const handed = new Set<string>();
  const wrong: string[] = [];
  for (const page of indexed) {
    if (!marked.has(page)) wrong.push(`多出：${page}`);
    else if (handed.has(page)) wrong.push(`重复：${page}`);
    handed.add(page);
  }
  return [...expected.filter((p) => !handed.has(p)).map((p) => `未索引：${p}`), ...wrong];
}

/**
 * The collections whose entries each have a page marked for the index, at `/<collection>/<slug>/`
 * (the route `/<collection>/[slug]`), with their content files' extension.
 */
export const INDEXED_COLLECTIONS = [['articles', '.mdx'], ['themes', '.mdx'], ['cases', '.yaml'], ['glossary', '.yaml']] as const;

const isIndexedRoute = (route: string): boolean => INDEXED_COLLECTIONS.some(([collection]) => route === `/${collection}/[slug]`);

/**
 * The paths a build renders, those of the pages marked for the index first, the rest after in
 * the order given: Pagefind can start writing (most of its work) while the build renders the rest
 * (data files, QR codes, lists). The order is fixed by the input, so two builds index alike.
 */
export function indexedFirst<T extends { route: { route: string } }>(paths: readonly T[]): T[] {
  return [...paths.filter((p) => isIndexedRoute(p.route.route)), ...paths.filter((p) => !isIndexedRoute(p.route.route))];
}
