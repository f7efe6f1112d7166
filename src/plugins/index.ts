/**
 * The ordered Markdown pipeline. astro.config.mjs and the plugin tests both build it from
 * here, so what the tests check is what the site runs.
 */
import { join } from 'node:path';
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkBlockIds from './remark-block-ids.ts';
import remarkRestorations from './remark-restorations.ts';
import remarkSafeContent from './remark-safe-content.ts';
import remarkSimplifiedText from './remark-simplified-text.ts';
import { inContentDir, loadGlossary, loadCitations } from '../knowledge/files.ts';
import rehypeGlossaryLinks from './rehype-glossary-links.ts';
import rehypeKeepPunctuation from './rehype-keep-punctuation.ts';
import rehypeCitedBy from './rehype-cited-by.ts';
import rehypePermalinks from './rehype-permalinks.ts';

export interface PipelineOptions {
  /** The site's base path, for links the plugins write. */
  base: string;
  /** The content tree (content/ or a test fixture). */
  contentDir: string;
}

export function markdownPlugins({ base, contentDir }: PipelineOptions): { remarkPlugins: RemarkPlugins; rehypePlugins: RehypePlugins } {
  return {
    // Safety first: content that carries code is refused before anything else reads it.
    remarkPlugins: [remarkCjkFriendly, [remarkSafeContent, { applies: inContentDir(contentDir) }], remarkBlockIds, remarkSimplifiedText, remarkRestorations],
    rehypePlugins: [
      [rehypeGlossaryLinks, { terms: loadGlossary(join(contentDir, 'glossary')), base }],
      // Terms and restorations are buttons: keep the punctuation around them on their line.
      rehypeKeepPunctuation,
      // Before cited-by, so the copy-link control follows the text, not the 被引用于 line.
      rehypePermalinks,
      [rehypeCitedBy, { citations: loadCitations(contentDir), base }],
    ],
  };
}
