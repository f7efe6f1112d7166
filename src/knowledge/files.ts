/**
 * Content read outside Astro's content layer: the Markdown plugins run while MDX compiles,
 * and a few checks must run before (or beside) the content layer, so they read the files
 * in content/ themselves. Everything that does so lives here, with one frontmatter reader;
 * the content layer's schemas (src/content.config.ts) still validate the same files.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parse } from 'yaml';
import type { TermVariants } from '../lib/content/terms.ts';
import { citationIndex, type CaseCites, type Citation, type ThemeCites } from '../lib/content/relations.ts';
import { anchorAliases, loadRedirects } from '../lib/links/redirects.ts';

/** The content tree: content/, or a test fixture's (CONTENT_DIR) to prove that bad content stops the build. */
export const CONTENT_ROOT = process.env.CONTENT_DIR ?? './content';

/** An article of content/articles/ (or of a test fixture's articles/): which files the article plugins apply to. */
export const isArticle = (path: string): boolean => /[\\/]articles[\\/][^\\/]+\.mdx?$/.test(path);

/** Any file of the content tree (articles, themes), not the site's own pages. */
export function inContentDir(contentDir: string): (path: string) => boolean {
  const root = resolve(contentDir) + sep;
  return (path) => resolve(path).startsWith(root);
}

/** A content file's text, or '' when there is none (error messages quote its lines). */
export const fileText = (path: string): string => (existsSync(path) ? readFileSync(path, 'utf8') : '');

/** The YAML frontmatter of an MDX file (or the whole of a YAML file); throws on bad YAML. */
export function dataOf(text: string, ext: string): unknown {
  return parse(ext === '.yaml' ? text : (/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? ''));
}

/** The names of the files of one folder of the content tree with the given extension, sorted (hidden files left out, as Astro's loaders do). */
export function contentFileNames(dir: string, ext: string, recursive = false): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive, encoding: 'utf8' })
    .filter((n) => n.endsWith(ext) && !n.split(sep).some((part) => part.startsWith('.')))
    .sort();
}

/** The files of one folder of the content tree with the given extension, sorted, with their text. */
export function contentFiles(dir: string, ext: string, recursive = false): { name: string; slug: string; text: string }[] {
  return contentFileNames(dir, ext, recursive).map((name) => ({ name: name.split(sep).join('/'), slug: name.slice(0, -ext.length), text: readFileSync(join(dir, name), 'utf8') }));
}

/**
 * A collection's files as the glob loaders see them, each with the `slug:` it sets, if any
 * (integrity.ts compares them with the entries Astro made).
 */
export function collectionFiles(collection: string, ext: '.mdx' | '.yaml'): { path: string; relative: string; slug?: string }[] {
  const dir = join(CONTENT_ROOT, collection);
  return contentFiles(dir, ext, true).map(({ name, text }) => {
    let slug: unknown;
    try {
      slug = (dataOf(text, ext) as { slug?: unknown } | null)?.slug;
    } catch {
      // Unparsable YAML: the schema check names it.
    }
    return { path: relative('.', join(dir, name)).split(sep).join('/'), relative: name, ...(slug ? { slug: String(slug) } : {}) };
  });
}

export interface GlossaryTerm extends TermVariants {
  term: string;
  definition: string;
}

/** The glossary as the Markdown plugins need it: only the fields they use. */
export function loadGlossary(dir: string): GlossaryTerm[] {
  return contentFiles(dir, '.yaml').map(({ slug, text }) => {
    const data = parse(text) as { term: string; aliases?: string[]; definition: string };
    return { slug, term: data.term, definition: data.definition, variants: [data.term, ...(data.aliases ?? [])] };
  });
}

interface Cites { article: string; para: string }

/** Which theme and case pages cite which paragraph (for the “被引用于” lines of articles). */
export function loadCitations(contentDir: string): Map<string, Map<string, Citation[]>> {
  const themes: ThemeCites[] = contentFiles(join(contentDir, 'themes'), '.mdx').map(({ slug, text }) => {
    const d = dataOf(text, '.mdx') as { title: string; excerpts?: Cites[] };
    return { slug, title: d.title, excerpts: d.excerpts ?? [] };
  });
  const cases: CaseCites[] = contentFiles(join(contentDir, 'cases'), '.yaml').map(({ slug, text }) => {
    const d = parse(text) as { name: string; practices?: Cites[]; figures?: Cites[] };
    return { slug, name: d.name, practices: d.practices ?? [], figures: d.figures ?? [] };
  });
  return citationIndex(themes, cases);
}

let aliases: Record<string, Record<string, string>> | undefined;

/**
 * The old ids of an anchor that moved on a page that stays (content/redirects.yaml): the
 * page renders each as an empty element at the new spot, so last year's link still lands.
 */
export function oldIdsOf(page: string, id: string): string[] {
  aliases ??= anchorAliases(loadRedirects(CONTENT_ROOT));
  return Object.entries(aliases[`/${page.replace(/^\/+/, '')}`] ?? {})
    .filter(([, to]) => to === id)
    .map(([old]) => old);
}
