/**
 * Moved pages and anchors, kept as data in <content>/redirects.yaml and grouped by why they
 * moved, so a change of address is one reviewed entry.
 *
 * - A page (/articles/old/ → /articles/new/) becomes an Astro redirect: a page at the old
 *   address that sends the reader on, which any static host serves (and which hosts with
 *   their own redirect rules turn into real 301s). Links to its anchors follow it.
 * - An anchor on a page that stays (/cases/x/#figure-old-s1-p1 → /cases/x/#figure-new-s1-p1)
 *   gets its old id back as an empty element at the new spot (src/integrations/links.ts):
 *   a fragment never reaches the server, so no redirect can move it. Theme and case anchors
 *   name the article they quote, so renaming an article needs these too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { withBase } from './urls.ts';

export interface RedirectGroup {
  reason: string;
  redirects: Record<string, string>;
}

/** A site path as the lock and the redirects write it (/articles/yangjiang/), perhaps with an anchor. */
const ADDRESS = /^(\/(?:[a-z0-9][a-z0-9._-]*\/)*)(?:#([A-Za-z][\w-]*))?$/;

/** Old path → new path, checked: well-formed, each old path once, no chains or loops. */
export function redirectMap(groups: RedirectGroup[], file = 'redirects.yaml'): Record<string, string> {
  const map: Record<string, string> = {};
  const fail = (why: string): never => {
    throw new Error(`${file}：${why}`);
  };
  if (!Array.isArray(groups)) fail('应为一组组的 { reason, redirects }');
  for (const [i, group] of groups.entries()) {
    if (typeof group?.reason !== 'string' || group.reason.trim() === '') fail(`第 ${i + 1} 组缺少原因（reason）`);
    for (const [from, to] of Object.entries(group.redirects ?? {})) {
      const [a, b] = [from, to].map((path) => ADDRESS.exec(String(path)) ?? fail(`“${String(path)}”不是站内路径（以 / 开头和结尾，不带 base；锚点写在 # 后）`));
      if (from === to) fail(`“${from}”重定向到自己`);
      if ((a![2] === undefined) !== (b![2] === undefined) || (a![2] !== undefined && a![1] !== b![1])) {
        fail(`“${from}”→“${to}”：页面只能转到页面；锚点只能改成同一页面上的另一个锚点`);
      }
      if (from in map) fail(`“${from}”重复出现`);
      map[from] = to;
    }
  }
  for (const [from, to] of Object.entries(map)) {
    if (to in map) fail(`“${from}”指向的“${to}”本身也被重定向了：请直接写最终的网址“${map[to]}”`);
  }
  return map;
}

export function loadRedirects(contentDir: string): Record<string, string> {
  const file = join(contentDir, 'redirects.yaml');
  return existsSync(file) ? redirectMap((parse(readFileSync(file, 'utf8')) ?? []) as RedirectGroup[], file) : {};
}

/** page path → old id → new id, for the anchors that moved on pages that stay. */
export function anchorAliases(map: Record<string, string>): Record<string, Record<string, string>> {
  const aliases: Record<string, Record<string, string>> = {};
  for (const [from, to] of Object.entries(map)) {
    const [path = '', old] = from.split('#');
    if (old === undefined) continue;
    (aliases[path] ??= {})[old] = to.split('#')[1]!;
  }
  return aliases;
}

/**
 * Astro's `redirects` under a base path: Astro puts the old page under the base itself,
 * but writes the target as given, so the target gets the base here.
 */
export function astroRedirects(contentDir: string, base: string): Record<string, string> {
  const pages = Object.entries(loadRedirects(contentDir)).filter(([from]) => !from.includes('#'));
  return Object.fromEntries(pages.map(([from, to]) => [from, withBase(to, base)]));
}
