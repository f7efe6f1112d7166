/**
 * Compiles MDX with @mdx-js/mdx through the site's block-id plugin (which also insists that
 * every block of an article has an id) and remark-cjk-friendly (for `**“强班子”**`), and runs it with a tiny JSX runtime, to read what a reader would see: text and ids.
 */
import { compile, run, type RunOptions } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkBlockIds from '../../../../src/plugins/remark-block-ids.ts';

interface Element { type: unknown; props: Record<string, unknown> }
const Fragment = Symbol('Fragment');
const jsx = (type: unknown, props: Record<string, unknown>): Element => ({ type, props });
const runtime = { Fragment, jsx, jsxs: jsx } as unknown as RunOptions;

function textOf(node: unknown): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (node === null || typeof node !== 'object') return '';
  const { type, props } = node as Element;
  return typeof type === 'function' ? textOf(type(props)) : textOf(props.children);
}

function idsOf(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => idsOf(n, out));
  else if (node !== null && typeof node === 'object') {
    const { props } = node as Element;
    if (typeof props.id === 'string') out.push(props.id);
    idsOf(props.children, out);
  }
  return out;
}

const stripFrontmatter = (mdx: string): string => mdx.replace(/^---\n[\s\S]*?\n---\n/, '');

/** The rendered text (an `<Unreadable>` mark shows as ⟦original⟧) and the block ids, in order. */
export async function renderMdx(mdx: string): Promise<{ text: string; ids: string[] }> {
  const file = new VFile({ value: stripFrontmatter(mdx), path: 'content/articles/draft.mdx' });
  const code = String(await compile(file, { outputFormat: 'function-body', remarkPlugins: [remarkCjkFriendly, remarkBlockIds] }));
  const { default: Content } = await run(code, runtime);
  const Unreadable = ({ original }: { original: string }) => `⟦${original}⟧`;
  const tree = Content({ components: { Unreadable } });
  return { text: textOf(tree), ids: idsOf(tree) };
}
