/**
 * The site's own Markdown processor, for the plugin tests: Astro's `unified()` processor
 * with the ordered plugin list of src/plugins/index.ts, built as astro.config.mjs builds it,
 * over the small fixture content tree (its glossary has two terms, its themes cite one article).
 *
 * - `render` gives the HTML of Markdown as Astro renders it: `createMarkdownProcessor`, with
 *   Astro's own steps around our plugins (GFM, raw HTML, heading ids).
 * - `mdxTree` and `mdxHast` compile MDX as @astrojs/mdx compiles the articles (the processor's
 *   `createMdxRenderer`), and hand back the syntax tree after our remark plugins, or after our
 *   rehype plugins, for checks on <Restored> and other JSX, which has no HTML of its own
 *   until an Astro page renders it.
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { createMarkdownProcessor, markdownConfigDefaults, unified, type MarkdownRenderer } from '@astrojs/markdown-remark';
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { markdownPlugins, siteMarkdownProcessor } from '../../../src/plugins/index.ts';

export const FIXTURE_CONTENT = 'tests/fixtures/content-ok';
const plugins = markdownPlugins({ base: '/', contentDir: FIXTURE_CONTENT });

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
 * Compiles `mdx` as the file at `path` with the site's MDX pipeline, with `probe` added after
 * the site's own remark or rehype plugins; fails as the build fails.
 */
async function compileMdx(
  mdx: string,
  path: string,
  probe: { remark?: () => (tree: MdastRoot) => void; rehype?: () => (tree: HastRoot) => void },
  { remarkPlugins, rehypePlugins } = plugins,
) {
  // The site's processor (src/plugins/index.ts) when given its plugins; the same without
  // them, to show what our plugins change.
  const processor = unified({
    remarkPlugins: [...remarkPlugins, ...(probe.remark ? [probe.remark] : [])],
    rehypePlugins: [...rehypePlugins, ...(probe.rehype ? [probe.rehype] : [])],
    smartypants: site.options.smartypants,
  });
  // As @astrojs/mdx calls it: the processor's own GFM and SmartyPants settings, no optimisation.
  // (unified() always has an MDX renderer; the type allows processors without one.)
  const renderer = await processor.createMdxRenderer!({ ...shared, smartypants: processor.options.smartypants }, { optimize: false, sourcemap: false });
  return renderer.process(mdx, resolve(path), {});
}

/** The JavaScript the site's MDX pipeline compiles `mdx` to, with or without the site's plugins. */
export async function mdxCode(mdx: string, path: string, { withPlugins = true } = {}): Promise<string> {
  return (await compileMdx(mdx, path, {}, withPlugins ? plugins : { remarkPlugins: [], rehypePlugins: [] })).code;
}

/** The MDX syntax tree after the site's remark plugins, for JSX-level checks. */
export async function mdxTree(mdx: string, path = 'content/articles/x.mdx'): Promise<MdastRoot> {
  let tree: MdastRoot | undefined;
  await compileMdx(mdx, path, { remark: () => (t) => void (tree = structuredClone(t)) });
  return tree!;
}

/** The HTML syntax tree (JSX elements kept as such) after the site's rehype plugins. */
export async function mdxHast(mdx: string, path = 'content/articles/x.mdx'): Promise<HastRoot> {
  let tree: HastRoot | undefined;
  await compileMdx(mdx, path, { rehype: () => (t) => void (tree = structuredClone(t)) });
  return tree!;
}
