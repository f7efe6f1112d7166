/**
 * The ordered Markdown pipeline. astro.config.mjs and the plugin tests both build it from
 * here, so what the tests check is what the site runs.
 */
import { join } from 'node:path';
import { createMarkdownProcessor, markdownConfigDefaults, unified, type MarkdownRenderer, type RehypePlugins, type RemarkPlugins } from '@astrojs/markdown-remark';
import remarkMdx from 'remark-mdx';
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
import rehypeContentComponents, { MDX_NODE_TYPES } from './rehype-content-components.ts';

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

/**
 * The site's Markdown processor, as astro.config.mjs sets it and the plugin tests use it:
 * Astro 7's default processor runs no remark plugins, and we need remark-gfm and
 * remark-cjk-friendly, so unified(). SmartyPants is off: it rewrites ASCII quotes and
 * dashes, which the Chinese texts do not use as it expects. `extra` adds plugins after ours
 * (the tests' probes).
 */
export function siteMarkdownProcessor(options: PipelineOptions, extra: { remarkPlugins?: RemarkPlugins; rehypePlugins?: RehypePlugins } = {}) {
  const { remarkPlugins, rehypePlugins } = markdownPlugins(options);
  return unified({ remarkPlugins: [...remarkPlugins, ...(extra.remarkPlugins ?? [])], rehypePlugins: [...rehypePlugins, ...(extra.rehypePlugins ?? [])], smartypants: false });
}

/**
 * The site's MDX renderer. Content files (articles, themes) are MDX only for the few
 * components an editor may write (<Restored>, <Unreadable>, <sup>…: remark-safe-content
 * refuses anything else), so they need no JavaScript to render: they go through the site's
 * Markdown processor as Astro runs it (`createMarkdownProcessor`, with GFM and heading ids),
 * with MDX syntax parsed (remark-mdx) and those components turned into HTML after our
 * plugins (rehype-content-components). src/knowledge/mdx-loader.ts renders each file once,
 * when the content is loaded, instead of making it a Vite module that every build compiles
 * to JavaScript, bundles and runs (at 5,000 articles, a third of the build).
 */
export function siteMdxRenderer(options: PipelineOptions, extra: { remarkPlugins?: RemarkPlugins; rehypePlugins?: RehypePlugins } = {}): Promise<MarkdownRenderer> {
  const site = siteMarkdownProcessor(options, {
    remarkPlugins: [remarkMdx, ...(extra.remarkPlugins ?? [])],
    rehypePlugins: [...(extra.rehypePlugins ?? []), rehypeContentComponents],
  });
  return createMarkdownProcessor({
    ...markdownConfigDefaults,
    // Content has no code blocks to highlight.
    syntaxHighlight: false,
    ...site.options,
    // The MDX nodes stay as they are through remark-rehype, for rehype-content-components.
    remarkRehype: { passThrough: MDX_NODE_TYPES },
  });
}
