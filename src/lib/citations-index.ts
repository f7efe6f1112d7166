/**
 * Which theme and case pages cite which paragraph, so an article can show “被引用于” beside
 * each cited paragraph and a reader can go back from the sentence to the page that quotes
 * it. Read from the content files directly, because it is used while articles compile.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface Citation {
  /** What cites it, as shown: 专题“……” or 案例“……”. */
  label: string;
  /** Site-relative path with the anchor of the citing spot. */
  path: string;
}

interface Cites { article: string; para: string }
export interface ThemeCites { slug: string; title: string; excerpts: Cites[] }
export interface CaseCites { slug: string; name: string; practices: Cites[]; figures: Cites[] }

/**
 * Anchors of the citing spots on a theme or case page, shared with those pages: the kind
 * (excerpt, practice, figure) and the cited paragraph, with -2, -3… when one page cites
 * the same paragraph again, so every id on the page is unique.
 */
export function citeAnchors(kind: 'q' | 'practice' | 'figure', list: Cites[]): string[] {
  const seen = new Map<string, number>();
  return list.map((c) => {
    const key = `${kind}-${c.article}-${c.para}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? key : `${key}-${n}`;
  });
}

/** article id → paragraph id → citations, each citing page listed once per paragraph. */
export function citationIndex(themes: ThemeCites[], cases: CaseCites[]): Map<string, Map<string, Citation[]>> {
  const index = new Map<string, Map<string, Citation[]>>();
  const add = (c: Cites, citation: Citation) => {
    const paras = index.get(c.article) ?? new Map<string, Citation[]>();
    index.set(c.article, paras);
    const list = paras.get(c.para) ?? [];
    if (!list.some((x) => x.label === citation.label)) list.push(citation);
    paras.set(c.para, list);
  };
  for (const t of themes) {
    const anchors = citeAnchors('q', t.excerpts);
    t.excerpts.forEach((e, i) => add(e, { label: `专题“${t.title}”`, path: `themes/${t.slug}/#${anchors[i]}` }));
  }
  for (const c of cases) {
    for (const [kind, list] of [['practice', c.practices], ['figure', c.figures]] as const) {
      const anchors = citeAnchors(kind, list);
      list.forEach((p, i) => add(p, { label: `案例“${c.name}”`, path: `cases/${c.slug}/#${anchors[i]}` }));
    }
  }
  return index;
}

const frontmatter = (text: string): unknown => parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '');

const filesIn = (dir: string, ext: string) =>
  existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith(ext)).sort().map((n) => [n.slice(0, -ext.length), readFileSync(join(dir, n), 'utf8')] as const) : [];

export function loadCitations(contentDir: string): Map<string, Map<string, Citation[]>> {
  const themes = filesIn(join(contentDir, 'themes'), '.mdx').map(([slug, text]) => {
    const d = frontmatter(text) as { title: string; excerpts?: Cites[] };
    return { slug, title: d.title, excerpts: d.excerpts ?? [] };
  });
  const cases = filesIn(join(contentDir, 'cases'), '.yaml').map(([slug, text]) => {
    const d = parse(text) as { name: string; practices?: Cites[]; figures?: Cites[] };
    return { slug, name: d.name, practices: d.practices ?? [], figures: d.figures ?? [] };
  });
  return citationIndex(themes, cases);
}
