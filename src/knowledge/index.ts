/**
 * The knowledge layer: the one module that reads the content collections and answers every
 * relation between them (which themes an article feeds, its case, related articles, the
 * terms in a page, the uses of a term, who cites a paragraph, places and columns, counts).
 * Everything is worked out once per build, into maps, so that a page's question costs a
 * lookup, not a pass over the corpus: at thousands of articles, a page that scanned every
 * article made the build quadratic. Pages and components only render what it returns.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { assertContentIntegrity } from './integrity.ts';
import { blocksOf, type Block } from '../lib/content/blocks.ts';
import { bySource, citeAnchors, columnSources, columnsFor, groupByColumn, matrixRow, rankRelated, sharedThemes, type Column } from '../lib/content/relations.ts';
import { concordance, mentionedTerms, type Occurrence, type TermVariants } from '../lib/content/terms.ts';
import { articleName, type ArticleName } from '../lib/content/article-names.ts';
import { paragraphParts, type QuotePart } from '../lib/content/restored-quote.ts';
import { renderedEntry, type MdxCollection, type RenderedEntry } from './rendered.ts';

type Article = CollectionEntry<'articles'>;
type Theme = CollectionEntry<'themes'>;
type Case = CollectionEntry<'cases'>;
type Term = CollectionEntry<'glossary'>;

/** An excerpt of a theme page, with the anchor it has there. */
export interface Excerpt {
  article: string;
  para: string;
  quote: string;
  gist: string;
  anchor: string;
}

export interface Knowledge {
  /** In reading order: articles by source, themes by `order`, cases by their first article, terms by pinyin. */
  articles: Article[];
  themes: Theme[];
  cases: Case[];
  glossary: Term[];
  /** The places a theme is seen in: one per case, guidance articles apart (relations.ts). */
  columns: Column[];
  article(id: string): Article;
  theme(id: string): Theme;
  /** An article's or theme's MDX body, HTML and headings, as the content loader rendered them. */
  rendered(collection: MdxCollection, id: string): RenderedEntry;
  caseOf(id: string): Case;
  term(id: string): Term;
  /** The blocks (headings and paragraphs) of an article. */
  blocks(article: string): Block[];
  block(article: string, para: string): Block;
  /** How readers know an article: short and full name (article-names.ts). */
  name(article: string): ArticleName;
  /** A paragraph's text in parts, an editor's restorations marked (restored-quote.ts); quotes are cut from it. */
  paragraphParts(article: string, para: string): QuotePart[];
  /** The heading a paragraph sits under, if any. */
  sectionOf(article: string, para: string): Block | undefined;
  /** The column an article is shown in (its case, or its own as a guidance text). */
  columnOf(article: string): Column | undefined;
  /** The articles of a case, in source order. */
  articlesOfCase(id: string): Article[];
  /** Themes an article feeds: those it declares, and those whose pages quote it. */
  themesOfArticle(id: string): Theme[];
  /** Other articles quoted by the same themes, most shared first. */
  relatedArticles(id: string): { article: Article; shared: number }[];
  /** Glossary entries used in an article. */
  termsInArticle(id: string): Term[];
  /** Every paragraph a glossary term (or an alias) is used in. */
  uses(term: string): Occurrence[];
  /** Glossary entries, those used in the most blocks first (ties in glossary order). */
  termsByUse(): Term[];
  /** Themes a term belongs to: those it declares and those listing it. */
  themesOfTerm(id: string): string[];
  /** A theme's excerpts with their anchors on its page. */
  excerpts(theme: string): Excerpt[];
  /** A theme's excerpts grouped by column (theme page, handout). */
  excerptGroups(theme: string): { column: Column; items: Excerpt[] }[];
  /** One row per theme, every column present (the 专题 × 案例 matrix). */
  matrix(): { theme: Theme; cells: { column: Column; items: Excerpt[] }[] }[];
  /** Each column's articles quoted in the matrix, and how many of its articles are not (relations.ts). */
  columnSources(): { column: Column; cited: string[]; others: number }[];
  /** Other cases sharing themes with a case's practices. */
  casesSharingThemes(id: string): { entry: Case; shared: string[] }[];
}

const zh = new Intl.Collator('zh-Hans-CN');

/** A lookup by id that names what is missing, in the editor's words. */
function byId<T extends { id: string }>(list: T[], what: string): (id: string) => T {
  const map = new Map(list.map((x) => [x.id, x]));
  return (id) => {
    const found = map.get(id);
    if (!found) throw new Error(`找不到${what}“${id}”`);
    return found;
  };
}

/** Memoises a one-argument function. */
function memo<T>(f: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, f(key));
    return cache.get(key)!;
  };
}

const once = <T>(f: () => T): (() => T) => {
  let value: { v: T } | undefined;
  return () => (value ??= { v: f() }).v;
};

const variantsOf = (g: Term): TermVariants => ({ slug: g.id, variants: [g.data.term, ...g.data.aliases] });

async function load(): Promise<Knowledge> {
  await assertContentIntegrity();
  const articles = (await getCollection('articles')).sort(bySource);
  const themes = (await getCollection('themes')).sort((a, b) => a.data.order - b.data.order);
  const glossary = (await getCollection('glossary')).sort((a, b) => zh.compare(a.data.term, b.data.term));
  const articleIndex = new Map(articles.map((a, i) => [a.id, i]));
  const firstArticleOfCase = new Map<string, number>();
  articles.forEach((a, i) => {
    const c = a.data.case?.id;
    if (c && !firstArticleOfCase.has(c)) firstArticleOfCase.set(c, i);
  });
  const caseOrder = (id: string) => firstArticleOfCase.get(id) ?? -1;
  const cases = (await getCollection('cases')).sort((a, b) => caseOrder(a.id) - caseOrder(b.id));

  const blocks = new Map(articles.map((a) => [a.id, blocksOf(renderedEntry('articles', a.id).body)]));
  const blockMaps = new Map([...blocks].map(([id, list]) => [id, new Map(list.map((b) => [b.id, b]))]));
  const caseShort = new Map(cases.map((c) => [c.id, c.data.short]));
  const names = new Map(articles.map((a) => [a.id, articleName({ ...a.data, caseShort: a.data.case ? caseShort.get(a.data.case.id) : undefined })]));
  const columns = columnsFor(
    articles.map((a) => ({ id: a.id, title: a.data.title, name: names.get(a.id)!.short, case: a.data.case?.id })),
    cases.map((c) => ({ id: c.id, short: c.data.short })),
  );
  const columnByArticle = new Map(columns.flatMap((c) => c.articles.map((a) => [a, c] as const)));
  const article = byId(articles, '文章');
  const theme = byId(themes, '专题');
  const term = byId(glossary, '术语');

  const casesArticles = Map.groupBy(articles, (a) => a.data.case?.id ?? '');
  /** article id → ids of the themes whose pages quote it. */
  const quotedBy = new Map<string, Set<string>>();
  for (const t of themes) {
    for (const e of t.data.excerpts) {
      const set = quotedBy.get(e.article.id) ?? new Set<string>();
      set.add(t.id);
      quotedBy.set(e.article.id, set);
    }
  }
  /** Each article's MDX body, line by line (a block's `line` counts in it). */
  const bodyLines = memo((a: string) => renderedEntry('articles', article(a).id).body.split('\n'));
  const partsOf = memo((key: string) => {
    const [a, para] = key.split('#') as [string, string];
    return paragraphParts(bodyLines(a)[block(a, para).line - 1] ?? '');
  });
  const block = (a: string, para: string): Block => {
    const found = blockMaps.get(a)?.get(para);
    if (!found) throw new Error(`找不到段落 ${a}#${para}`);
    return found;
  };
  const excerpts = memo((id: string): Excerpt[] => {
    const plain = theme(id).data.excerpts.map((e) => ({ article: e.article.id, para: e.para, quote: e.quote, gist: e.gist }));
    const anchors = citeAnchors('q', plain);
    return plain.map((e, i) => ({ ...e, anchor: anchors[i]! }));
  });
  /**
   * Which blocks mention which term, from one scan of every block for the whole glossary:
   * term id → article id → its blocks (headings too) that mention the term. Counts, the terms
   * of an article and the uses of a term all come from it.
   */
  const mentionsOf = once(() => {
    const variants = glossary.map(variantsOf);
    const out = new Map<string, Map<string, Block[]>>(glossary.map((g) => [g.id, new Map()]));
    for (const [a, list] of blocks) {
      for (const b of list) {
        for (const slug of mentionedTerms(b.text, variants)) {
          const byArticle = out.get(slug)!;
          const found = byArticle.get(a);
          if (found) found.push(b);
          else byArticle.set(a, [b]);
        }
      }
    }
    return out;
  });
  /** How many blocks (headings too) mention a term: the order of “start with these terms”. */
  const useCounts = once(() => new Map([...mentionsOf()].map(([id, byArticle]) => [id, [...byArticle.values()].reduce((n, l) => n + l.length, 0)])));
  const matrix = once(() => themes.map((t) => ({ theme: t, cells: matrixRow(excerpts(t.id), columns) })));
  const caseOf = byId(cases, '案例');
  const themesOfCase = memo((id: string) => new Set(caseOf(id).data.practices.flatMap((p) => p.themes.map((t) => t.id))));
  const themesListingTerm = new Map<string, string[]>();
  for (const t of themes) for (const r of t.data.terms) themesListingTerm.set(r.id, [...(themesListingTerm.get(r.id) ?? []), t.id]);

  return {
    articles, themes, cases, glossary, columns,
    article, theme, term,
    rendered: renderedEntry,
    caseOf,
    blocks: (a) => blocks.get(a) ?? [],
    block,
    name: (id) => {
      const found = names.get(id);
      if (!found) throw new Error(`找不到文章“${id}”`);
      return found;
    },
    paragraphParts: (a, para) => partsOf(`${a}#${para}`),
    sectionOf: (a, para) => {
      const section = block(a, para).section;
      return section ? blockMaps.get(a)?.get(section) : undefined;
    },
    columnOf: (a) => columnByArticle.get(a),
    articlesOfCase: (id) => casesArticles.get(id) ?? [],
    themesOfArticle: memo((id) => {
      const declared = new Set(article(id).data.themes.map((r) => r.id));
      const quoted = quotedBy.get(id) ?? new Set<string>();
      return themes.filter((t) => declared.has(t.id) || quoted.has(t.id));
    }),
    relatedArticles: memo((id) => {
      const mine = quotedBy.get(id) ?? new Set<string>();
      // Only articles quoted by one of this article's themes can share one with it.
      const candidates = new Set<string>();
      for (const t of mine) for (const e of theme(t).data.excerpts) candidates.add(e.article.id);
      candidates.delete(id);
      const ranked = rankRelated(
        [...candidates].sort((a, b) => articleIndex.get(a)! - articleIndex.get(b)!).map((c) => ({ id: c, shared: [...(quotedBy.get(c) ?? [])].filter((t) => mine.has(t)).length })),
      );
      return ranked.map((r) => ({ article: article(r.id), shared: r.shared }));
    }),
    termsInArticle: memo((id) => glossary.filter((g) => mentionsOf().get(g.id)!.has(id))),
    // Articles in site order (blocks' order), as the concordance lists them.
    uses: memo((id) => concordance(variantsOf(term(id)), mentionsOf().get(term(id).id)!)),
    termsByUse: once(() => {
      const counts = useCounts();
      return [...glossary].sort((a, b) => counts.get(b.id)! - counts.get(a.id)!);
    }),
    themesOfTerm: memo((id) => [...new Set([...term(id).data.themes.map((t) => t.id), ...(themesListingTerm.get(id) ?? [])])]),
    excerpts,
    excerptGroups: memo((id) => groupByColumn(excerpts(id), columns)),
    matrix,
    columnSources: once(() => columnSources(columns, matrix())),
    casesSharingThemes: memo((id) =>
      cases
        .filter((o) => o.id !== id)
        .map((o) => ({ entry: o, shared: sharedThemes(themesOfCase(id), themesOfCase(o.id)) }))
        .filter((o) => o.shared.length > 0),
    ),
  };
}

let loaded: Promise<Knowledge> | undefined;
/** The site's knowledge, loaded and checked once per build. */
export const knowledge = (): Promise<Knowledge> => (loaded ??= load());
