/**
 * The ordered Markdown pipeline. astro.config.mjs and the plugin tests both build it from
 * here, so what the tests check is what the site runs.
 */
import { join } from 'node:path';
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import remarkBlockIds from './remark-block-ids.ts';
import remarkRestorations from './remark-restorations.ts';
import rehypeGlossaryLinks from './rehype-glossary-links.ts';
import rehypeCitedBy from './rehype-cited-by.ts';
import { loadGlossary } from '../lib/glossary-source.ts';
import { loadCitations } from '../lib/citations-index.ts';

export interface PipelineOptions {
  /** The site's base path, for links the plugins write. */
  base: string;
  /** The content tree (content/ or a test fixture). */
  contentDir: string;
}

export function markdownPlugins({ base, contentDir }: PipelineOptions): { remarkPlugins: RemarkPlugins; rehypePlugins: RehypePlugins } {
  return {
    remarkPlugins: [remarkCjkFriendly, remarkBlockIds, remarkRestorations],
    rehypePlugins: [
      [rehypeGlossaryLinks, { terms: loadGlossary(join(contentDir, 'glossary')), base }],
      [rehypeCitedBy, { citations: loadCitations(contentDir), base }],
      [
        rehypeAutolinkHeadings,
        {
          behavior: 'append',
          // The visible “#” is drawn by CSS so it stays out of the heading's text (and the ToC).
          properties: { className: ['heading-link'], ariaLabel: '本节链接' },
          content: [],
        },
      ],
    ],
  };
}
