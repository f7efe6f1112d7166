import type { Block } from './blocks.ts';

/**
 * Finding glossary terms in Chinese text, where there are no spaces to split on: at each
 * position the longest matching variant wins, so 三个一肩挑 is found as itself and not as
 * the shorter 一肩挑 inside it.
 */
export interface TermVariants {
  slug: string;
  /** The term and its aliases, as they are written in the articles. */
  variants: string[];
}

export interface Match { slug: string; start: number; end: number }

/**
 * The variants of a term list indexed by their first character, longest first: a text is
 * scanned once, and at each position only the variants that can start there are tried
 * (a few, instead of every variant of every term). Built once per list (the glossary is
 * one list for a whole build; the plugin calls findTerms for every text node).
 */
type Index = Map<string, { slug: string; v: string }[]>;
const indexes = new WeakMap<TermVariants[], Index>();

function indexOf(terms: TermVariants[]): Index {
  let index = indexes.get(terms);
  if (index) return index;
  index = new Map();
  const all = terms
    .flatMap((t) => t.variants.map((v) => ({ slug: t.slug, v })))
    .filter((x) => x.v.length > 0)
    .sort((a, b) => b.v.length - a.v.length);
  for (const x of all) {
    const first = x.v[0]!;
    index.set(first, [...(index.get(first) ?? []), x]);
  }
  indexes.set(terms, index);
  return index;
}

/** All non-overlapping matches, left to right, longest variant first at each position. */
export function findTerms(text: string, terms: TermVariants[]): Match[] {
  const index = indexOf(terms);
  const matches: Match[] = [];
  for (let i = 0; i < text.length; ) {
    const hit = index.get(text[i]!)?.find((x) => text.startsWith(x.v, i));
    if (hit) {
      matches.push({ slug: hit.slug, start: i, end: i + hit.v.length });
      i += hit.v.length;
    } else i += 1;
  }
  return matches;
}

/**
 * The slugs of every term the text mentions, also inside a longer term (as `mentions` says
 * of one term): one scan of the text for the whole list.
 */
export function mentionedTerms(text: string, terms: TermVariants[]): Set<string> {
  const index = indexOf(terms);
  const found = new Set<string>();
  for (let i = 0; i < text.length; i++) {
    for (const x of index.get(text[i]!) ?? []) if (!found.has(x.slug) && text.startsWith(x.v, i)) found.add(x.slug);
  }
  return found;
}

/** Whether a block of text mentions the term at all, even inside a longer term (concordance). */
export function mentions(text: string, term: TermVariants): boolean {
  return term.variants.some((v) => v.length > 0 && text.includes(v));
}

/** Every paragraph where a term occurs, with a snippet around the first occurrence. */

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
