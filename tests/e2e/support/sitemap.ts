/**
 * The pages the built site lists in its sitemap (sitemap-index.xml and the sitemaps it
 * names), grouped by kind, so that tests meant for "one page of every kind" pick their pages
 * from what was built: a new kind of page is covered the day it is published.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, Root } from 'hast';

/** The text of every <loc> in a sitemap file. (HTML's parser reads this flat XML, entities included.) */
function locs(file: string): string[] {
  const found: string[] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'loc') found.push(toText(child).trim());
      else walk(child);
    }
  };
  walk(fromHtml(readFileSync(file, 'utf8')));
  return found;
}

/**
 * Every page in the sitemap, as a path relative to the site's home page ('' for the home
 * page, 'articles/linshu/'), in the sitemap's order. The home page is the shortest address
 * listed, so this holds under any site address and base path.
 */
export function sitemapPages(dist: string): string[] {
  const urls = locs(join(dist, 'sitemap-index.xml')).flatMap((sitemap) => locs(join(dist, basename(new URL(sitemap).pathname))));
  if (urls.length === 0) throw new Error(`${dist}/sitemap-index.xml 没有列出任何页面：请先运行 npm run build`);
  const home = urls.reduce((a, b) => (b.length < a.length ? b : a));
  const outside = urls.filter((u) => !u.startsWith(home));
  if (outside.length) throw new Error(`sitemap 里有不在首页 ${home} 之下的地址：${outside.join('、')}`);
  return urls.map((u) => decodeURI(u.slice(home.length)));
}

/**
 * The kind of a page, written as a route: the entry's name (the second part of the address)
 * becomes [slug] and a page number [n]. 'articles/linshu/' → 'articles/[slug]/',
 * 'themes/zuzhi-tixi/handout/' → 'themes/[slug]/handout/', 'articles/page/2/' →
 * 'articles/page/[n]/'; '' (the home page) and 'glossary/' stay as they are.
 */
export function kindOf(path: string): string {
  const parts = path.split('/').filter(Boolean);
  const isNumber = (part: string | undefined) => part !== undefined && /^\d+$/.test(part);
  return parts.map((part, i) => (isNumber(part) ? '[n]' : i === 1 && !isNumber(parts[2]) ? '[slug]' : part)).map((p) => `${p}/`).join('');
}

/** The pages of the sitemap by kind, each kind's pages in the sitemap's order. */
export function pagesByKind(pages: string[]): Map<string, string[]> {
  const kinds = new Map<string, string[]>();
  for (const page of pages) kinds.set(kindOf(page), [...(kinds.get(kindOf(page)) ?? []), page]);
  return kinds;
}
