/**
 * The site's content, loaded once per build and sorted the way readers see it, with the
 * lookups pages need. Pages call this instead of repeating collection queries.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { assertContentIntegrity } from './integrity.ts';
import { blocksOf, type Block } from './paragraphs.ts';
import { columnsFor, type Column } from './columns.ts';
import { bySource } from './order.ts';
import { concordance, type Occurrence } from './concordance.ts';
import { articleName, type ArticleName } from './article-names.ts';

export interface Knowledge {
  articles: CollectionEntry<'articles'>[];
  themes: CollectionEntry<'themes'>[];
  cases: CollectionEntry<'cases'>[];
  glossary: CollectionEntry<'glossary'>[];
  columns: Column[];
  blocks: Map<string, Block[]>;
  article(id: string): CollectionEntry<'articles'>;
  theme(id: string): CollectionEntry<'themes'>;
  caseOf(id: string): CollectionEntry<'cases'>;
  term(id: string): CollectionEntry<'glossary'>;
  block(article: string, para: string): Block;
  /** How readers know an article: short and full name (article-names.ts). */
  name(article: string): ArticleName;
  /** Every paragraph a glossary term (or an alias) is used in, worked out once per build. */
  uses(term: string): Occurrence[];
}

const zh = new Intl.Collator('zh-Hans-CN');

async function load(): Promise<Knowledge> {
  await assertContentIntegrity();
  const articles = (await getCollection('articles')).sort(bySource);
  const themes = (await getCollection('themes')).sort((a, b) => a.data.order - b.data.order);
  const cases = await getCollection('cases');
  const glossary = (await getCollection('glossary')).sort((a, b) => zh.compare(a.data.term, b.data.term));
  const order = (id: string) => articles.findIndex((a) => a.data.case?.id === id);
  cases.sort((a, b) => order(a.id) - order(b.id));
  const blocks = new Map(articles.map((a) => [a.id, blocksOf(a.body ?? '')]));
  const find = <T extends { id: string }>(list: T[], what: string) => (id: string): T => {
    const found = list.find((x) => x.id === id);
    if (!found) throw new Error(`找不到${what}“${id}”`);
    return found;
  };
  const term = find(glossary, '术语');
  const caseShort = (id: string | undefined) => cases.find((c) => c.id === id)?.data.short;
  const names = new Map(articles.map((a) => [a.id, articleName({ ...a.data, caseShort: caseShort(a.data.case?.id) })]));
  const uses = new Map<string, Occurrence[]>();
  return {
    articles, themes, cases, glossary, blocks,
    columns: columnsFor(articles.map((a) => ({ id: a.id, title: a.data.title, name: names.get(a.id)!.short, case: a.data.case?.id })), cases.map((c) => ({ id: c.id, short: c.data.short }))),
    article: find(articles, '文章'),
    theme: find(themes, '专题'),
    caseOf: find(cases, '案例'),
    term,
    name: (id) => {
      const name = names.get(id);
      if (!name) throw new Error(`找不到文章“${id}”`);
      return name;
    },
    block: (article, para) => find(blocks.get(article) ?? [], `段落 ${article}#`)(para),
    uses: (id) => {
      if (!uses.has(id)) {
        const g = term(id);
        uses.set(id, concordance({ slug: g.id, variants: [g.data.term, ...g.data.aliases] }, blocks));
      }
      return uses.get(id)!;
    },
  };
}

let loaded: Promise<Knowledge> | undefined;
export const knowledge = (): Promise<Knowledge> => (loaded ??= load());
