/** The QR code of a shared page's canonical address, as a static SVG file (src/lib/qr.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { sharedPages } from '../../../lib/shared-pages.ts';
import { qrSvg } from '../../../lib/qr.ts';

export const getStaticPaths = (async () =>
  (await sharedPages()).map((p) => ({ params: { section: p.section, slug: p.slug }, props: { url: p.url } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ url: string }> = ({ props }) => new Response(qrSvg(props.url), { headers: { 'Content-Type': 'image/svg+xml' } });
