/** The pack data files (src/lib/pack/data.ts), one static JSON file each. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { knowledge } from '../../../knowledge/index.ts';
import { packData } from '../../../lib/pack/build-data.ts';
import { loadRedirects } from '../../../lib/links/redirects.ts';
import { CONTENT_ROOT } from '../../../knowledge/files.ts';
import { sharedPage } from '../../../knowledge/shared-pages.ts';

export const getStaticPaths = (async () => {
  const k = await knowledge();
  const urls = new Map(await Promise.all(k.articles.map(async (a) => [a.id, (await sharedPage('articles', a.id)).url] as const)));
  return [...packData(k, loadRedirects(CONTENT_ROOT), (id) => urls.get(id)!)].map(([file, data]) => ({ params: { file }, props: { data } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ data: unknown }> = ({ props }) =>
  new Response(JSON.stringify(props.data), { headers: { 'Content-Type': 'application/json' } });
