/**
 * The references a page offers in its 引用本页 panel, from the content's own fields:
 * the page itself, and for an article the original publication where the frontmatter
 * prints one (刊物 and 期次). Pure, so the unit tests check it with fixed dates.
 */
import { journalIssue, type JournalArticle, type WebPage } from './cite.ts';
import { SITE_NAME } from './site.ts';

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
