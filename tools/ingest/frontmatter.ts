/**
 * The draft's frontmatter: what the text says, filled in; what only an editor can decide,
 * the literal `TODO`, which the build rejects by field name until it is replaced.
 * `published` and `region` are always objects, as the schema wants.
 */
import { DOMAINS, GENRES, LEVELS } from '../../src/lib/content/labels.ts';
import { OPEN } from '../../src/lib/chinese/spots.ts';
import type { SourceMeta } from './types.ts';

const TODO = 'TODO';

/** JSON strings are YAML double-quoted strings: safe for `**区`, colons and quotes. */
const str = (value: string): string => JSON.stringify(value);

const flow = (entries: [string, string][]): string =>
  entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${k}: ${v}`).join(', ')} }`;

const unreadableNote = (value: string | undefined): string =>
  value?.includes(OPEN) ? '  # 含无法识读处 ⟦…⟧：请校补' : '';

function optional(key: keyof SourceMeta, meta: SourceMeta): string[] {
  const value = meta[key];
  return value === undefined ? [] : [`${key}: ${str(value)}${unreadableNote(value)}`];
}

export function frontmatter(meta: SourceMeta, sourceFile: string): string {
  const published = (['publication', 'issue', 'site', 'date', 'lede', 'editors'] as const)
    .filter((k) => meta[k] !== undefined)
    .map((k): [string, string] => [k, str(meta[k]!)]);
  return [
    '---',
    `title: ${meta.title === undefined ? TODO : str(meta.title)}`,
    `titleSupplied: ${TODO}  # true：标题为编者所拟；false：标题为原文所有`,
    ...optional('author', meta),
    ...optional('authorRole', meta),
    `published: ${flow(published)}`,
    `region: ${flow([['province', TODO], ['city', TODO], ['county', TODO]])}  # 不适用的部分删去`,
    `level: ${TODO}  # ${LEVELS.join(' ')}`,
    `domain: ${TODO}  # ${DOMAINS.join(' ')}`,
    `genre: ${TODO}  # ${GENRES.join(' ')}`,
    '# case: content/cases/ 中的案例 id（指导性文章不填）；period: 所述时期（与发表时间不同时填写）',
    `summary: ${TODO}`,
    `editorNote: ${TODO}`,
    `source: ${sourceFile}`,
    '---',
  ].join('\n');
}
