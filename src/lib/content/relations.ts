/** Articles are listed in the order of their source files (000 … 004), which is stable. */
export function bySource<T extends { data: { source: string } }>(a: T, b: T): number {
  return a.data.source.localeCompare(b.data.source);
}

/**
 * The places a theme is seen in: one column per case, and one per guidance article that
 * is not a case (the rural-organisation essay). Theme pages group their excerpts by these,
 * and the theme × case matrix uses them as its columns. Past GUIDANCE_COLUMNS guidance
 * articles they share one column, linked to the article list: a column each would make
 * the matrix grow with the corpus (51 KiB gzip at 5,000 synthetic articles).
 */
/** `name`: how readers know the article (article-names.ts), the head of its own column. */
export interface ArticleInfo { id: string; title: string; name?: string; case?: string | undefined }
export interface CaseInfo { id: string; short: string }

export interface Column {
  key: string;
  label: string;
  /** Site-relative path of the case page, of the article for a guidance text, or of the article list. */
  path: string;
  articles: string[];
}

/** At most this many guidance articles get a column each. */
export const GUIDANCE_COLUMNS = 3;

/** Columns in the order of the articles (which follow their sources). */
export function columnsFor(articles: ArticleInfo[], cases: CaseInfo[]): Column[] {
  const caseById = new Map(cases.map((c) => [c.id, c]));
  const guidance = articles.filter((a) => !(a.case && caseById.has(a.case))).length;
  const byKey = new Map<string, Column>();
  for (const a of articles) {
    const c = a.case ? caseById.get(a.case) : undefined;
    const key = c ? c.id : guidance > GUIDANCE_COLUMNS ? 'guidance' : `article-${a.id}`;
    const existing = byKey.get(key);
    if (existing) existing.articles.push(a.id);
    else if (c) byKey.set(key, { key, label: c.short, path: `cases/${c.id}/`, articles: [a.id] });
    else if (key === 'guidance') byKey.set(key, { key, label: '指导性文章', path: 'articles/', articles: [a.id] });
    else byKey.set(key, { key, label: a.name ?? `《${a.title}》`, path: `articles/${a.id}/`, articles: [a.id] });
  }
  return [...byKey.values()];
}

export interface Cited { article: string; para: string }

/** Items under each column, in column order (every column present). */
function byColumn<T extends Cited>(items: T[], columns: Column[]): { column: Column; items: T[] }[] {
  const slot = new Map<string, T[]>();
  for (const column of columns) {
    const list: T[] = [];
    for (const a of column.articles) slot.set(a, list);
  }
  const rows = columns.map((column) => ({ column, items: slot.get(column.articles[0] ?? '') ?? [] }));
  for (const i of items) slot.get(i.article)?.push(i);
  return rows;
}

/** Items grouped by column, in column order; columns with nothing are left out. */
export function groupByColumn<T extends Cited>(items: T[], columns: Column[]): { column: Column; items: T[] }[] {
  return byColumn(items, columns).filter((g) => g.items.length > 0);
}

/** One matrix row per theme: every column present, empty where the theme is not addressed. */
export function matrixRow<T extends Cited>(items: T[], columns: Column[]): { column: Column; items: T[] }[] {
  return byColumn(items, columns);
}

/**
 * What each column of the matrix is drawn from, for 各列所据文章 under it: a case's or a
 * guidance article's column names its articles; the shared guidance column (more than
 * GUIDANCE_COLUMNS guidance articles) can hold thousands, of which the themes quote a few,
 * so it names those its cells quote and counts the rest (compare/ stays small at any size).
 */
export function columnSources<T extends Cited>(columns: Column[], rows: { cells: { column: Column; items: T[] }[] }[]): { column: Column; cited: string[]; others: number }[] {
  const quoted = new Set(rows.flatMap((r) => r.cells.flatMap((c) => c.items.map((i) => i.article))));
  return columns.map((column) => {
    const cited = column.key === 'guidance' ? column.articles.filter((a) => quoted.has(a)) : column.articles;
    return { column, cited, others: column.articles.length - cited.length };
  });
}

/** Themes two cases share, in a stable order, for “compare with” links. */
export function sharedThemes(a: Set<string>, b: Set<string>): string[] {
  return [...a].filter((t) => b.has(t)).sort();
}

/**
 * Articles related by the themes they share: those sharing any, most shared first, ties in
 * the order given (source order).
 */
export function rankRelated(candidates: { id: string; shared: number }[]): { id: string; shared: number }[] {
  return candidates.filter((a) => a.shared > 0).sort((x, y) => y.shared - x.shared);
}

/**
 * Which theme and case pages cite which paragraph, so an article can show “被引用于” beside
 * each cited paragraph and a reader can go back from the sentence to the page that quotes
 * it. The index is built from the content files by src/knowledge/files.ts (loadCitations), because it is used while articles compile.
 */

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
