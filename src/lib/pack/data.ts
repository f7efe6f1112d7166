/**
 * What the pack page reads to show an item, written at build time as small JSON files under
 * `pack/data/` (src/pages/pack/data/…), split so that a pack fetches only what it shows:
 *
 *   pack/data/articles/<slug>/index.json   the article's title, source, place, summary, outline
 *   pack/data/articles/<slug>/<s1>.json    the blocks of one top-level section (s0: before the first heading)
 *   pack/data/themes/<slug>.json           a theme: summary, key points, excerpts, questions
 *   pack/data/cases/<slug>.json            a case: summary, practices, key figures
 *
 * and how an item of the address becomes what the page shows (resolveItem). Pure: the
 * build and the browser share it, and so does the bench (`npm run bench:pack`).
 */
import { itemKey, parseItem, type PackItem } from './address.ts';

export interface OutlineEntry { id: string; text: string; level: number }

export interface ArticleMeta {
  title: string;
  titleSupplied: boolean;
  /** Where the article speaks of: the case's short name, or 指导性文章. */
  place: string;
  /** Printed source: 《党建研究》2022年第3期，共产党员网转载 */
  source: string;
  summary: string;
  outline: OutlineEntry[];
  /** The article's place in the site's order (0 first): /notes/ lists notes in it. */
  order: number;
  /** For a reference to it (学习笔记's export): the fields 引用本页 cites, and its canonical address. */
  author?: string | undefined;
  published: { publication?: string | undefined; issue?: string | undefined };
  url: string;
}

export interface SectionBlock { id: string; kind: 'heading' | 'paragraph'; text: string }
export interface ArticleSection { blocks: SectionBlock[] }

export interface CitedSpot {
  /** The anchor on the theme or case page. */
  id: string;
  article: string;
  para: string;
  articleTitle: string;
  /** The heading of the section the quoted paragraph is in ('' before the first heading). */
  articleHeading: string;
}

export interface ThemeData {
  title: string;
  summary: string;
  keyPoints: string[];
  excerpts: (CitedSpot & { quote: string; gist: string; place: string })[];
  questions: { id: string; text: string }[];
}

export interface CaseData {
  name: string;
  summary: string;
  region: string;
  practices: (CitedSpot & { title: string; summary: string })[];
  figures: (CitedSpot & { label: string; value: string })[];
  takeaways: string[];
}

/** Anchors on theme pages that stand for one of its lists, and can be put in a pack whole. */
export const THEME_LISTS = { 'key-points': '要点', questions: '思考题' } as const;

/** The site's moved addresses (content/redirects.yaml), read when an item's files are missing. */
export const MOVED_FILE = 'pack/data/moved.json';

/**
 * Where an item is now, given the moved addresses (site paths as content/redirects.yaml writes
 * them: `/articles/old/` → `/articles/new/`, `/themes/x/#q-old-s1-p1` → `/themes/x/#q-new-s1-p1`):
 * a moved anchor first, then a moved page (its anchors go with it). The item itself when
 * nothing moved it.
 */
export function followMoves<T extends Pick<PackItem, 'path' | 'anchor'>>(item: T, moved: Record<string, string>): T {
  const page = `/${item.path}/`;
  const to = (item.anchor && moved[`${page}#${item.anchor}`]) || moved[page];
  if (!to) return item;
  const [path = '', anchor = item.anchor] = to.split('#');
  const parsed = parseItem(`${path.replace(/^\/+|\/+$/g, '')}${anchor ? `~${anchor}` : ''}`);
  if (!parsed) return item;
  const { anchor: _old, ...rest } = item;
  return { ...rest, path: parsed.path, ...(parsed.anchor ? { anchor: parsed.anchor } : {}) } as T;
}

/** Site-relative data files an item needs, in the order they are read. */
export function dataFiles(item: Pick<PackItem, 'path' | 'anchor'>): string[] {
  const parsed = parseItem(itemKey(item));
  if (!parsed) return [];
  if (parsed.section !== 'articles') return [`pack/data/${parsed.path}.json`];
  const index = `pack/data/${parsed.path}/index.json`;
  return parsed.anchor && /^s\d+/.test(parsed.anchor) ? [index, `pack/data/${parsed.path}/${parsed.anchor.split('-')[0]}.json`] : [index];
}

/** Every file a pack fetches, each once. */
export const packFiles = (items: Pick<PackItem, 'path' | 'anchor'>[]): string[] => [...new Set(items.flatMap(dataFiles))];

/** What the page shows for one item. */
export type Shown =
  | {
      found: true;
      /** What it is, as a short label: 段落 / 小节 / 摘录 / 思考题 / 做法 / 数字 / 专题 / 案例 / 文章 … */
      kind: string;
      /** A heading over the text (a section's, a practice's title, a page's title), if any. */
      heading?: string;
      /** The text, paragraph by paragraph (a heading item: the section's paragraphs). */
      paragraphs: string[];
      /** Lines shown as a list (key points, questions of a list item). */
      list?: string[];
      /** Questions get ruled lines for answers on paper. */
      question: boolean;
      /** The source line: article, section, place. */
      source: string;
      /** Site-relative path with anchor, where the item is on the site (the link back). */
      at: string;
      /** For an excerpt, practice or figure: the quoted paragraph in its article. */
      original?: string;
    }
  | { found: false };

export interface Loaded {
  /** The JSON of a data file, or undefined when the site has no such file. */
  get(file: string): unknown;
}

const at = (item: Pick<PackItem, 'path' | 'anchor'>) => `${item.path}/${item.anchor ? `#${item.anchor}` : ''}`;
const articleSource = (m: ArticleMeta, heading?: string) =>
  [`《${m.title}》${m.titleSupplied ? '（编者拟题）' : ''}`, heading, m.place].filter(Boolean).join(' · ');
const cited = (s: CitedSpot) => `articles/${s.article}/#${s.para}`;
const citedSource = (s: CitedSpot, place?: string) => [`《${s.articleTitle}》`, s.articleHeading, place].filter(Boolean).join(' · ');

/** The item as the page shows it, from the data files already loaded. */
export function resolveItem(item: Pick<PackItem, 'path' | 'anchor'>, data: Loaded): Shown {
  const parsed = parseItem(itemKey(item));
  const files = dataFiles(item);
  if (!parsed || !files.length) return { found: false };
  const anchor = parsed.anchor;
  if (parsed.section === 'articles') {
    const meta = data.get(files[0]!) as ArticleMeta | undefined;
    if (!meta) return { found: false };
    const headingOf = (id: string) => meta.outline.find((o) => o.id === id)?.text;
    if (!anchor) {
      return { found: true, kind: '文章', heading: meta.title, paragraphs: [meta.summary], list: meta.outline.filter((o) => o.level === 2).map((o) => o.text), question: false, source: [meta.source, meta.place].join(' · '), at: at(item) };
    }
    const section = data.get(files[1] ?? '') as ArticleSection | undefined;
    const block = section?.blocks.find((b) => b.id === anchor);
    if (!section || !block) return { found: false };
    if (block.kind === 'paragraph') {
      const parent = anchor.replace(/-p\d+$/, '');
      return { found: true, kind: '段落', paragraphs: [block.text], question: false, source: articleSource(meta, headingOf(parent)), at: at(item) };
    }
    const inside = section.blocks.filter((b) => b.id.startsWith(`${anchor}-`));
    return {
      found: true, kind: '小节', heading: block.text, question: false, source: articleSource(meta), at: at(item),
      // Subheadings inside the section are shown as their own lines.
      paragraphs: inside.map((b) => b.text),
    };
  }
  if (parsed.section === 'themes') {
    const t = data.get(files[0]!) as ThemeData | undefined;
    if (!t) return { found: false };
    const page = `专题“${t.title}”`;
    if (!anchor) return { found: true, kind: '专题', heading: t.title, paragraphs: [t.summary], list: t.keyPoints, question: false, source: page, at: at(item) };
    if (anchor === 'key-points') return { found: true, kind: '要点', heading: `${t.title}：要点`, paragraphs: [], list: t.keyPoints, question: false, source: page, at: at(item) };
    if (anchor === 'questions') return { found: true, kind: '思考题', heading: `${t.title}：思考题`, paragraphs: [], list: t.questions.map((q) => q.text), question: true, source: page, at: at(item) };
    const q = t.questions.find((x) => x.id === anchor);
    if (q) return { found: true, kind: '思考题', paragraphs: [q.text], question: true, source: page, at: at(item) };
    const e = t.excerpts.find((x) => x.id === anchor);
    if (e) return { found: true, kind: '摘录', paragraphs: [e.quote], question: false, source: `${citedSource(e, e.place)}（${page}：${e.gist}）`, at: at(item), original: cited(e) };
    return { found: false };
  }
  const c = data.get(files[0]!) as CaseData | undefined;
  if (!c) return { found: false };
  const page = `案例“${c.name}”`;
  if (!anchor) return { found: true, kind: '案例', heading: c.name, paragraphs: [c.summary], list: c.practices.map((p) => p.title), question: false, source: `${page} · ${c.region}`, at: at(item) };
  const p = c.practices.find((x) => x.id === anchor);
  if (p) return { found: true, kind: '做法', heading: p.title, paragraphs: [p.summary], question: false, source: `${page} · ${citedSource(p)}`, at: at(item), original: cited(p) };
  const f = c.figures.find((x) => x.id === anchor);
  if (f) return { found: true, kind: '数字', heading: f.label, paragraphs: [f.value], question: false, source: `${page} · ${citedSource(f)}`, at: at(item), original: cited(f) };
  return { found: false };
}

/** The first sentence of a text (for 复制为文字), at most `max` characters. */
export function firstSentence(text: string, max = 60): string {
  const m = /^.*?[。！？；](?![”’」』])|^.*?[。！？；][”’」』]/s.exec(text);
  const s = (m ? m[0] : text).trim();
  const chars = [...s];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : s;
}
