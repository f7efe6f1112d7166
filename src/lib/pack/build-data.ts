/**
 * The pack data files (their layout: ./data.ts), from the site's content: one small JSON per
 * article section, per article outline, per theme and per case, so that a pack fetches only
 * the files of the items it shows. Runs at build time (src/pages/pack/data/[...file].ts).
 */
import type { Knowledge } from '../../knowledge/index.ts';
import type { Block } from '../content/blocks.ts';
import { printedSource, regionLabel } from '../content/labels.ts';
import { citeAnchors } from '../content/relations.ts';
import { MOVED_FILE, type ArticleMeta, type ArticleSection, type CaseData, type CitedSpot, type ThemeData } from './data.ts';

/** The anchors of a theme's questions, in order: question-1, question-2… (themes/[slug].astro uses the same). */
export const questionAnchor = (index: number): string => `question-${index + 1}`;

const level = (id: string) => id.split('-').length + 1;

/** The top-level section a block id belongs to: s0 for blocks before the first heading. */
export const topSection = (id: string): string => id.split('-')[0]!;

/** `urlOf(article)`: the article's canonical address (shared-pages.ts), for references made in the browser. */
export function packData(k: Knowledge, moved: Record<string, string> = {}, urlOf: (article: string) => string = (a) => `articles/${a}/`): Map<string, unknown> {
  const files = new Map<string, unknown>();
  // Packs name pages by the address they had: the moved ones (content/redirects.yaml).
  files.set(MOVED_FILE.replace(/^pack\/data\//, ''), moved);
  const blocks = (article: string): Block[] => k.blocks(article);
  const headingText = (article: string, para: string): string => {
    const b = blocks(article).find((x) => x.id === para);
    return (b && b.kind === 'paragraph' && blocks(article).find((x) => x.id === b.section)?.text) || '';
  };
  const placeOf = (article: string): string => {
    const a = k.article(article);
    return a.data.case ? k.caseOf(a.data.case.id).data.short : k.name(article).short;
  };
  const spot = (id: string, c: { article: { id: string }; para: string }): CitedSpot => ({
    id,
    article: c.article.id,
    para: c.para,
    articleTitle: k.article(c.article.id).data.title,
    articleHeading: headingText(c.article.id, c.para),
  });

  for (const [order, a] of k.articles.entries()) {
    const list = blocks(a.id);
    const meta: ArticleMeta = {
      title: a.data.title,
      titleSupplied: a.data.titleSupplied,
      place: placeOf(a.id),
      source: printedSource(a.data.published),
      summary: a.data.summary,
      outline: list.filter((b) => b.kind === 'heading').map((b) => ({ id: b.id, text: b.text, level: level(b.id) })),
      order,
      ...(a.data.author ? { author: a.data.author } : {}),
      published: { publication: a.data.published.publication, issue: a.data.published.issue },
      url: urlOf(a.id),
    };
    files.set(`articles/${a.id}/index.json`, meta);
    const sections = new Map<string, ArticleSection>();
    for (const b of list) {
      const top = topSection(b.id);
      if (!sections.has(top)) sections.set(top, { blocks: [] });
      sections.get(top)!.blocks.push({ id: b.id, kind: b.kind, text: b.text });
    }
    for (const [top, section] of sections) files.set(`articles/${a.id}/${top}.json`, section);
  }

  for (const t of k.themes) {
    const plain = t.data.excerpts.map((e) => ({ article: e.article.id, para: e.para }));
    const anchors = citeAnchors('q', plain);
    const data: ThemeData = {
      title: t.data.title,
      summary: t.data.summary,
      keyPoints: t.data.keyPoints,
      excerpts: t.data.excerpts.map((e, i) => ({ ...spot(anchors[i]!, e), quote: e.quote, gist: e.gist, place: placeOf(e.article.id) })),
      questions: t.data.questions.map((text, i) => ({ id: questionAnchor(i), text })),
    };
    files.set(`themes/${t.id}.json`, data);
  }

  for (const c of k.cases) {
    const practiceAnchors = citeAnchors('practice', c.data.practices.map((p) => ({ article: p.article.id, para: p.para })));
    const figureAnchors = citeAnchors('figure', c.data.figures.map((f) => ({ article: f.article.id, para: f.para })));
    const data: CaseData = {
      name: c.data.name,
      summary: c.data.summary,
      region: regionLabel(c.data.region),
      practices: c.data.practices.map((p, i) => ({ ...spot(practiceAnchors[i]!, p), title: p.title, summary: p.summary })),
      figures: c.data.figures.map((f, i) => ({ ...spot(figureAnchors[i]!, f), label: f.label, value: f.value })),
      takeaways: c.data.takeaways,
    };
    files.set(`cases/${c.id}.json`, data);
  }
  return files;
}
