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

/** All non-overlapping matches, left to right, longest variant first at each position. */
export function findTerms(text: string, terms: TermVariants[]): Match[] {
  const all = terms
    .flatMap((t) => t.variants.map((v) => ({ slug: t.slug, v })))
    .filter((x) => x.v.length > 0)
    .sort((a, b) => b.v.length - a.v.length);
  const matches: Match[] = [];
  for (let i = 0; i < text.length; ) {
    const hit = all.find((x) => text.startsWith(x.v, i));
    if (hit) {
      matches.push({ slug: hit.slug, start: i, end: i + hit.v.length });
      i += hit.v.length;
    } else i += 1;
  }
  return matches;
}

/** Whether a block of text mentions the term at all, even inside a longer term (concordance). */
export function mentions(text: string, term: TermVariants): boolean {
  return term.variants.some((v) => v.length > 0 && text.includes(v));
}
