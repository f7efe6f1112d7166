/** The article's slug: its file name in content/articles/ and its URL, lowercase ASCII. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const isSlug = (slug: string): boolean => SLUG.test(slug);

/** `000_22ce02ce44aa76e6.txt` → `000-22ce02ce44aa76e6`; empty when the name has no ASCII letters or digits. */
export function slugFromFileName(fileName: string): string {
  return fileName
    .replace(/\.[^.]*$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
