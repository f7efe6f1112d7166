/**
 * What a built page holds, read with a real HTML parser (hast-util-from-html, the parser
 * the Markdown pipeline's hast comes from): its elements with their attributes as written,
 * the ids a link may point at, and every address it refers to. The link check, the URL
 * lock, the byte budgets and the security checks all read pages through here, so they agree
 * on what a page says. Comments are not elements; the content of <script>, <style> and
 * <template> is never read as markup.
 */
import type { Element as HastElement, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { find, html as htmlSchema } from 'property-information';

export interface Element {
  /** Lower-case tag name. */
  name: string;
  /** Attributes by their HTML name (`http-equiv`, `class`), values as written. */
  attrs: Map<string, string>;
  /** The text content of a <script> or <style>. */
  content?: string;
}

export interface PageRefs {
  /** Every id (and <a name>) on the page: the fragments a link may point at. */
  ids: Set<string>;
  /** Every address the page refers to: href, src, srcset, action, poster, meta refresh. */
  refs: string[];
}

function attributeValue(value: unknown, commaSeparated: boolean): string | undefined {
  if (value === null || value === undefined || value === false) return undefined;
  if (value === true) return '';
  if (Array.isArray(value)) return value.join(commaSeparated ? ', ' : ' ');
  return String(value);
}

function attributesOf(node: HastElement): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const [prop, value] of Object.entries(node.properties)) {
    const info = find(htmlSchema, prop);
    const v = attributeValue(value, info.commaSeparated);
    if (v !== undefined) attrs.set(info.attribute.toLowerCase(), v);
  }
  return attrs;
}

const textOf = (node: HastElement): string => node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');

/** Every element of a page, in document order (template contents left out). */
export function elementsOf(html: string | Root): Element[] {
  const tree = typeof html === 'string' ? fromHtml(html) : html;
  const out: Element[] = [];
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      const element: Element = { name: node.tagName.toLowerCase(), attrs: attributesOf(node) };
      if (element.name === 'script' || element.name === 'style') element.content = textOf(node);
      out.push(element);
      walk(node.children);
    }
  };
  walk(tree.children);
  return out;
}

const URL_ATTRIBUTES = ['href', 'src', 'action', 'poster'];

/** `a.png 1x, b.png 2x` → the addresses. */
const srcsetUrls = (value: string) => value.split(',').map((s) => s.trim().split(/\s+/)[0]!).filter(Boolean);

/** Where a <meta http-equiv="refresh"> sends the reader, if the page has one. */
export function refreshTarget(elements: Element[]): string | undefined {
  const meta = elements.find((e) => e.name === 'meta' && e.attrs.get('http-equiv')?.toLowerCase() === 'refresh');
  return meta ? /url\s*=\s*['"]?([^'"]+)/i.exec(meta.attrs.get('content') ?? '')?.[1]?.trim() : undefined;
}

export function pageRefs(elements: Element[]): PageRefs {
  const ids = new Set<string>();
  const refs: string[] = [];
  for (const { name, attrs } of elements) {
    const id = attrs.get('id');
    if (id) ids.add(id);
    if (name === 'a' && attrs.get('name')) ids.add(attrs.get('name')!);
    for (const a of URL_ATTRIBUTES) if (attrs.has(a)) refs.push(attrs.get(a)!);
    if (attrs.has('srcset')) refs.push(...srcsetUrls(attrs.get('srcset')!));
  }
  const refresh = refreshTarget(elements);
  if (refresh) refs.push(refresh);
  return { ids, refs };
}

/** The anchors a page offers a 复制链接 control for (`<a class="permalink" href="#id">`) that exist on it. */
export function offeredAnchors(elements: Element[], ids: Set<string>): string[] {
  const offered = elements
    .filter((e) => e.name === 'a' && (e.attrs.get('class') ?? '').split(/\s+/).includes('permalink'))
    .map((e) => e.attrs.get('href'))
    .filter((href): href is string => href !== undefined && href.startsWith('#'))
    .map((href) => href.slice(1))
    .filter((id) => ids.has(id));
  return [...new Set(offered)];
}

export interface PageFacts extends PageRefs {
  /** Where a redirect page sends the reader. */
  refresh?: string;
  /** Anchors the page offers a 复制链接 control for. */
  offered: string[];
}

/** What a page links to and can be linked at, from one parse. */
export function pageFacts(html: string): PageFacts {
  const elements = elementsOf(html);
  const { ids, refs } = pageRefs(elements);
  const refresh = refreshTarget(elements);
  return { ids, refs, offered: offeredAnchors(elements, ids), ...(refresh ? { refresh } : {}) };
}
