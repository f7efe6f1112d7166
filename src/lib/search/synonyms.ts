/**
 * Search in the trainee's words: a query that is a synonym of a glossary entry (支委会 for
 * 三会一课, 村两委 for 两委, 先进性教育 for 保先; its full names, abbreviations and common
 * variants, listed in the entry's `synonyms`), or one of its aliases, also searches for the
 * entry's term, so the entry comes first and then every page that uses the term.
 * Traditional queries arrive here already converted (search-page.ts).
 *
 * Checked at build (synonymConflicts, run by integrity.ts): a synonym that belongs to two
 * entries could lead to either, so it stops the build, naming the file, line and field.
 */
import { comparable } from './query.ts';

/** Quote marks carry no meaning for matching: “两新”组织 is 两新组织. */
const key = (s: string): string => comparable(s.replace(/[“”"‘’'「」『』《》]/g, ''));

export interface SynonymEntry {
  term: string;
  aliases: string[];
  synonyms?: string[] | undefined;
}

/**
 * The entry the whole query names by a synonym or alias, if any. Not when the query is
 * an entry's own term: ranking already puts that entry first.
 */
export function synonymEntry<T extends SynonymEntry>(terms: string[], entries: T[]): T | undefined {
  const q = key(terms.join(''));
  if (!q || entries.some((e) => key(e.term) === q)) return undefined;
  return entries.find((e) => [...e.aliases, ...(e.synonyms ?? [])].some((v) => key(v) === q));
}

export interface SynonymSource extends SynonymEntry {
  /** The entry's file, as errors name it. */
  file: string;
  /** The file's text, to find the line of each synonym. */
  text: string;
}

/** The line (1-based) a synonym is written on: in the `synonyms:` list, else that key's line. */
function lineOf(text: string, synonym: string): number {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => /^synonyms\s*:/.test(l));
  if (start < 0) return 1;
  for (let i = start + 1; i < lines.length && /^\s+-|^\s*$|^\s*#/.test(lines[i]!); i++) {
    if (lines[i]!.includes(synonym)) return i + 1;
  }
  return start + 1;
}

/**
 * Every synonym that is also another entry's term, alias or synonym: one message each,
 * naming the file, the line and the field, and the entry it collides with.
 */
export function synonymConflicts(entries: SynonymSource[]): string[] {
  const out: string[] = [];
  entries.forEach((a, i) => {
    for (const s of a.synonyms ?? []) {
      for (const [j, b] of entries.entries()) {
        if (i === j) continue;
        const as = key(b.term) === key(s) ? '术语' : b.aliases.some((v) => key(v) === key(s)) ? '别名' : (b.synonyms ?? []).some((v) => key(v) === key(s)) ? '同义词' : undefined;
        if (as) out.push(`${a.file}:${lineOf(a.text, s)}：字段 synonyms：同义词“${s}”也是 ${b.file} 的${as}（术语“${b.term}”）；一个同义词只能属于一个术语，否则搜索它时不知该先给哪一条`);
      }
    }
  });
  return out;
}
