/**
 * Links glossary terms in article text to their entries: the first occurrence in each
 * section, not every one. The term opens a short definition in place (HTML popover, no
 * script); the definition is marked data-pagefind-ignore so search does not index it as
 * part of the article. Terms in headings, links, buttons and restorations are left alone.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { findTerms } from '../lib/content/terms.ts';
import { type GlossaryTerm, isArticle } from '../knowledge/files.ts';
import { withBase } from '../lib/links/urls.ts';

export interface GlossaryLinkOptions {
  terms: GlossaryTerm[];
  base: string;
  /** Which files get links; articles by default. */
  applies?: (path: string) => boolean;
}

const SKIP_TAGS = new Set(['a', 'button', 'code', 'mdxJsxTextElement', 'mdxJsxFlowElement']);

function termNodes(t: GlossaryTerm, text: string, id: string, base: string): ElementContent[] {
  return [
    { type: 'element', tagName: 'button', properties: { type: 'button', className: ['term'], popoverTarget: id }, children: [{ type: 'text', value: text }] },
    {
      type: 'element',
      tagName: 'span',
      properties: { id, popover: 'auto', className: ['term-note'], dataPagefindIgnore: 'all' },
      children: [
        { type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: t.term }] },
        { type: 'text', value: `：${t.definition}` },
        { type: 'element', tagName: 'a', properties: { href: withBase(`glossary/${t.slug}/`, base) }, children: [{ type: 'text', value: '词条与全部出处' }] },
      ],
    },
  ];
}

export default function rehypeGlossaryLinks({ terms, base, applies = isArticle }: GlossaryLinkOptions) {
  const bySlug = new Map(terms.map((t) => [t.slug, t]));
  return (tree: Root, file: VFile) => {
    if (terms.length === 0 || !applies(file.path ?? '')) return;
    let linked = new Set<string>();
    let n = 0;
    const linkIn = (parent: Element) => {
      parent.children = parent.children.flatMap((child): ElementContent[] => {
        if (child.type === 'element') {
          if (!SKIP_TAGS.has(child.tagName)) linkIn(child);
          return [child];
        }
        if (child.type !== 'text') return [child];
        const out: ElementContent[] = [];
        let at = 0;
        for (const m of findTerms(child.value, terms)) {
          if (linked.has(m.slug)) continue;
          linked.add(m.slug);
          n += 1;
          if (m.start > at) out.push({ type: 'text', value: child.value.slice(at, m.start) } satisfies Text);
          out.push(...termNodes(bySlug.get(m.slug)!, child.value.slice(m.start, m.end), `term-${n}`, base));
          at = m.end;
        }
        if (out.length === 0) return [child];
        if (at < child.value.length) out.push({ type: 'text', value: child.value.slice(at) });
        return out;
      });
    };
    visit(tree, 'element', (node) => {
      if (/^h[2-6]$/.test(node.tagName)) {
        linked = new Set(); // a new section: each term may be linked once more
        return SKIP;
      }
      if (node.tagName !== 'p') return undefined;
      linkIn(node);
      return SKIP;
    });
  };
}
