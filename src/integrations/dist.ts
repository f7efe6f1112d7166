/**
 * The one reader of a built site (dist/, or another outDir): one walk of the folder, every
 * page parsed once with a real HTML parser (src/lib/built/html.ts) when first asked for.
 * The build's own steps (search index, anchor aliases, link check) and everything that
 * reads the build afterwards (URL lock, byte budgets, HTML validation, the build tests,
 * the bench) go through it, so they agree on which files and pages a build holds.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { elementsOf, pageFacts, type Element, type PageFacts } from '../lib/built/html.ts';

export type { PageFacts };

export interface BuiltSite {
  /** The folder, as given. */
  dir: string;
  /** Every file, relative with `/`, sorted. */
  files: string[];
  /** The HTML files among them. */
  pages: string[];
  has(path: string): boolean;
  bytes(path: string): Buffer | undefined;
  text(path: string): string;
  /** A page's elements (parsed anew each call: nothing this large is kept). */
  elements(path: string): Element[];
  /** What a page links to and can be linked at; worked out once per page. */
  facts(path: string): PageFacts;
}

/** Reads the folder's file list; pages are read when asked for. */
export function readBuiltSite(dir: string): BuiltSite {
  if (!existsSync(dir)) throw new Error(`没有 ${dir}：请先构建（npm run build）`);
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
  const set = new Set(files);
  const facts = new Map<string, PageFacts>();
  const text = (path: string) => readFileSync(join(dir, path), 'utf8');
  const elements = (path: string) => elementsOf(text(path));
  return {
    dir,
    files,
    pages: files.filter((f) => f.endsWith('.html')),
    has: (path) => set.has(path),
    bytes: (path) => (set.has(path) ? readFileSync(join(dir, path)) : undefined),
    text,
    elements,
    facts: (path) => {
      let found = facts.get(path);
      if (!found) facts.set(path, (found = pageFacts(text(path))));
      return found;
    },
  };
}
