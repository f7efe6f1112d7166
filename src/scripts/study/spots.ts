/** Where notes can be taken (issue 13): the article of this page, and its paragraphs. Tiny: the ⋯ menu imports it. */

/** The article of this page (/articles/<slug>/), if it is one. */
export function articleSlug(): string | undefined {
  if (!document.querySelector('.article-body')) return undefined;
  return /\/articles\/([a-z0-9-]+)\/$/.exec(location.pathname)?.[1];
}

/** A paragraph of the article, by block id (s1-p2): not a heading, not a note. */
export function paragraph(id: string): HTMLElement | undefined {
  const p = document.getElementById(id);
  return p && /-p\d+$/.test(id) && p.matches('.article-body > p') ? p : undefined;
}

/** What the ⋯ menu asks of the notes code (src/scripts/study-notes.ts), as the `dj:note` event's detail. */
export interface NoteRequest {
  act: 'mark' | 'edit';
  para: string;
  say: (message: string) => void;
  /** Where focus goes back when the editor closes without a note to show. */
  back?: HTMLElement | undefined;
}
