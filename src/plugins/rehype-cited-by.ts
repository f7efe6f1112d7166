/**
 * Under each article paragraph that a theme or case page quotes, a short “被引用于” line
 * links to the citing spot, so a reader goes from the sentence to the page that uses it.
 * It is marked data-pagefind-ignore: it is about the text, not part of it.
 */
import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import type { Citation } from '../lib/content/relations.ts';
import { withBase } from '../lib/links/urls.ts';

export interface CitedByOptions {
  citations: Map<string, Map<string, Citation[]>>;
  base: string;
}

const articleId = (path: string) => /[\\/]articles[\\/]([^\\/]+)\.mdx?$/.exec(path)?.[1];

function citedBy(list: Citation[], base: string): Element {
  const links = list.flatMap((c, i): ElementContent[] => [
    ...(i > 0 ? [{ type: 'text' as const, value: '、' }] : []),
    { type: 'element', tagName: 'a', properties: { href: withBase(c.path, base) }, children: [{ type: 'text', value: c.label }] },
  ]);
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['cited-by'], dataPagefindIgnore: 'all' },
    children: [{ type: 'text', value: '被引用于：' }, ...links],
  };
}

export default function rehypeCitedBy({ citations, base }: CitedByOptions) {
  return (tree: Root, file: VFile) => {
    const paras = citations.get(articleId(file.path ?? '') ?? '');
    if (!paras) return;
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'p') return undefined;
      const list = paras.get(String(node.properties.id ?? ''));
      if (list) node.children.push(citedBy(list, base));
      return SKIP;
    });
  };
}
