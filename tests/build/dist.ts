/** Reading the built site in dist/ as a reader sees it. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, Root, RootContent } from 'hast';
import { readBuiltSite, type BuiltSite } from '../../src/integrations/dist.ts';

export const DIST = 'dist';

let built: BuiltSite | undefined;
/** dist/, read once (src/integrations/dist.ts). */
export const dist = (): BuiltSite => (built ??= readBuiltSite(DIST));

/** Every .html file under dist/ (or another build folder), as paths relative to it. */
export const htmlFiles = (dir = DIST): string[] => (dir === DIST ? dist() : readBuiltSite(dir)).pages;

const hasClass = (node: Element, names: string[]) => {
  const cls = node.properties?.className;
  return Array.isArray(cls) && cls.some((c) => names.includes(String(c)));
};

function prune(node: Root | Element, dropClasses: string[]): void {
  node.children = node.children.filter(
    (child: RootContent) => !(child.type === 'element' && hasClass(child, dropClasses)),
  ) as typeof node.children;
  for (const child of node.children) if (child.type === 'element') prune(child, dropClasses);
}

function find(node: Root | Element, test: (e: Element) => boolean): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (test(child)) return child;
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}

/**
 * Visible text of a page region. Notes about the text are left out: restoration notes that
 * quote the garbled original, glossary definitions and “被引用于” lines.
 */
export function pageText(html: string, region: 'main' | 'article-body' = 'main', dropClasses = ['restored-note', 'term-note', 'cited-by']): string {
  const tree = fromHtml(html);
  const root = find(tree, region === 'main' ? (e) => e.tagName === 'main' : (e) => hasClass(e, [region]));
  if (!root) throw new Error(`页面里找不到 ${region}`);
  prune(root, dropClasses);
  return toText(root);
}

export const readPage = (path: string): string => dist().text(path);

/** source file name → article slug, from the articles' frontmatter. */
export function articlesBySource(): Map<string, string> {
  const dir = join('content', 'articles');
  const map = new Map<string, string>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx'))) {
    const source = /^source:\s*(\S+)\s*$/m.exec(readFileSync(join(dir, name), 'utf8'))?.[1];
    if (source) map.set(source.replace(/^["']|["']$/g, ''), name.replace(/\.mdx$/, ''));
  }
  return map;
}

export const SOURCES_DIR = join('content', 'sources');
/** The raw sources: scraped texts, or web pages saved from a browser (ingest reads both). */
export const sourceFiles = (): string[] => readdirSync(SOURCES_DIR).filter((n) => /\.(?:txt|html?)$/.test(n)).sort();
