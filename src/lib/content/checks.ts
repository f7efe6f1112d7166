/**
 * Two build checks on the content as a whole (run by integrity.ts), kept pure here:
 * - a glossary entry must occur in some article, or its page would list no use and its
 *   term would be linked nowhere;
 * - every content file must become an entry: Astro keys entries by slug (the file name, or
 *   a `slug:` in the frontmatter), and of two files with one slug it keeps one and drops
 *   the other without failing (its duplicate warning is not even reliable: the two files
 *   load concurrently).
 */
import { squash } from './blocks.ts';

export interface TermEntry { file: string; term: string; aliases: string[] }

/** The entries none of whose spellings occur in the article texts. */
export function unusedTerms(terms: TermEntry[], articleTexts: string[]): TermEntry[] {
  const all = squash(articleTexts.join('\n'));
  return terms.filter((t) => ![t.term, ...t.aliases].some((v) => all.includes(squash(v))));
}

export interface LoadedEntry { id: string; filePath: string }

export interface DroppedFile {
  file: string;
  slug: string;
  /** The file whose entry took the slug, when it can be told. */
  keptFile?: string;
}

/**
 * The files that did not become entries, and the slug each would have had (its `slug:`
 * field, or its path as Astro writes ids: lowercase, spaces as hyphens, no extension).
 */
export function droppedFiles(files: { path: string; relative: string; slug?: string }[], entries: LoadedEntry[]): DroppedFile[] {
  const loaded = new Set(entries.map((e) => e.filePath));
  return files
    .filter((f) => !loaded.has(f.path))
    .map((f) => {
      const slug = f.slug ?? f.relative.replace(/\.[^./]+$/, '').toLowerCase().replace(/\s+/g, '-');
      const kept = entries.find((e) => e.id === slug);
      return kept ? { file: f.path, slug, keptFile: kept.filePath } : { file: f.path, slug };
    });
}
