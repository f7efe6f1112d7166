/**
 * The HTML Pagefind indexes: the built page with the `id`s of everything but headings
 * removed. Pagefind stores, in each page's fragment (what a result downloads), every
 * element with an id and the start of its text; articles give every paragraph an id
 * (s1-p2), which makes an article's fragment about 40% larger, and search never uses
 * them: results link to sections (heading ids) and the landing highlight finds the
 * passage itself. The built pages keep their ids; only the indexer's copy loses them.
 */
const ID_OUTSIDE_HEADINGS = /(<(?!h[1-6][\s>])[a-z][a-z0-9-]*\b[^>]*?)\s+id="[^"]*"/gi;

export function htmlForIndex(html: string): string {
  return html.replace(ID_OUTSIDE_HEADINGS, '$1');
}
