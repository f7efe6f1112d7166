/**
 * The articles that notes are on, as /notes/ and its export need them: each one's pack data
 * file (pack/data/articles/<slug>/index.json: title, place in the site's order, reference
 * fields), fetched once per page for the articles that have notes only, and kept by the
 * service worker once fetched (src/lib/offline/sw-config.ts), so /notes/ carries nothing per
 * article and stays the same size at any number of articles.
 */
import type { ArticleMeta } from '../../lib/pack/data.ts';
import { articleFile } from '../../lib/study/notes-view.ts';

const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** slug → its data; null: the site has no such article (any more); undefined: not known (offline, never fetched). */
export type Articles = Map<string, ArticleMeta | null | undefined>;

const known: Articles = new Map();

export async function fetchArticles(slugs: Iterable<string>): Promise<Articles> {
  await Promise.all(
    [...new Set(slugs)]
      .filter((slug) => known.get(slug) === undefined)
      .map(async (slug) => {
        try {
          const r = await fetch(`${BASE}${articleFile(slug)}`);
          known.set(slug, r.ok ? ((await r.json()) as ArticleMeta) : r.status === 404 ? null : undefined);
        } catch {
          known.set(slug, undefined);
        }
      }),
  );
  return known;
}
