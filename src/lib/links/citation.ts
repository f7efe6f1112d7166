import { SITE_NAME } from './urls.ts';

/**
 * References to our pages and to the articles' original publications, in the three forms
 * lecturers need: GB/T 7714-2015 text for a reference list, and RIS and BibTeX files for
 * reference managers (Zotero, EndNote, NoteExpress; LaTeX with gbt7714 or biblatex-gb7714).
 *
 * GB/T 7714-2015 forms used (§4.7 电子资源, §4.4 连续出版物中的析出文献):
 *   主要责任者. 题名: 其他题名信息[EB/OL]. [引用日期]. 获取和访问路径.
 *   主要责任者. 题名[J]. 刊名, 年(期).
 * The (更新或修改日期) of a web page is left out: we do not record when a page last
 * changed, and the build date is not that date. A text with no named author starts with its
 * title, as §8.1.4 allows for numbered reference lists (an author's post is not a name).
 */

export interface WebPage {
  kind: 'web';
  /** 主要责任者: people or one organisation; empty when the text names nobody. */
  authors: string[];
  /** Whether the author is an organisation (BibTeX must not split it into a name). */
  corporate?: boolean;
  title: string;
  /** 其他题名信息, after a colon: 基层党建专题. */
  subtitle?: string;
  /** The website, for reference managers (RIS T2, BibTeX organization). */
  site: string;
  url: string;
  /** 引用日期, YYYY-MM-DD. */
  accessed: string;
}

export interface JournalArticle {
  kind: 'journal';
  authors: string[];
  title: string;
  journal: string;
  year: string;
  issue?: string;
}

export type Reference = WebPage | JournalArticle;

/** GB/T 7714 §8.1.2: at most three authors, then “, 等”. */
function responsible(authors: string[]): string {
  if (authors.length === 0) return '';
  return `${authors.slice(0, 3).join(', ')}${authors.length > 3 ? ', 等' : ''}. `;
}

export function gbt7714(ref: Reference): string {
  const who = responsible(ref.authors);
  if (ref.kind === 'journal') return `${who}${ref.title}[J]. ${ref.journal}, ${ref.year}${ref.issue ? `(${ref.issue})` : ''}.`;
  const title = ref.subtitle ? `${ref.title}: ${ref.subtitle}` : ref.title;
  return `${who}${title}[EB/OL]. [${ref.accessed}]. ${ref.url}.`;
}

/** “2022年第3期” → 2022 and 3; undefined when the issue is not printed that way. */
export function journalIssue(printed: string): { year: string; issue?: string } | undefined {
  const m = /^\s*(\d{4})\s*年\s*(?:第\s*(\d+)\s*期)?\s*$/.exec(printed);
  if (!m) return undefined;
  return m[2] ? { year: m[1]!, issue: m[2] } : { year: m[1]! };
}

/**
 * RIS as Zotero's RIS translator reads it: ELEC → web page (T2 website title, Y2 access
 * date), JOUR → journal article (T2 journal). CRLF line ends, as the format specifies.
 */
export function ris(ref: Reference): string {
  const lines: [string, string][] = [['TY', ref.kind === 'web' ? 'ELEC' : 'JOUR'], ...ref.authors.map((a): [string, string] => ['AU', a])];
  if (ref.kind === 'web') {
    lines.push(['TI', ref.subtitle ? `${ref.title}: ${ref.subtitle}` : ref.title], ['T2', ref.site], ['UR', ref.url], ['Y2', ref.accessed.replace(/-/g, '/')]);
  } else {
    lines.push(['TI', ref.title], ['T2', ref.journal], ['PY', ref.year]);
    if (ref.issue) lines.push(['IS', ref.issue]);
  }
  lines.push(['LA', 'zh-CN'], ['ER', '']);
  return lines.map(([tag, value]) => `${tag}  - ${value}`).join('\r\n') + '\r\n';
}

/** Characters BibTeX reads as commands, escaped in text fields (URLs are left verbatim). */
const texEscape = (s: string) => s.replace(/[\\{}%&$#_^~]/g, (c) => (c === '\\' ? '\\textbackslash{}' : c === '^' || c === '~' ? `\\${c}{}` : `\\${c}`));

/** BibTeX (biblatex @online / @article; gbt7714 reads both), one entry. */
export function bibtex(ref: Reference, key: string): string {
  const fields: [string, string][] = [];
  if (ref.authors.length > 0) {
    const names = ref.authors.map(texEscape);
    fields.push(['author', ref.kind === 'web' && ref.corporate ? names.map((n) => `{${n}}`).join(' and ') : names.join(' and ')]);
  }
  if (ref.kind === 'web') {
    fields.push(['title', texEscape(ref.title)]);
    if (ref.subtitle) fields.push(['subtitle', texEscape(ref.subtitle)]);
    fields.push(['organization', texEscape(ref.site)], ['url', ref.url], ['urldate', ref.accessed]);
  } else {
    fields.push(['title', texEscape(ref.title)], ['journal', texEscape(ref.journal)], ['year', ref.year]);
    if (ref.issue) fields.push(['number', ref.issue]);
  }
  fields.push(['langid', 'chinese']);
  return `@${ref.kind === 'web' ? 'online' : 'article'}{${key},\n${fields.map(([k, v]) => `  ${k} = {${v}},`).join('\n')}\n}\n`;
}

/** YYYY-MM-DD of a moment in a time zone (the build's, or undefined for the reader's own). */
export function isoDate(when: Date, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(when);
}

/**
 * The references a page offers in its 引用本页 panel, from the content's own fields:
 * the page itself, and for an article the original publication where the frontmatter
 * prints one (刊物 and 期次). Pure, so the unit tests check it with fixed dates.
 */

export interface ArticleFields {
  title: string;
  author?: string | undefined;
  published: { publication?: string | undefined; issue?: string | undefined };
}

export interface PageRef {
  /** Also the file name of its downloads: cite.ris, original.bib. */
  key: 'cite' | 'original';
  label: string;
  ref: WebPage | JournalArticle;
}

/** Themes and cases are our editors' work, so the site is their author. */
const ourPage = (title: string, subtitle: string, url: string, accessed: string): WebPage => ({
  kind: 'web', authors: [SITE_NAME], corporate: true, title, subtitle, site: SITE_NAME, url, accessed,
});

export function articleRefs(a: ArticleFields, url: string, accessed: string): PageRef[] {
  const authors = a.author ? [a.author] : [];
  const refs: PageRef[] = [{ key: 'cite', label: '本页（网络版）', ref: { kind: 'web', authors, title: a.title, site: SITE_NAME, url, accessed } }];
  const issue = a.published.issue ? journalIssue(a.published.issue) : undefined;
  if (a.published.publication && issue) {
    refs.push({ key: 'original', label: '原刊', ref: { kind: 'journal', authors, title: a.title, journal: a.published.publication, ...issue } });
  }
  return refs;
}

export const themeRefs = (title: string, url: string, accessed: string): PageRef[] => [
  { key: 'cite', label: '本页', ref: ourPage(title, '基层党建专题', url, accessed) },
];

export const caseRefs = (name: string, url: string, accessed: string): PageRef[] => [
  { key: 'cite', label: '本页', ref: ourPage(name, '基层党建案例', url, accessed) },
];
