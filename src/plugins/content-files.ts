/** Which Markdown files the content plugins apply to. */
import { resolve, sep } from 'node:path';

/** An article of content/articles/ (or of a test fixture's articles/). */
export const isArticle = (path: string): boolean => /[\\/]articles[\\/][^\\/]+\.mdx?$/.test(path);

/** Any file of the content tree (articles, themes), not the site's own pages. */
export function inContentDir(contentDir: string): (path: string) => boolean {
  const root = resolve(contentDir) + sep;
  return (path) => resolve(path).startsWith(root);
}
