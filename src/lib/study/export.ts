/**
 * 导出学习笔记 (issue 13): the reader's notes as the start of a 学习心得, in one structure that
 * becomes both a Word file (src/lib/study/docx.ts, with the `docx` library, in the browser) and
 * a Markdown file (toMarkdown below). Pure, so both are unit-tested with fixed dates.
 *
 * The document: the title 学习笔记, a line saying where and when it was exported, then per
 * article (in the site's article order, paragraphs in reading order) its title, each quoted
 * paragraph followed by a numbered reference marker [n] and the reader's note, and at the end
 * 参考文献, the numbered GB/T 7714-2015 references.
 *
 * Each reference is the one 引用本页 gives for the article (articleRefs and gbt7714 of
 * src/lib/links/citation.ts, so the text is the same to the byte), with two differences that
 * make it a reference to the passage quoted: the address is the paragraph's (the article's
 * address + #s2-p3), and the 引用日期 is the day the reader took the note on it, in the
 * reader's own time zone — the day they read that text, which is what GB/T 7714 asks for.
 *
 * Numbering (GB/T 7714-2015 §9.1, 顺序编码制): references are numbered in the order they are
 * first cited, and a source cited again keeps its number. Here the source of a quote is the
 * paragraph, not the article: each paragraph has its own address (and its own access date),
 * so each paragraph quoted is its own entry [n], and a teacher following [3] lands on the
 * very passage. Two notes on one paragraph share its number (the quote is shown once).
 */
import { articleRefs, gbt7714, isoDate, type ArticleFields, type WebPage } from '../links/citation.ts';
import { SITE_NAME } from '../links/urls.ts';
import { groupByArticle, isRevised, type Note } from './notes.ts';
import { parasInOrder } from './notes-view.ts';

/** What the browser knows of an article with notes (its pack data file, fetched by /notes/). */
export interface ExportArticle extends ArticleFields {
  slug: string;
  /** The article's canonical address, as in 引用本页: https://…/articles/yangjiang/ */
  url: string;
}

export interface ExportData {
  /** The site's address (https://…/ with the base path; NotesExport.astro), for articles the site no longer has. */
  site: string;
  /** The articles that have notes and that the site has, in the site's order. */
  articles: ExportArticle[];
}

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'meta'; text: string }
  | { kind: 'heading'; text: string }
  /** A quoted paragraph, followed by its reference marker [ref]. */
  | { kind: 'quote'; text: string; ref: number }
  /** One paragraph of the reader's note. */
  | { kind: 'note'; text: string }
  /** Said of a quote whose paragraph changed (原文已修订) or is gone since the note was taken. */
  | { kind: 'remark'; text: string }
  | { kind: 'references'; text: string }
  | { kind: 'reference'; ref: number; text: string };

export interface StudyDoc {
  title: string;
  blocks: Block[];
}

export const DOC_TITLE = '学习笔记';
export const REFERENCES_TITLE = '参考文献';

/** 学习笔记-2026-12-04.docx: the reader's date. */
export const exportFileName = (ext: 'docx' | 'md', now: Date, timeZone?: string): string => `${DOC_TITLE}-${isoDate(now, timeZone)}.${ext}`;

/** The reference to one paragraph: 引用本页's reference with the paragraph's address and the reader's date. */
export function paragraphReference(article: ExportArticle | undefined, fallback: { site: string; slug: string; title: string }, para: string, accessed: string): string {
  if (article) return gbt7714(articleRefs(article, `${article.url}#${para}`, accessed)[0]!.ref);
  // An article the site no longer has: what the note remembers of it, at the address it had.
  const ref: WebPage = { kind: 'web', authors: [], title: fallback.title || fallback.slug, site: SITE_NAME, url: `${fallback.site}articles/${fallback.slug}/#${para}`, accessed };
  return gbt7714(ref);
}

/** The note's paragraphs: its lines, blank ones left out. */
const noteParagraphs = (text: string): string[] => text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

export const REVISED = '原文已修订：本段在记笔记之后改过，以上引文是记笔记时的文字。';
export const GONE = '本段已不在文章中，以上引文是记笔记时的文字。';

/**
 * The document of the notes. `now`: when it is exported; `timeZone`: the reader's (undefined
 * in the browser; fixed in tests), for the dates. `current(note)`: the paragraph's text on
 * the site now, null when it is gone, undefined when not known (offline): the quote is always
 * the text the note was taken on, and a remark says when the site's text differs.
 */
export function studyDoc(notes: readonly Note[], data: ExportData, now: Date, timeZone?: string, current: (note: Note) => string | null | undefined = () => undefined): StudyDoc {
  const bySlug = new Map(data.articles.map((a) => [a.slug, a]));
  const groups = groupByArticle(notes, data.articles.map((a) => a.slug), (slug) => parasInOrder(notes, slug));
  const blocks: Block[] = [{ kind: 'title', text: DOC_TITLE }];
  const references: string[] = [];
  let spots = 0;
  const body: Block[] = [];
  for (const group of groups) {
    const article = bySlug.get(group.article);
    const first = group.notes[0]!;
    body.push({ kind: 'heading', text: article?.title ?? (first.title || group.article) });
    // Notes on one paragraph that quote the same text share the quote and its number.
    for (let i = 0; i < group.notes.length; ) {
      const here = group.notes[i]!;
      let j = i;
      while (j < group.notes.length && group.notes[j]!.para === here.para && group.notes[j]!.hash === here.hash) j++;
      const same = group.notes.slice(i, j);
      const accessed = isoDate(new Date(Math.min(...same.map((n) => Date.parse(n.created)))), timeZone);
      const key = paragraphReference(article, { site: data.site, slug: group.article, title: first.title }, here.para, accessed);
      let ref = references.indexOf(key) + 1;
      if (!ref) ref = references.push(key);
      body.push({ kind: 'quote', text: here.text, ref });
      const onSite = current(here);
      if (onSite === null) body.push({ kind: 'remark', text: GONE });
      else if (onSite !== undefined && isRevised(here, onSite)) body.push({ kind: 'remark', text: REVISED });
      for (const n of same) for (const text of noteParagraphs(n.note)) body.push({ kind: 'note', text });
      spots++;
      i = j;
    }
  }
  const count = groups.length ? `共 ${groups.length} 篇文章、${spots} 处段落。` : '还没有笔记。';
  blocks.push({ kind: 'meta', text: `${isoDate(now, timeZone)} 从${SITE_NAME}导出。${count}引文后的编号对应文末参考文献，网址指向原段落。` });
  blocks.push(...body);
  if (references.length) {
    blocks.push({ kind: 'references', text: REFERENCES_TITLE });
    references.forEach((text, i) => blocks.push({ kind: 'reference', ref: i + 1, text }));
  }
  return { title: DOC_TITLE, blocks };
}

/**
 * Markdown (CommonMark with GFM) escapes: text is printed as text, never read as markup —
 * a title such as 在**区…讲话 must not turn bold. Escapes do not show once rendered. Square
 * brackets stay as they are, so [EB/OL] and the markers [1] read well in the file itself:
 * with no link definitions in the file (a line would have to start with `[x]:`, which the
 * line-start escape below prevents), CommonMark prints them as text.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_<~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)\[/, '$1\\[')
    .replace(/^(\s*)([#>+=-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** The document as Markdown: headings, quotes as block quotes, references as a numbered list of [n]. */
export function toMarkdown(doc: StudyDoc): string {
  const out: string[] = [];
  for (const b of doc.blocks) {
    switch (b.kind) {
      case 'title': out.push(`# ${escapeMarkdown(b.text)}`); break;
      case 'meta': out.push(escapeMarkdown(b.text)); break;
      case 'heading': out.push(`## ${escapeMarkdown(b.text)}`); break;
      case 'quote': out.push(`> ${escapeMarkdown(b.text)}[${b.ref}]`); break;
      case 'note': out.push(escapeMarkdown(b.text)); break;
      case 'remark': out.push(`*${escapeMarkdown(b.text)}*`); break;
      case 'references': out.push(`## ${escapeMarkdown(b.text)}`); break;
      case 'reference': out.push(`[${b.ref}] ${escapeMarkdown(b.text)}`); break;
    }
  }
  return `${out.join('\n\n')}\n`;
}
