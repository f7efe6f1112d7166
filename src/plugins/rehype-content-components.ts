/**
 * The HTML of the few components content may use (remark-safe-content allows no others), so
 * MDX renders to plain HTML without JavaScript (siteMdxRenderer in ./index.ts). Runs after
 * the site's other rehype plugins, which see the components as MDX elements, as they did
 * when @astrojs/mdx compiled each file:
 * - `<Restored original note? n>`: an editor's restoration of a garbled spot. The restored
 *   words read as ordinary text with a dotted underline; the small 校 button opens a note
 *   (HTML popover, no script) with the garbled original and, when given, the editor's
 *   evidence. The marker is drawn by CSS, so it never enters copied or searched text. `n`
 *   (remark-restorations) makes each popover id unique on the page.
 * - `<Unreadable original>`: an ingest draft's mark for a spot nobody has restored yet, loud,
 *   so an editor fixes it.
 * - `<br>`, `<sup>`, `<sub>`, `<abbr title>`: as in HTML.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { plainString } from './remark-safe-content.ts';

/** The MDX node types remark-rehype passes through for this plugin to render. */
export const MDX_NODE_TYPES = ['mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxjsEsm'];

type MdxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;

/** An element as one line of HTML (newlines as character references, which read the same). */
const asRaw = (element: Element): ElementContent => ({ type: 'raw', value: toHtml(element).replace(/\n/g, '&#10;') }) as unknown as ElementContent;
type Attrs = Record<string, string>;

const COMPONENTS: Record<string, (attrs: Attrs, children: ElementContent[]) => ElementContent[]> = {
  Restored: ({ original = '', note, n = '0' }, children) => {
    const id = `restored-${n}`;
    return [
      h('span.restored', [
        h('span.restored-text', children),
        h('button', { type: 'button', class: 'restored-mark', popovertarget: id, 'aria-label': '编者校补说明' }),
      ]),
      // As HTML (Astro's pipeline parses it after this plugin, with rehype-raw): Astro reads a
      // heading's text for the table of contents from its text nodes, and must not read the
      // note's text into the heading's (an article restores a word in a heading).
      asRaw(
        h('span', { popover: true, id, class: 'restored-note', 'data-pagefind-ignore': 'all' }, [
          h('strong', '编者校补'),
          { type: 'text', value: '：此处原文乱码，据上下文校补。原文作“' },
          h('code', original),
          { type: 'text', value: note ? `”。依据：${note}` : '”。' },
          h('button', { type: 'button', class: 'restored-close', popovertarget: id, popovertargetaction: 'hide' }, '关闭'),
        ]),
      ),
    ];
  },
  Unreadable: ({ original = '' }) => [h('mark.unreadable', ['【无法识读，待编者校补：', h('code', original), '】'])],
  br: () => [h('br')],
  sup: (_, children) => [h('sup', children)],
  sub: (_, children) => [h('sub', children)],
  abbr: ({ title }, children) => [h('abbr', title === undefined ? {} : { title }, children)],
};

export default function rehypeContentComponents() {
  return (tree: Root, file: VFile) => {
    const render = (nodes: (RootContent | MdxElement)[]): ElementContent[] =>
      nodes.flatMap((node): ElementContent[] => {
        if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
          const component = COMPONENTS[node.name ?? ''];
          if (!component) return file.fail(`不允许的元素 <${node.name ?? ''}>`, node);
          const attrs: Attrs = {};
          for (const attr of node.attributes) {
            const value = attr.type === 'mdxJsxAttribute' ? plainString(attr) : undefined;
            if (attr.type !== 'mdxJsxAttribute' || value === undefined) return file.fail(`<${node.name}> 的属性只能是文字`, node);
            attrs[attr.name] = value;
          }
          return component(attrs, render(node.children as RootContent[]));
        }
        if (MDX_NODE_TYPES.includes(node.type)) return file.fail('内容里不能有代码（import/export 或 {…} 表达式）', node);
        if (node.type === 'element') (node as Element).children = render((node as Element).children);
        return [node as ElementContent];
      });
    tree.children = render(tree.children);
  };
}
