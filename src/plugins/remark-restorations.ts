/**
 * Numbers the editor's restorations (`<Restored original="…">…</Restored>`) in document
 * order, so each gets a unique, stable popover id on the page without any script.
 */
import type { Root } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';

export default function remarkRestorations() {
  return (tree: Root) => {
    let n = 0;
    visit(tree, 'mdxJsxTextElement', (node: MdxJsxTextElement) => {
      if (node.name !== 'Restored') return;
      n += 1;
      node.attributes.push({ type: 'mdxJsxAttribute', name: 'n', value: String(n) });
    });
  };
}
