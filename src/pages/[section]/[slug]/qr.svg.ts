/** The QR code of a shared page's canonical address, as a static SVG file (src/lib/links/qr.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { sharedPages } from '../../../knowledge/shared-pages.ts';
import { qrSvg } from '../../../lib/links/qr.ts';

export const getStaticPaths = (async () =>
  (await sharedPages()).map((p) => ({ params: { section: p.section, slug: p.slug }, props: { url: p.url } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ url: string }> = ({ props }) => new Response(qrSvg(props.url), { headers: { 'Content-Type': 'image/svg+xml' } });
