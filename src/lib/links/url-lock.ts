/**
 * The URL lock: every address we have published, kept in <content>/url-lock.txt, must keep
 * working. Published are every page, every anchor a page offers a 复制链接 control for
 * (headings and paragraphs of articles, sections, excerpts, practices and figures of theme
 * and case pages), and the feeds. A locked address resolves when its page is built and
 * still has the anchor, or when a redirect page (content/redirects.yaml) leads, perhaps
 * through others, to a page that does. Lines are only ever added (`npm run url-lock --
 * --update`), never dropped: a link in last year's handout is still out there.
 */

export type BuiltPage =
  | { kind: 'page'; ids: Set<string>; offered: string[] }
  | { kind: 'redirect'; to: string };

export interface BuiltSite {
  /** Site path without the base (/articles/yangjiang/) → what is built there. */
  pages: Map<string, BuiltPage>;
  /** Feeds built, as site paths. */
  feeds: Set<string>;
}

export interface Lost {
  url: string;
  why: string;
}

/** Published files other than pages: feed readers and search engines subscribe to them. */
export const FEEDS = ['/rss.xml', '/sitemap-index.xml'];

const collator = new Intl.Collator('en', { numeric: true });

/** A built HTML file's site path: articles/x/index.html → /articles/x/; the 404 page has none. */
export function pagePath(file: string): string | undefined {
  const path = file.split(/[\\/]/).join('/');
  if (path === '404.html' || !path.endsWith('index.html')) return undefined;
  return `/${path.slice(0, -'index.html'.length)}`;
}

const stripBase = (path: string, base: string) => {
  const b = base.endsWith('/') ? base : `${base}/`;
  return path.startsWith(b) ? `/${path.slice(b.length)}` : undefined;
};

/** What the lock reads of a build: the reader of dist/ (src/integrations/dist.ts) gives this. */
export interface BuildReader {
  pages: string[];
  has(path: string): boolean;
  facts(path: string): { ids: Set<string>; offered: string[]; refresh?: string };
}

/** What the lock needs to know of a build (dist/ or another outDir) built with `base`. */
export function lockedSite(built: BuildReader, base: string): BuiltSite {
  const pages = new Map<string, BuiltPage>();
  for (const file of built.pages) {
    const path = pagePath(file);
    if (!path) continue;
    const { ids, offered, refresh } = built.facts(file);
    pages.set(path, refresh ? { kind: 'redirect', to: stripBase(new URL(refresh, 'http://x/').pathname, base) ?? refresh } : { kind: 'page', ids, offered });
  }
  return { pages, feeds: new Set(FEEDS.filter((f) => built.has(f.slice(1)))) };
}

/**
 * Later pages of a long list (/articles/page/2/, /glossary/<term>/page/2/: src/lib/links/paging.ts)
 * are not published addresses: what they hold shifts as content is added, and they go away
 * when a list shrinks. Lecturers link the list itself and the pages it lists.
 */
export const isListPage = (path: string): boolean => /\/page\/\d+\/$/.test(path);

/** Every address the build publishes: pages, their offered anchors, feeds (not isListPage). */
export function publishedUrls(site: BuiltSite): string[] {
  const urls: string[] = [...site.feeds];
  for (const [path, page] of site.pages) {
    if (page.kind !== 'page' || isListPage(path)) continue;
    urls.push(path, ...page.offered.map((id) => `${path}#${id}`));
  }
  return sortUrls(urls);
}

/** Why a locked address no longer works, or undefined when it does. */
export function resolve(url: string, site: BuiltSite): string | undefined {
  const [path = '', anchor] = url.split('#');
  if (site.feeds.has(path) && anchor === undefined) return undefined;
  const seen: string[] = [];
  let at = path;
  for (;;) {
    const page = site.pages.get(at);
    const via = seen.length > 0 ? `（经重定向 ${[...seen, at].join(' → ')}）` : '';
    if (!page) return seen.length > 0 ? `重定向的目标 ${at} 不存在${via}` : `页面 ${at} 已不存在，也没有重定向（content/redirects.yaml）`;
    if (page.kind === 'redirect') {
      if (seen.includes(at)) return `重定向成环${via}`;
      seen.push(at);
      at = page.to;
      continue;
    }
    if (anchor !== undefined && !page.ids.has(anchor)) return `页面 ${at} 上已没有锚点 #${anchor}${via}`;
    return undefined;
  }
}

export function lostUrls(lock: string[], site: BuiltSite): Lost[] {
  return lock.flatMap((url) => {
    const why = resolve(url, site);
    return why === undefined ? [] : [{ url, why }];
  });
}

/** Locks the new addresses; the old ones stay whatever happened to them. */
export function updateLock(lock: string[], published: string[]): { lock: string[]; added: string[] } {
  const locked = new Set(lock);
  const added = published.filter((u) => !locked.has(u));
  return { lock: sortUrls([...lock, ...added]), added };
}

/** Page by page, each page's anchors after it, numbers in numeric order (s1-p2 before s1-p10). */
export function sortUrls(urls: string[]): string[] {
  return [...new Set(urls)].sort((a, b) => {
    const [pa = '', ha] = a.split('#');
    const [pb = '', hb] = b.split('#');
    if (pa !== pb) return collator.compare(pa, pb);
    if (ha === undefined || hb === undefined) return ha === undefined ? -1 : 1;
    return collator.compare(ha, hb);
  });
}

const HEADER = `# 已发布的网址与锚点：每一个都必须一直能打开（npm test 检查，见 src/lib/links/url-lock.ts）。
# 新网址由 npm run url-lock -- --update 添加；不要删行。改了网址就在 content/redirects.yaml 里加重定向。
`;

export const parseLock = (text: string): string[] =>
  text.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));

export const formatLock = (urls: string[]): string => HEADER + sortUrls(urls).join('\n') + '\n';
