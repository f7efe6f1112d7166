/**
 * Glossary terms to offer when a search finds nothing: those sharing the most characters
 * with the query (a trainee who half-remembers 三会两课 gets 三会一课), pairs of adjacent
 * characters counting more than single ones; when none share anything, the most used terms.
 */
import { comparable } from './query.ts';

export interface TermEntry {
  term: string;
  aliases: string[];
  /** What readers may type for it (search/synonyms.ts); not used for suggestions. */
  synonyms?: string[];
  href: string;
}

function pairs(s: string): Set<string> {
  const chars = [...s];
  return new Set(chars.slice(1).map((c, i) => chars[i] + c));
}

function likeness(query: string, entry: TermEntry): number {
  const qChars = new Set(query);
  const qPairs = pairs(query);
  return Math.max(
    ...[entry.term, ...entry.aliases].map(comparable).map((v) => {
      const shared = [...new Set(v)].filter((c) => qChars.has(c)).length;
      const sharedPairs = [...pairs(v)].filter((p) => qPairs.has(p)).length;
      return sharedPairs * 2 + shared;
    }),
  );
}

/** `terms` are in order of use, most used first. */
export function suggestTerms(queryTerms: string[], terms: TermEntry[], count = 6): TermEntry[] {
  const query = comparable(queryTerms.join(''));
  const scored = terms.map((entry, i) => ({ entry, i, score: likeness(query, entry) }));
  const near = scored.filter((s) => s.score > 1).sort((a, b) => b.score - a.score || a.i - b.i);
  return (near.length > 0 ? near : scored).slice(0, count).map((s) => s.entry);
}
