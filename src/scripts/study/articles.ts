/**
 * What /notes/ and its export need of the site, fetched for the notes' articles only: each
 * article's pack data file (pack/data/articles/<slug>/index.json: title, place in the site's
 * order, reference fields) and the section files holding the noted paragraphs as they read
 * now. The service worker keeps them once fetched (src/lib/offline/sw-config.ts), so /notes/
 * carries nothing per article and stays the same size at any number of articles.
 */
import type { ArticleMeta } from '../../lib/pack/data.ts';
import type { Note } from '../../lib/study/notes.ts';
import { articleFile, sectionFile, textIn } from '../../lib/study/notes-view.ts';
import { BASE } from '../browser.ts';

/** slug → its data; null: the site has no such article (any more); undefined: not known (offline, never fetched). */
export type Articles = Map<string, ArticleMeta | null | undefined>;

/** Data file → its JSON; null: the site has no such file. Files not fetched, or that could not be, are absent. */
const files = new Map<string, unknown>();

async function fetchFiles(wanted: Iterable<string>): Promise<void> {
  await Promise.all(
    [...new Set(wanted)]
      .filter((f) => files.get(f) === undefined)
      .map(async (f) => {
        try {
          const r = await fetch(`${BASE}${f}`);
          if (r.ok) files.set(f, await r.json());
          else if (r.status === 404) files.set(f, null);
        } catch {
          // Offline, and not kept: not known.
        }
      }),
  );
}

export async function fetchArticles(slugs: Iterable<string>): Promise<Articles> {
  const list = [...new Set(slugs)];
  await fetchFiles(list.map(articleFile));
  return new Map(list.map((slug) => [slug, files.get(articleFile(slug)) as ArticleMeta | null | undefined]));
}

/**
 * The noted paragraphs as they read now: a note → its paragraph's text, null when the article
 * or the paragraph is gone, undefined when not known (offline, never fetched).
 */
export async function paragraphsNow(notes: readonly Note[], articles: Articles): Promise<(n: Note) => string | null | undefined> {
  const gone = (slug: string) => articles.get(slug) === null;
  await fetchFiles(notes.filter((n) => !gone(n.article)).map((n) => sectionFile(n.article, n.para)));
  return (n) => {
    if (gone(n.article)) return null;
    const file = files.get(sectionFile(n.article, n.para));
    return file === null ? null : file === undefined ? undefined : textIn(file, n.para);
  };
}
