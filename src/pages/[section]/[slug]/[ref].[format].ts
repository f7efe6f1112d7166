/** A shared page's references as RIS and BibTeX files for reference managers (src/lib/links/citation.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { REF_FORMATS, sharedPages } from '../../../knowledge/shared-pages.ts';
import { bibtex, ris, type Reference } from '../../../lib/links/citation.ts';

export const getStaticPaths = (async () =>
  (await sharedPages()).flatMap((p) =>
    p.refs.flatMap(({ key, ref }) =>
      REF_FORMATS.map(({ ext }) => ({
        params: { section: p.section, slug: p.slug, ref: key, format: ext },
        props: { ref, key: `${p.section}-${p.slug}${key === 'cite' ? '' : `-${key}`}` },
      })),
    ),
  )) satisfies GetStaticPaths;

const TYPES = { ris: 'application/x-research-info-systems', bib: 'application/x-bibtex' };

export const GET: APIRoute<{ ref: Reference; key: string }, { format: 'ris' | 'bib' }> = ({ props, params }) =>
  new Response(params.format === 'ris' ? ris(props.ref) : bibtex(props.ref, props.key), { headers: { 'Content-Type': `${TYPES[params.format]}; charset=utf-8` } });
