/**
 * The ordered Markdown pipeline. astro.config.mjs and the plugin tests both use this
 * list, so what the tests check is what the site runs.
 */
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import remarkBlockIds from './remark-block-ids.ts';
import remarkRestorations from './remark-restorations.ts';

export const remarkPlugins: RemarkPlugins = [remarkCjkFriendly, remarkBlockIds, remarkRestorations];

export const rehypePlugins: RehypePlugins = [
  [
    rehypeAutolinkHeadings,
    {
      behavior: 'append',
      // The visible “#” is drawn by CSS so it stays out of the heading's text (and the ToC).
      properties: { className: ['heading-link'], ariaLabel: '本节链接' },
      content: [],
    },
  ],
];
