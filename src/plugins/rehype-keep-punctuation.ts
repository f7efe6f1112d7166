/**
 * Keeps punctuation with the glossary term or restoration it belongs to, so that a line
 * never starts with closing punctuation (nor ends with opening punctuation) next to them.
 *
 * The browser keeps 。，” off the start of a line by itself (line-break: strict, global.css),
 * but not next to a button: a term (<button class="term">) or a restoration's 校 mark is an
 * atomic inline, and the line-breaking rules allow a break on either side of one, so
 * “三会一课” could break before its closing quote. This wraps the term or restoration
 * (with its popover note) and the punctuation around it in <span class="nobr">, which
 * global.css keeps on one line while the term's own text can still wrap inside its button.
 * Text is not changed, only grouped.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { visit } from 'unist-util-visit';

/** Punctuation that must not start a line, and that must not end one. */
export const CLOSING = /^[，。、；：？！）」』”’》〉】〕…％·]+/;
export const OPENING = /[“‘（「『《〈【〔]+$/;

type Node = ElementContent | { type: 'mdxJsxTextElement'; name?: string | null; children: unknown[] };

const classes = (node: Element) => (Array.isArray(node.properties?.className) ? node.properties.className.map(String) : []);
/** A term button, or a restoration (still a <Restored> component at this stage, or already its HTML). */
const isAtomic = (node: Node) =>
  (node.type === 'element' && (node.tagName === 'button' || classes(node).includes('restored'))) ||
  (node.type === 'mdxJsxTextElement' && node.name === 'Restored');
const isNote = (node: Node) => node.type === 'element' && node.properties?.popover !== undefined;
const text = (value: string): Text => ({ type: 'text', value });

export function keepPunctuation(children: Node[]): Node[] {
  const out: Node[] = [];
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    if (!isAtomic(node)) {
      out.push(node);
      continue;
    }
    let end = i + 1;
    while (end < children.length && isNote(children[end]!)) end++;
    const next = children[end];
    const closing = next?.type === 'text' ? CLOSING.exec(next.value)?.[0] : undefined;
    const prev = out.at(-1);
    const opening = prev?.type === 'text' ? OPENING.exec(prev.value)?.[0] : undefined;
    if (!closing && !opening) {
      out.push(node);
      continue;
    }
    const group: Node[] = [];
    if (opening && prev?.type === 'text') {
      prev.value = prev.value.slice(0, -opening.length);
      if (!prev.value) out.pop();
      group.push(text(opening));
    }
    group.push(...children.slice(i, end));
    if (closing && next?.type === 'text') {
      group.push(text(closing));
      next.value = next.value.slice(closing.length);
      if (!next.value) end++;
    }
    out.push({ type: 'element', tagName: 'span', properties: { className: ['nobr'] }, children: group as ElementContent[] });
    i = end - 1;
  }
  return out;
}

export default function rehypeKeepPunctuation() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type === 'element' && classes(node).includes('nobr')) return;
      if ((node.type === 'element' || node.type === 'root' || node.type === ('mdxJsxFlowElement' as string)) && 'children' in node && node.children.some((c) => isAtomic(c as Node))) {
        (node as Element).children = keepPunctuation(node.children as Node[]) as ElementContent[];
      }
    });
  };
}
