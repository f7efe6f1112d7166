/**
 * The places a theme is seen in: one column per case, and one per guidance article that
 * is not a case (the rural-organisation essay). Theme pages group their excerpts by these,
 * and the theme × case matrix uses them as its columns.
 */
/** `name`: how readers know the article (article-names.ts), the head of its own column. */
export interface ArticleInfo { id: string; title: string; name?: string; case?: string | undefined }
export interface CaseInfo { id: string; short: string }

export interface Column {
  key: string;
  label: string;
  /** Site-relative path of the case page, or of the article for a guidance text. */
  path: string;
  articles: string[];
}

/** Columns in the order of the articles (which follow their sources). */
export function columnsFor(articles: ArticleInfo[], cases: CaseInfo[]): Column[] {
  const columns: Column[] = [];
  for (const a of articles) {
    const c = a.case ? cases.find((x) => x.id === a.case) : undefined;
    const key = c ? c.id : `article-${a.id}`;
    const existing = columns.find((col) => col.key === key);
    if (existing) existing.articles.push(a.id);
    else columns.push(c ? { key, label: c.short, path: `cases/${c.id}/`, articles: [a.id] } : { key, label: a.name ?? `《${a.title}》`, path: `articles/${a.id}/`, articles: [a.id] });
  }
  return columns;
}

export interface Cited { article: string; para: string }

/** Items grouped by column, in column order; columns with nothing are left out. */
export function groupByColumn<T extends Cited>(items: T[], columns: Column[]): { column: Column; items: T[] }[] {
  return columns
    .map((column) => ({ column, items: items.filter((i) => column.articles.includes(i.article)) }))
    .filter((g) => g.items.length > 0);
}

/** One matrix row per theme: every column present, empty where the theme is not addressed. */
export function matrixRow<T extends Cited>(items: T[], columns: Column[]): { column: Column; items: T[] }[] {
  return columns.map((column) => ({ column, items: items.filter((i) => column.articles.includes(i.article)) }));
}
