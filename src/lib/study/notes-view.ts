/**
 * What the /notes/ page and the article pages show of the reader's notes (issue 13), as pure
 * functions: the 学习记录 lines, paragraphs in reading order from their block ids, the date
 * as readers write it, and the paragraph's text on the page now, as the pack data has it.
 */
import { normaliseText, type Note } from './notes.ts';

/**
 * What the build puts in /notes/ (data-site): how many articles the site has, and its themes.
 * Nothing per article, so the page stays the same size however many articles there are: what
 * it needs of the articles that have notes it fetches (their pack data files, articleFile).
 */
export interface NotesSite {
  articles: number;
  themes: { slug: string; title: string }[];
}

/**
 * The 学习记录: how many articles read of all, themes with a finished 自测 of all, notes taken.
 * Articles read are the slugs recorded on article pages (at most all of them).
 */
export function studyRecord(site: NotesSite, read: readonly string[], selftest: readonly string[], notes: readonly Note[]): string[] {
  const known = (list: { slug: string }[], slugs: readonly string[]) => list.filter((x) => slugs.includes(x.slug)).length;
  const written = notes.filter((n) => n.note.trim()).length;
  const marked = notes.filter((n) => n.marked).length;
  return [
    `读完文章 ${Math.min(new Set(read).size, site.articles)} / ${site.articles} 篇`,
    `完成自测的专题 ${known(site.themes, selftest)} / ${site.themes.length} 个`,
    notes.length ? `笔记 ${written} 条，划线 ${marked} 段` : '还没有笔记和划线',
  ];
}

/**
 * A block id (s1-2-p3) as a sort key in reading order: the heading path, then 0 and the
 * paragraph number, so a section's own paragraphs come before its subsections'.
 */
export function blockKey(id: string): number[] {
  const parts = id.split('-');
  const p = parts[parts.length - 1]?.startsWith('p') ? Number(parts.pop()!.slice(1)) : undefined;
  const path = parts.map((x) => Number(x.replace(/^s/, '')));
  return p === undefined ? path : [...path, 0, p];
}

export function compareBlocks(a: string, b: string): number {
  const x = blockKey(a);
  const y = blockKey(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

/** The block ids of the notes on one article, in reading order (for groupByArticle). */
export const parasInOrder = (notes: readonly Note[], article: string): string[] =>
  [...new Set(notes.filter((n) => n.article === article).map((n) => n.para))].sort(compareBlocks);

/** 2026年12月4日 (local time), as a Chinese reader writes a date. */
export function noteDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
}

/** The pack data file of an article (its title, place in the site's order and reference fields: src/lib/pack/data.ts ArticleMeta). */
export const articleFile = (article: string): string => `pack/data/articles/${article}/index.json`;

/** The slugs of the notes' articles in the site's order (`order` from their data files); unknown ones last. */
export function articlesInOrder(notes: readonly Note[], orderOf: (article: string) => number | undefined): string[] {
  const slugs = [...new Set(notes.map((n) => n.article))];
  return slugs.sort((a, b) => (orderOf(a) ?? Number.MAX_SAFE_INTEGER) - (orderOf(b) ?? Number.MAX_SAFE_INTEGER));
}

/** The pack data file holding a paragraph (pack/data/articles/<slug>/<s1>.json). */
export const sectionFile = (article: string, para: string): string => `pack/data/articles/${article}/${para.split('-')[0]}.json`;

/**
 * The paragraph's text from a pack section file (src/lib/pack/data.ts): undefined when the
 * file says nothing usable, null when the file is there but the paragraph is not (removed).
 */
export function textIn(section: unknown, para: string): string | null | undefined {
  const blocks = section && typeof section === 'object' ? (section as { blocks?: unknown }).blocks : undefined;
  if (!Array.isArray(blocks)) return undefined;
  const block = blocks.find((b): b is { id: string; text: string } => !!b && typeof b === 'object' && (b as { id?: unknown }).id === para);
  return block && typeof block.text === 'string' ? normaliseText(block.text) : null;
}
