/**
 * The site's own Markdown processor, for the plugin tests: Astro's `unified()` processor
 * with the ordered plugin list of src/plugins/index.ts, built as astro.config.mjs builds it,
 * over the small fixture content tree (its glossary has two terms, its themes cite one article).
 *
 * - `render` gives the HTML of Markdown as Astro renders it: `createMarkdownProcessor`, with
 *   Astro's own steps around our plugins (GFM, raw HTML, heading ids).
 * - `renderMdx` gives the HTML of MDX as the content loader renders articles and themes
 *   (siteMdxRenderer); `mdxTree` and `mdxHast` hand back its syntax tree after our remark
 *   plugins, or after our rehype plugins (components still MDX elements there), for checks
 *   on <Restored> and other JSX.
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { createMarkdownProcessor, markdownConfigDefaults, type MarkdownRenderer } from '@astrojs/markdown-remark';
import remarkMdx from 'remark-mdx';
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { siteMarkdownProcessor, siteMdxRenderer } from '../../../src/plugins/index.ts';
import rehypeContentComponents, { MDX_NODE_TYPES } from '../../../src/plugins/rehype-content-components.ts';

export const FIXTURE_CONTENT = 'tests/fixtures/content-ok';

/** What astro.config.mjs sets as `markdown.processor`. */
const site = siteMarkdownProcessor({ base: '/', contentDir: FIXTURE_CONTENT });

/** Astro's defaults for what the site's config leaves unset (syntax highlighting, GFM). */
const shared = { ...markdownConfigDefaults, smartypants: false };

let markdown: Promise<MarkdownRenderer> | undefined;

/** Runs `fn` with console.error silenced: Astro's processor logs every failure it rethrows. */
async function quietly<T>(fn: () => Promise<T>): Promise<T> {
  const error = console.error;
  console.error = () => {};
  try {
    return await fn();
  } finally {
    console.error = error;
  }
}

/** The HTML the site's Markdown processor makes of `markdown`, as the file at `path`. */
export async function render(source: string, path = 'content/themes/x.md'): Promise<string> {
  // What the processor's createRenderer() does for Astro: its options over Astro's defaults.
  markdown ??= createMarkdownProcessor({ ...shared, ...site.options });
  const renderer = await markdown;
  const { code } = await quietly(() => renderer.render(source, { fileURL: pathToFileURL(resolve(path)) }));
  return code;
}

/** The same Markdown through Astro's processor without the site's plugins, to compare against. */
export async function renderWithoutPlugins(source: string, path = 'content/themes/x.md'): Promise<string> {
  const renderer = await createMarkdownProcessor({ ...shared });
  return (await renderer.render(source, { fileURL: pathToFileURL(resolve(path)) })).code;
}

/**
 * Renders `mdx` as the file at `path` with the site's MDX renderer (siteMdxRenderer, as the
 * content loader runs it), with `probe` added after the site's own remark or rehype plugins;
 * fails as the build fails.
 */
async function renderMdxWith(
  mdx: string,
  path: string,
  probe: { remark?: () => (tree: MdastRoot) => void; rehype?: () => (tree: HastRoot) => void },
) {
  const renderer = await siteMdxRenderer({ base: '/', contentDir: FIXTURE_CONTENT }, {
    remarkPlugins: probe.remark ? [probe.remark] : [],
    rehypePlugins: probe.rehype ? [probe.rehype] : [],
  });
  return quietly(() => renderer.render(mdx, { fileURL: pathToFileURL(resolve(path)) }));
}

/** The HTML the site makes of `mdx`; without the site's plugins (MDX syntax and components only), to compare. */
export async function renderMdx(mdx: string, path: string, { withPlugins = true } = {}): Promise<string> {
  if (withPlugins) return (await renderMdxWith(mdx, path, {})).code;
  const bare = await createMarkdownProcessor({
    ...shared,
    syntaxHighlight: false,
    remarkPlugins: [remarkMdx],
    rehypePlugins: [rehypeContentComponents],
    remarkRehype: { passThrough: MDX_NODE_TYPES },
  });
  return (await bare.render(mdx, { fileURL: pathToFileURL(resolve(path)) })).code;
}

/** The headings (for the table of contents) the site's MDX renderer finds in `mdx`. */
export async function renderMdxHeadings(mdx: string, path: string) {
  return (await renderMdxWith(mdx, path, {})).metadata.headings;
}

/** The MDX syntax tree after the site's remark plugins, for JSX-level checks. */
export async function mdxTree(mdx: string, path = 'content/articles/x.mdx'): Promise<MdastRoot> {
  let tree: MdastRoot | undefined;
  await renderMdxWith(mdx, path, { remark: () => (t) => void (tree = structuredClone(t)) });
  return tree!;
}

/** The HTML syntax tree (components still MDX elements) after the site's rehype plugins. */
export async function mdxHast(mdx: string, path = 'content/articles/x.mdx'): Promise<HastRoot> {
  let tree: HastRoot | undefined;
  await renderMdxWith(mdx, path, { rehype: () => (t) => void (tree = structuredClone(t)) });
  return tree!;
}
