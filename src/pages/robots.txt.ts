/**
 * /robots.txt, pointing crawlers at the sitemap. (Under a sub-path, /dangjian/robots.txt is
 * not where crawlers look; the host's own robots.txt should name the sitemap then.)
 */
import type { APIRoute } from 'astro';
import { pageUrl } from '../knowledge/shared-pages.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${pageUrl('sitemap-index.xml')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
