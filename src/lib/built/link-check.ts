/**
 * Links to nowhere in the built site: every address a page refers to that is on this site
 * (relative, root-relative, or absolute on the site's own origin) must name a file of the
 * build, and its #fragment an id on the target page. External addresses are left alone
 * (whether they answer is not the build's business, and the build makes no requests).
 */
import type { PageRefs } from './html.ts';

export interface Site {
  /** `https://dangjian.example.org` */
  origin: string;
  /** `/` or `/dangjian/` */
  base: string;
}

export interface BrokenLink { page: string; ref: string; problem: string }

/** Fragments that need no element: the top of the page, and text fragments. */
const FREE_FRAGMENT = /^(?:|top|:~:.*)$/i;
const NOT_A_LOCATION = /^(?:mailto|tel|data|blob):/i;

/** The address a page is served at, from its file in dist/. */
export function pageUrl(page: string, site: Site): URL {
  const path = page === '404.html' ? page : page.replace(/(?:^|\/)index\.html$/, (m) => (m.startsWith('/') ? '/' : ''));
  return new URL(`${site.base}${path}`, site.origin);
}

/**
 * The problem with one address on one page, if any. `files` are the build's files, relative
 * to dist/ with `/`; `pages` the parsed HTML pages among them.
 */
export function linkProblem(page: string, ref: string, files: Set<string>, pages: Map<string, PageRefs>, site: Site): string | undefined {
  if (/^\s*javascript:/i.test(ref)) return '不允许 javascript: 链接';
  if (NOT_A_LOCATION.test(ref)) return undefined;
  let url: URL;
  try {
    url = new URL(ref, pageUrl(page, site));
  } catch {
    return '地址写法有误';
  }
  if (url.origin !== new URL(site.origin).origin) return undefined;
  if (!url.pathname.startsWith(site.base)) return `不在站点路径 ${site.base} 之下`;
  const path = decodeURIComponent(url.pathname.slice(site.base.length));
  const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  if (!files.has(file)) {
    return files.has(`${path}/index.html`) ? `少了结尾的斜杠（应为 ${url.pathname}/）` : '指向不存在的页面或文件';
  }
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (FREE_FRAGMENT.test(fragment)) return undefined;
  const target = pages.get(file);
  if (target && !target.ids.has(fragment)) return `锚点 #${fragment} 在 ${url.pathname} 上不存在`;
  return undefined;
}

export function brokenLinks(files: Set<string>, pages: Map<string, PageRefs>, site: Site): BrokenLink[] {
  const out: BrokenLink[] = [];
  for (const [page, { refs }] of pages) {
    for (const ref of new Set(refs)) {
      const problem = linkProblem(page, ref, files, pages, site);
      if (problem) out.push({ page, ref, problem });
    }
  }
  return out;
}
