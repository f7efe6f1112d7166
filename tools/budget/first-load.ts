/**
 * What a page costs on its first load, read from the built files (no browser, no timing):
 * the HTML, its stylesheets (and what they import or point to with url()), its scripts (and
 * the modules they import statically: a dynamic import() is loaded later, on demand, like
 * the search code), its icon and its images. Sizes raw and gzip -9, the way a server that
 * compresses would send them (.svg and the rest compress too).
 *
 * Used by the budget tests (tests/build/budgets.test.ts) and `npm run bench`. The reader of
 * files is passed in (`read`), so this module is pure and its tests need no site.
 */
import { gzipSync } from 'node:zlib';
import { elementsOf } from '../../src/lib/built/html.ts';

export type Kind = 'html' | 'css' | 'js' | 'icon' | 'image' | 'font' | 'other';

export interface Resource {
  /** Site-relative path without the base path: _astro/Base.x.css */
  path: string;
  kind: Kind;
  raw: number;
  gzip: number;
}

export interface Sizes {
  raw: number;
  gzip: number;
}

export interface FirstLoad {
  page: string;
  resources: Resource[];
  html: Sizes;
  css: Sizes;
  js: Sizes;
  /** Icon, images, anything else. */
  other: Sizes;
  total: Sizes;
  /** Addresses on another host that the page would load (there must be none). */
  external: string[];
  /** Files referred to but not found in the build. */
  missing: string[];
}

export const gzipSize = (bytes: Uint8Array): number => gzipSync(bytes, { level: 9 }).length;

/** Elements that load something by themselves. */
const LOADING = new Set(['link', 'script', 'img', 'iframe', 'source', 'video', 'audio', 'embed', 'object', 'image', 'use']);

/** Everything an HTML page loads by itself, with the kind of each: [address, kind]. */
export function htmlReferences(html: string): [string, Kind][] {
  const refs: [string, Kind][] = [];
  for (const { name, attrs } of elementsOf(html)) {
    if (!LOADING.has(name)) continue;
    const attr = (a: string) => attrs.get(a);
    if (name === 'link') {
      const rel = (attr('rel') ?? '').toLowerCase().split(/\s+/);
      const href = attr('href');
      if (!href) continue;
      if (rel.includes('stylesheet')) refs.push([href, 'css']);
      else if (rel.includes('modulepreload')) refs.push([href, 'js']);
      else if (rel.includes('preload') || rel.includes('prefetch')) refs.push([href, attr('as') === 'font' ? 'font' : attr('as') === 'script' ? 'js' : attr('as') === 'style' ? 'css' : 'other']);
      else if (rel.includes('icon') || rel.includes('apple-touch-icon')) refs.push([href, 'icon']);
      else if (rel.includes('manifest') || rel.includes('preconnect') || rel.includes('dns-prefetch')) refs.push([href, 'other']);
      continue;
    }
    if (name === 'script') {
      const src = attr('src');
      if (src) refs.push([src, 'js']);
      continue;
    }
    const src = attr(name === 'object' ? 'data' : 'src') ?? (name === 'image' || name === 'use' ? (attr('href') ?? attr('xlink:href')) : undefined);
    if (src && !src.startsWith('#')) refs.push([src, name === 'img' || name === 'image' || name === 'use' ? 'image' : 'other']);
    const srcset = attr('srcset');
    if (srcset) for (const part of srcset.split(',')) refs.push([part.trim().split(/\s+/)[0]!, 'image']);
  }
  return refs;
}

/** Static imports of an ES module (import … from "x", import "x", export … from "x"); not import(). */
export function moduleImports(js: string): string[] {
  const found: string[] = [];
  for (const m of js.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*$]+\s*,?\s*)?(?:\{[^}]*\}\s*)?(?:\*\s*as\s+[\w$]+\s*)?(?:from\s*)?["']([^"']+)["']/g)) found.push(m[1]!);
  return found;
}

/** What a stylesheet loads: @import and url(), with the kind guessed from the extension. */
export function cssReferences(css: string): [string, Kind][] {
  const refs: [string, Kind][] = [];
  for (const m of css.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)/g)) refs.push([m[1]!, 'css']);
  for (const m of css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
    const url = m[1]!;
    if (url.startsWith('data:') || url.startsWith('#')) continue;
    refs.push([url, /\.(woff2?|ttf|otf|eot)(\?|#|$)/i.test(url) ? 'font' : 'image']);
  }
  return refs;
}

/** An absolute http(s) address, or a protocol-relative one: a request to some host. */
const isExternal = (url: string) => /^(https?:)?\/\//i.test(url);

/**
 * Resolves `ref` (as written in `from`, a site-relative path) to a site-relative path
 * without the base path, or undefined for data: and the like.
 */
export function resolveRef(ref: string, from: string, base: string): string | undefined {
  if (/^(data|blob|mailto|tel|javascript):/i.test(ref)) return undefined;
  const url = new URL(ref, `http://site${base}${from}`);
  const path = decodeURIComponent(url.pathname);
  if (!path.startsWith(base)) return path.replace(/^\//, '');
  const rel = path.slice(base.length);
  return rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
}

const add = (a: Sizes, r: Resource): Sizes => ({ raw: a.raw + r.raw, gzip: a.gzip + r.gzip });
const ZERO: Sizes = { raw: 0, gzip: 0 };

/**
 * The first load of `page` (a site-relative HTML file: articles/yangjiang/index.html).
 * `read` returns a built file's bytes, or undefined when there is none. `base` as in
 * astro.config.mjs ('/' or '/dangjian/').
 */
export function firstLoad(page: string, read: (path: string) => Uint8Array | undefined, base = '/'): FirstLoad {
  const seen = new Map<string, Resource>();
  const external: string[] = [];
  const missing: string[] = [];
  const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

  const visit = (path: string, kind: Kind) => {
    if (seen.has(path)) return;
    const bytes = read(path);
    if (!bytes) {
      missing.push(path);
      return;
    }
    seen.set(path, { path, kind, raw: bytes.length, gzip: gzipSize(bytes) });
    const follow = (refs: [string, Kind][]) => {
      for (const [ref, k] of refs) {
        if (isExternal(ref)) external.push(ref);
        else {
          const to = resolveRef(ref, path, base);
          if (to) visit(to, k);
        }
      }
    };
    if (kind === 'html') follow(htmlReferences(text(bytes)));
    else if (kind === 'css') follow(cssReferences(text(bytes)));
    else if (kind === 'js') follow(moduleImports(text(bytes)).map((m) => [m, 'js']));
  };
  visit(page, 'html');

  const resources = [...seen.values()];
  const sum = (kinds: Kind[]) => resources.filter((r) => kinds.includes(r.kind)).reduce(add, ZERO);
  return {
    page,
    resources,
    html: sum(['html']),
    css: sum(['css']),
    js: sum(['js']),
    other: sum(['icon', 'image', 'font', 'other']),
    total: resources.reduce(add, ZERO),
    external,
    missing,
  };
}

/** The kind of page a site-relative HTML file is, for the budgets and the bench. */
export type PageKind = 'home' | 'article' | 'theme' | 'case' | 'glossary' | 'index' | 'search' | 'other';

export function pageKind(page: string): PageKind {
  if (page === 'index.html') return 'home';
  if (page === 'search/index.html') return 'search';
  const m = /^(articles|themes|cases|glossary)\/(?:([^/]+)\/)?index\.html$/.exec(page);
  if (!m) return 'other';
  if (!m[2]) return m[1] === 'glossary' ? 'glossary' : 'index';
  return ({ articles: 'article', themes: 'theme', cases: 'case', glossary: 'glossary' } as const)[m[1] as 'articles'];
}
