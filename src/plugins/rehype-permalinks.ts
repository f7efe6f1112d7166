/**
 * The 复制链接 control of every numbered heading and paragraph (ids from remark-block-ids):
 * an ordinary link to the block's anchor, which the share script (src/scripts/share.ts)
 * turns into “copy the full address of this spot”. Without JavaScript it still leads to
 * the anchor. Its mark (¶ or #) is drawn by CSS, so it adds nothing to the text that is
 * read, copied, searched or checked for fidelity.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { isBlockId } from '../lib/content/blocks.ts';
import { ACTIONS_CLASS, ACTIONS_LABEL } from '../lib/pack/cluster.ts';

export const PERMALINK_CLASS = 'permalink';

export function permalink(id: string, label: string): Element {
  return { type: 'element', tagName: 'a', properties: { className: [PERMALINK_CLASS], href: `#${id}`, ariaLabel: label }, children: [] };
}

/** The 更多操作 button after it (加入课程包…: src/lib/pack/cluster.ts), hidden until script shows it. */
export function actionsButton(): Element {
  return { type: 'element', tagName: 'button', properties: { type: 'button', className: [ACTIONS_CLASS], ariaLabel: ACTIONS_LABEL, ariaExpanded: 'false', dataJs: true, hidden: true }, children: [] };
}

export default function rehypePermalinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const id = node.properties.id;
      if (typeof id !== 'string' || !isBlockId(id) || !/^(?:p|h[2-6])$/.test(node.tagName)) return;
      node.children.push(permalink(id, node.tagName === 'p' ? '复制本段链接' : '复制本节链接'), actionsButton());
    });
  };
}
