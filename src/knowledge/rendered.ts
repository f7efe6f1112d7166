/**
 * The text and rendered HTML of the MDX entries (articles, themes), kept in memory beside
 * Astro's data store instead of in it. The data store goes into the build as one JavaScript
 * module (`JSON.parse("…")`), which Vite bundles and the page renderer imports again: with the
 * HTML and text of 5,000 articles in it, that was a 190 MB string, bundled, written and parsed
 * in the build's critical path (about 30 s of it) and a gigabyte of memory. The data store now
 * keeps each entry's data; its text, HTML and headings are here.
 *
 * The content loader (mdx-loader.ts) keeps an entry here each time it renders it, in every
 * build and on every change in `astro dev`; pages read it through the knowledge layer. The
 * loader runs in Astro's config module graph and the pages in its build bundle, two module
 * instances in one process, so the entries live on globalThis under a registered symbol
 * (as the search index feed does: src/integrations/index-feed.ts).
 */
import type { MarkdownHeading } from 'astro';

export interface RenderedEntry {
  /** The MDX after the frontmatter (blank lines in its place keep the file's line numbers). */
  body: string;
  html: string;
  headings: MarkdownHeading[];
}

export type MdxCollection = 'articles' | 'themes';

const ENTRIES = Symbol.for('jiceng-dangjian.rendered-entries');
type WithEntries = typeof globalThis & { [ENTRIES]?: Map<string, RenderedEntry> };

function entries(): Map<string, RenderedEntry> {
  return ((globalThis as WithEntries)[ENTRIES] ??= new Map());
}

const key = (collection: string, id: string) => `${collection}/${id}`;

export function keepRendered(collection: string, id: string, entry: RenderedEntry): void {
  entries().set(key(collection, id), entry);
}

export function forgetRendered(collection: string, id: string): void {
  entries().delete(key(collection, id));
}

/** An entry as the loader rendered it in this process; throws if it did not. */
export function renderedEntry(collection: MdxCollection, id: string): RenderedEntry {
  const found = entries().get(key(collection, id));
  if (!found) throw new Error(`${collection}/${id} 没有渲染结果：MDX 内容在本进程里没有经过 mdx-loader.ts 加载`);
  return found;
}
