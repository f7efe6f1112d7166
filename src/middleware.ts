/**
 * While `astro build` renders the pages, hands each HTML page to the search index as
 * rendered (src/integrations/pagefind.ts opens the feed), so Pagefind indexes in its own
 * process on the other core instead of after the build, reading every page again. The
 * page is written exactly as handed over. Outside a build (astro dev) nothing is open and
 * this passes every response through.
 */
import { defineMiddleware } from 'astro:middleware';
import { currentFeed } from './integrations/index-feed.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const feed = currentFeed();
  if (!feed || !context.isPrerendered || response.status !== 200 || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  feed.page(context.url.pathname, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
