/**
 * Checks that Astro's schemas cannot make, run once per build; any failure stops the build
 * with the file, the field and what is wrong:
 * - every typed reference points at an entry that exists (Astro only logs a warning);
 * - every excerpt, practice and key figure on theme and case pages cites a paragraph id
 *   that exists, and its quoted text still stands in that paragraph;
 * - every 自测 question of a theme cites a paragraph that exists, and its answer's key words
 *   stand in it (src/lib/content/self-test.ts), named by file:line and field;
 * - every content file became an entry (no two share a slug) and every glossary term
 *   occurs in some article (content-checks.ts);
 * - no search synonym belongs to two glossary entries (search/synonyms.ts).
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { blocksOf, excerptProblem, type Block } from '../lib/content/blocks.ts';
import { droppedFiles, unusedTerms } from '../lib/content/checks.ts';
import { selfTestProblems } from '../lib/content/self-test.ts';
import { lineOfField } from '../lib/content/yaml-lines.ts';
import { synonymConflicts } from '../lib/search/synonyms.ts';
import { collectionFiles, fileText } from './files.ts';
import { renderedEntry } from './rendered.ts';

interface Ref { collection: string; id: string }
interface Cited { article: Ref; para: string }

const isRef = (v: unknown): v is Ref =>
  typeof v === 'object' && v !== null && 'collection' in v && 'id' in v && Object.keys(v).length === 2;

/** Every reference in an entry's data, with the path of the field that holds it. */
function refsIn(value: unknown, path: string, out: [string, Ref][] = []): [string, Ref][] {
  if (isRef(value)) out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => refsIn(v, `${path}[${i}]`, out));
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) refsIn(v, path ? `${path}.${k}` : k, out);
  return out;
}

type AnyEntry = CollectionEntry<'articles' | 'themes' | 'cases' | 'glossary'>;
const fileOf = (e: AnyEntry) => e.filePath ?? `${e.collection}/${e.id}`;

async function problems(): Promise<string[]> {
  const [articles, themes, cases, glossary] = await Promise.all([
    getCollection('articles'), getCollection('themes'), getCollection('cases'), getCollection('glossary'),
  ]);
  const out: string[] = [];
  for (const entry of [...articles, ...themes, ...cases, ...glossary] as AnyEntry[]) {
    for (const [field, ref] of refsIn(entry.data, '')) {
      // getEntry's overloads want literal collection names; these come from the data.
      if (!(await getEntry(ref as never))) out.push(`${fileOf(entry)}：字段 ${field} 引用了不存在的 ${ref.collection} 条目“${ref.id}”`);
    }
  }
  const loaded = { articles, themes, cases, glossary } as Record<string, AnyEntry[]>;
  for (const [collection, ext] of [['articles', '.mdx'], ['themes', '.mdx'], ['cases', '.yaml'], ['glossary', '.yaml']] as const) {
    const entries = loaded[collection]!.map((e) => ({ id: e.id, filePath: fileOf(e) }));
    for (const d of droppedFiles(collectionFiles(collection, ext), entries)) {
      out.push(`${d.file}：短名（slug）“${d.slug}”${d.keptFile ? `与 ${d.keptFile} ` : '与另一文件'}重复，本文件未能生成页面；短名必须唯一`);
    }
  }
  const blocks = new Map<string, Block[]>(articles.map((a) => [a.id, blocksOf(renderedEntry('articles', a.id).body)]));
  const terms = glossary.map((g) => ({ file: fileOf(g), term: g.data.term, aliases: g.data.aliases }));
  for (const t of unusedTerms(terms, [...blocks.values()].flat().map((b) => b.text))) {
    out.push(`${t.file}：字段 term：术语“${t.term}”${t.aliases.length > 0 ? '及其别名' : ''}在任何文章中都没有出现（删去此条，或核对写法）`);
  }
  out.push(...synonymConflicts(glossary.map((g) => ({ file: fileOf(g), text: fileText(fileOf(g)), term: g.data.term, aliases: g.data.aliases, synonyms: g.data.synonyms }))));
  const check = (entry: AnyEntry, field: string, cited: Cited, quote: string) => {
    const inArticle = blocks.get(cited.article.id);
    if (!inArticle) return; // already reported as a broken reference
    const problem = excerptProblem(inArticle, cited.para, quote);
    if (problem) out.push(`${fileOf(entry)}：字段 ${field}（${cited.article.id}#${cited.para}）：${problem}`);
  };
  for (const theme of themes) theme.data.excerpts.forEach((e, i) => check(theme, `excerpts[${i}]`, e, e.quote));
  for (const theme of themes) {
    const file = fileOf(theme);
    for (const p of selfTestProblems(theme.data.selfTest, (id) => blocks.get(id))) {
      const field = `selfTest[${p.index}].${p.field}`;
      const line = lineOfField(fileText(file), ['selfTest', p.index, ...p.field.split(/[[\].]/).filter(Boolean).map((k) => (/^\d+$/.test(k) ? Number(k) : k))], true);
      out.push(`${file}${line ? `:${line}` : ''}：字段 ${field}（${theme.data.selfTest[p.index]!.source}）：${p.message}`);
    }
  }
  for (const c of cases) {
    c.data.figures.forEach((f, i) => check(c, `figures[${i}]`, f, f.value));
    c.data.practices.forEach((p, i) => check(c, `practices[${i}]`, p, ''));
  }
  return out;
}

let checked: Promise<void> | undefined;

/** Throws once, listing every problem; later calls reuse the first result. */
export function assertContentIntegrity(): Promise<void> {
  checked ??= problems().then((found) => {
    if (found.length === 0) return;
    throw new Error(`内容核对未通过（content integrity），构建已停止：\n${found.map((l) => `  ${l}`).join('\n')}`);
  });
  return checked;
}
