/**
 * The search itself, in a worker: Pagefind (its JS API and WebAssembly), the order of the
 * results, the check of each shown page against the query, and the excerpts. The page
 * (search-page.ts) only sends queries and shows what comes back.
 *
 * Why a worker, besides keeping the page responsive on phones: Pagefind splits a query
 * into words with the browser's segmenter when the *page* it runs on is Chinese
 * (`<html lang>`), which would undo the character pairs we send (query.ts: pairQuery). A
 * worker has no page, so Pagefind takes the query as we wrote it. tests/e2e/search.spec.ts
 * checks the answers against the page texts, so a Pagefind release that changes this is
 * caught.
 *
 * Bytes: Pagefind's script and WebAssembly, the index chunks for the query's pairs,
 * search-meta.json (chunk ranges, and the type and name of each page that is not an
 * article: enough to order the results, rank.ts), and the fragment (page text) of each
 * result shown, PAGE_SIZE at a time. None of these grows with the number of articles. Only
 * 相关结果 fetches the shards of the page list (catalogue.ts) that hold the pages it lists.
 */
import { containsAll, pairQuery, parseQuery, wordQuery } from '../lib/search/query.ts';
import { excerpt, sectionAt, type Heading } from '../lib/search/excerpt.ts';
import { rankIds } from '../lib/search/rank.ts';
import { suggestTerms } from '../lib/search/suggest.ts';
import { chineseStops } from '../lib/search/punctuation.ts';
import { SEARCH_META, entryOf, shardOf, shardPath, type CatalogueEntry, type CatalogueShard, type FragmentData, type SearchMeta } from '../lib/search/catalogue.ts';
import type { Filters, Hit, Page, Request, Response, TermEntry } from './search-types.ts';

/** What Pagefind's `data()` gives; `raw_url` is the address as indexed (`url` has the base path added). */
interface Fragment extends Omit<FragmentData, 'url'> {
  raw_url: string;
  content: string;
  anchors: { element: string; id: string; text: string }[];
}
interface Candidate { id: string; data(): Promise<Fragment> }
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o: { filters: Filters }): Promise<{ results: Candidate[] } | null>;
}

const BASE = import.meta.env.BASE_URL;
const BUNDLE = `${BASE}pagefind/`;
const PAGE_SIZE = 5;

const json = async <T>(path: string): Promise<T> => {
  const response = await fetch(`${BUNDLE}${path}`);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
};

let loading: Promise<[Pagefind, SearchMeta]> | undefined;
function pagefind(): Promise<[Pagefind, SearchMeta]> {
  loading ??= Promise.all([
    (import(/* @vite-ignore */ `${BUNDLE}pagefind.js`) as Promise<Pagefind>).then(async (pf) => {
      await pf.options({ baseUrl: BASE });
      return pf;
    }),
    json<SearchMeta>(SEARCH_META),
  ]).catch((error: unknown) => {
    loading = undefined; // let the next search try again
    throw error;
  });
  return loading;
}

const shards = new Map<number, Promise<CatalogueShard>>();
/** Pages of the page list by id, fetching only the shards that hold them (each once). */
async function pagesById(ids: string[], meta: SearchMeta): Promise<CatalogueEntry[]> {
  const shardOfId = (id: string) => shardOf(id, meta.shards.count);
  for (const n of new Set(ids.map(shardOfId))) {
    if (shards.has(n)) continue;
    const shard = json<CatalogueShard>(shardPath(meta.shards, n));
    shards.set(n, shard);
    shard.catch(() => shards.delete(n)); // let the next search try again
  }
  const found = await Promise.all(ids.map(async (id) => (await shards.get(shardOfId(id))!)[id]));
  return found.filter((p) => p !== undefined);
}

/** A page that was loaded and did not contain the query. */
type Failed = CatalogueEntry & { id: string };

interface State {
  id: number;
  terms: string[];
  /**
   * What a page may contain instead to be a result: the query's terms, and for a synonym
   * the glossary term too (search/synonyms.ts). A page containing every term of one is in.
   */
  alternatives: string[][];
  filters: Filters;
  /** Pages with every pair of the query, in the order they will be shown. */
  ranked: Candidate[];
  next: number;
  /** Of those, the ones whose text turned out not to contain the query. */
  failed: Failed[];
  /** The search with every pair of the query, when fewer were sent (see verify). */
  refine?: () => Promise<Set<string>>;
}
let state: State | undefined;
let glossary: TermEntry[] = [];

const url = (raw: string) => BASE + raw.replace(/^\//, '');
const link = (page: CatalogueEntry, terms: string[], anchor?: string) =>
  `${url(page.url)}?hl=${encodeURIComponent(terms.join(' '))}${anchor ? `#${anchor}` : ''}`;
/** Every term of every alternative, to mark in excerpts and on the page a result leads to. */
const marked = (s: State): string[] => [...new Set(s.alternatives.flat())];

/** Pagefind's text with Chinese full stops where it joined blocks with Latin ones (punctuation.ts). */
const fragment = async (c: Candidate): Promise<Fragment> => {
  const f = await c.data();
  return { ...f, content: chineseStops(f.content) };
};

const headings = (f: Fragment): Heading[] =>
  f.anchors.filter((a) => /^h[2-6]$/.test(a.element) && a.id && a.text).map((a) => ({ id: a.id, text: a.text, level: Number(a.element[1]) }));

const pageData = (f: Fragment): CatalogueEntry => entryOf({ ...f, url: f.raw_url });

function hit(f: Fragment, terms: string[]): Hit {
  const page = pageData(f);
  const found = excerpt(f.content, terms);
  const section = sectionAt(f.content, headings(f), found.at);
  return { ...pageOf(page, link(page, terms, section.at(-1)?.id)), section: section.map((h) => h.text), excerpt: found.html };
}

const pageOf = (p: CatalogueEntry, href: string): Page => ({ url: url(p.url), href, title: p.title, type: p.type, details: p.details });

/**
 * Checks the next pages in order until PAGE_SIZE results are found or none are left.
 * The pairs sent were chosen to need few index chunks, which can leave many pages that
 * do not contain the query (第一书记 sent as 一书 书记); after a page's worth of those,
 * the rest are narrowed by a search with every pair, whose chunks now cost less than
 * the pages it saves.
 */
async function verify(s: State): Promise<Hit[]> {
  const found: Hit[] = [];
  while (found.length < PAGE_SIZE && s.next < s.ranked.length) {
    if (s.refine && s.failed.length >= PAGE_SIZE) {
      const keep = await s.refine();
      s.refine = undefined;
      s.ranked = [...s.ranked.slice(0, s.next), ...s.ranked.slice(s.next).filter((p) => keep.has(p.id))];
      continue;
    }
    const batch = s.ranked.slice(s.next, s.next + PAGE_SIZE - found.length);
    s.next += batch.length;
    const fragments = await Promise.all(batch.map(fragment));
    fragments.forEach((f, i) => {
      if (s.alternatives.some((terms) => containsAll(f.content, terms))) found.push(hit(f, marked(s)));
      else s.failed.push({ ...pageData(f), id: batch[i]!.id });
    });
  }
  return found;
}

/**
 * 相关结果: the pages that failed the check, then those Pagefind finds for the query split
 * into words as it would split it itself, which need only some of the words. Searched only
 * when asked for (or when nothing contains the query), as it may need more of the index.
 */
async function related(s: State): Promise<Page[]> {
  const [pf, meta] = await pagefind();
  const words = wordQuery(s.terms);
  const found = (await pf.search(words, { filters: s.filters }))?.results ?? [];
  const failed = new Set(s.failed.map((p) => p.id));
  const results = new Set(s.ranked.map((p) => p.id).filter((id) => !failed.has(id)));
  const partialIds = found.map((c) => c.id).filter((id) => !results.has(id) && !failed.has(id));
  // The failed pages were loaded (verify); the others come from the page list.
  const partial = await pagesById(partialIds.slice(0, Math.max(0, 2 * PAGE_SIZE - s.failed.length)), meta);
  const long = words.split(' ').filter((w) => [...w].length > 1);
  return [...s.failed, ...partial].slice(0, 2 * PAGE_SIZE).map((p) => pageOf(p, link(p, long.length > 0 ? long : s.terms)));
}

const answer = (req: Request, s: State, hits: Hit[], suggestions: TermEntry[] = []): Response =>
  ({ kind: 'hits', n: req.n, id: s.id, terms: s.terms, hits, more: s.next < s.ranked.length, about: s.ranked.length - s.failed.length, suggestions });

async function search(req: Extract<Request, { kind: 'search' }>): Promise<Response> {
  if (req.glossary) glossary = req.glossary;
  const terms = parseQuery(req.q);
  const synonym = req.synonymOf ? parseQuery(req.synonymOf) : [];
  const alternatives = synonym.length > 0 ? [terms, synonym] : [terms];
  const s: State = { id: req.id, terms, alternatives, filters: req.filters, ranked: [], next: 0, failed: [] };
  state = s;
  if (terms.length === 0) return answer(req, s, []);
  const [pf, meta] = await pagefind();
  const find = async (words: string) => (await pf.search(words, { filters: req.filters }))?.results ?? [];
  // Pages with either alternative; a synonym's glossary term named first (rank.ts, rule 1).
  const byId = new Map<string, Candidate>();
  for (const alt of [...alternatives].reverse()) for (const c of await find(pairQuery(alt, meta.chunks))) if (!byId.has(c.id)) byId.set(c.id, c);
  const all = alternatives.map((alt) => pairQuery(alt));
  if (all.some((words, i) => words !== pairQuery(alternatives[i]!, meta.chunks))) {
    s.refine = async () => new Set((await Promise.all(all.map(find))).flat().map((c) => c.id));
  }
  s.ranked = rankIds([...byId.keys()], meta.others, alternatives.at(-1)!).map((id) => byId.get(id)!);
  const hits = await verify(s);
  return answer(req, s, hits, hits.length === 0 ? suggestTerms(terms, glossary) : []);
}

async function handle(req: Request): Promise<Response | undefined> {
  if (req.kind === 'search') return search(req);
  const s = state;
  if (!s || s.id !== req.id) return undefined; // a newer search has replaced this one
  if (req.kind === 'related') return { kind: 'related', n: req.n, id: s.id, pages: await related(s) };
  return answer(req, s, await verify(s));
}

self.onmessage = async (event: MessageEvent<Request>) => {
  const req = event.data;
  try {
    const res = await handle(req);
    if (res && state?.id === req.id) self.postMessage(res);
  } catch (error) {
    self.postMessage({ kind: 'error', n: req.n, id: req.id, message: String(error) } satisfies Response);
  }
};
