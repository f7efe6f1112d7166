/** Every paragraph where a term occurs, with a snippet around the first occurrence. */
import type { Block } from './paragraphs.ts';
import { mentions, type TermVariants } from './term-match.ts';

export interface Occurrence {
  article: string;
  para: string;
  section: string;
  /** Text before, the term as written, and text after, trimmed to about `radius` characters. */
  before: string;
  match: string;
  after: string;
}

export function concordance(term: TermVariants, blocksByArticle: Map<string, Block[]>, radius = 24): Occurrence[] {
  const out: Occurrence[] = [];
  for (const [article, blocks] of blocksByArticle) {
    for (const b of blocks) {
      if (b.kind !== 'paragraph' || !mentions(b.text, term)) continue;
      const [at, variant] = term.variants
        .map((v) => [b.text.indexOf(v), v] as const)
        .filter(([i, v]) => i >= 0 && v.length > 0)
        .sort((x, y) => x[0] - y[0])[0]!;
      const start = Math.max(0, at - radius);
      const end = Math.min(b.text.length, at + variant.length + radius);
      out.push({
        article, para: b.id, section: b.section,
        before: (start > 0 ? '…' : '') + b.text.slice(start, at),
        match: variant,
        after: b.text.slice(at + variant.length, end) + (end < b.text.length ? '…' : ''),
      });
    }
  }
  return out;
}
