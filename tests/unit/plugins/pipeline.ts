/** Runs Markdown/MDX through the site's own remark/rehype plugin list, to HTML. */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { markdownPlugins } from '../../../src/plugins/index.ts';

/** The site's own pipeline over the small fixture content tree (its glossary has two terms). */
const { remarkPlugins, rehypePlugins } = markdownPlugins({ base: '/', contentDir: 'tests/fixtures/content-ok' });

export async function render(markdown: string, path = 'content/themes/x.md'): Promise<string> {
  const file = new VFile({ value: markdown, path });
  const out = await unified()
    .use(remarkParse)
    .use(remarkPlugins as never)
    .use(remarkRehype)
    .use(rehypePlugins as never)
    .use(rehypeStringify)
    .process(file);
  return String(out);
}

/** The MDX syntax tree after our remark plugins, for JSX-level checks. */
export async function mdxTree(mdx: string, path = 'content/articles/x.mdx') {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkPlugins as never);
  const file = new VFile({ value: mdx, path });
  return processor.run(processor.parse(file), file);
}
