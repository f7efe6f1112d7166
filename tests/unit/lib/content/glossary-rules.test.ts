/**
 * The glossary's editorial rules (issue 14): a definition says what a term means and does
 * not retell an article; no internal source number anywhere a reader sees; an official
 * wording names its document and year. The pure checks and every real entry
 * (tests/build/errors/glossary-errors.test.ts: the schema stopping on bad fixtures).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { basisLine, namesYear, retellsArticle, sourceNumber, textParts } from '../../../../src/lib/content/glossary-rules.ts';

interface Entry { term: string; aliases?: string[]; synonyms?: string[]; definition: string; basis: string; source?: string; usage: string }
const dir = join('content', 'glossary');
const entries = readdirSync(dir)
  .filter((n) => n.endsWith('.yaml'))
  .sort()
  .map((n) => [n, parse(readFileSync(join(dir, n), 'utf8')) as Entry] as const);

describe('retellsArticle', () => {
  it.each([
    ['阳江市的文章说，积极稳妥推行村党组织书记“三个一肩挑”。', '文章'],
    ['农村基层党组织一文提出构建智慧党建平台。', '一文'],
    ['丽水的讲话要求以“三级联创”为抓手。', '的讲话'],
    ['临沭县说，建立党员关爱基金制度。', '临沭县说'],
    ['湛江市直机关提出，推进“双网融合”格局创建。', '湛江市直机关提出'],
    ['文中指村党组织书记同时担任村委会主任。', '文中'],
  ])('finds the retelling in %s', (definition, words) => {
    expect(retellsArticle(definition)).toBe(words);
  });

  it.each([
    '党支部应当每月相对固定1天开展主题党日，组织党员集中学习、过组织生活、进行民主议事和志愿服务等。',
    '“学党章党规、学系列讲话，做合格党员”学习教育。',
    '把学习习近平总书记重要讲话和重要指示批示精神作为党委（党组）会议的第一项议程。',
    '湛江市开展的以竞赛比拼推动工作的行动。',
    '形式主义、官僚主义、享乐主义和奢靡之风。',
  ])('lets a definition be: %s', (definition) => {
    expect(retellsArticle(definition)).toBeUndefined();
  });
});

describe('sourceNumber', () => {
  it.each([['指导性文章（002）', '002'], ['见 002_86f224c61470af11.txt', '002_86f224c61470af11.txt'], ['文章004说', '004']])('finds it in %s', (text, n) => {
    expect(sourceNumber(text)).toBe(n);
  });
  it.each(['约2000人', '按期换届党支部1001个', '3.005', '2005—2006年'])('leaves numbers alone: %s', (text) => {
    expect(sourceNumber(text)).toBeUndefined();
  });
});

describe('namesYear and basisLine', () => {
  it('wants a year in a source', () => {
    expect(namesYear('《中国共产党支部工作条例（试行）》（2018年）')).toBe(true);
    expect(namesYear('《中国共产党支部工作条例（试行）》')).toBe(false);
  });
  it('says whose definition it is', () => {
    expect(basisLine({ basis: '规范表述', source: '《中国共产党章程》（2022年）' })).toBe('规范表述，见《中国共产党章程》（2022年）。');
    expect(basisLine({ basis: '文中用法' })).toContain('编者释义');
  });
});

describe('every glossary entry', () => {
  it.each(entries)('%s defines, then says how the articles use it', (_, g) => {
    expect(retellsArticle(g.definition), g.definition).toBeUndefined();
    expect(g.usage?.trim().length ?? 0, 'usage').toBeGreaterThan(0);
    for (const text of [g.term, g.definition, g.usage, g.source ?? '', ...(g.aliases ?? []), ...(g.synonyms ?? [])]) {
      expect(sourceNumber(text), text).toBeUndefined();
    }
    if (g.basis === '规范表述') expect(namesYear(g.source ?? ''), `source of ${g.term}`).toBe(true);
  });

  it('has no spelling, alias or synonym shared with another entry', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [file, g] of entries) {
      for (const v of new Set([g.term, ...(g.aliases ?? []), ...(g.synonyms ?? [])])) {
        const other = owner.get(v);
        if (other && other !== file) clashes.push(`${v}: ${other}, ${file}`);
        owner.set(v, file);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('textParts', () => {
  it('makes a redacted name one piece and keeps every character', () => {
    expect(textParts('丽水**区讲话说，**区开展')).toEqual([
      { text: '丽水' },
      { text: '**区', together: true },
      { text: '讲话说，' },
      { text: '**区', together: true },
      { text: '开展' },
    ]);
    expect(textParts('没有隐去的名字')).toEqual([{ text: '没有隐去的名字' }]);
  });
  it('links a cross-reference to an entry it knows, and leaves one it does not as text', () => {
    const entryOf = (term: string) => (term === '一肩挑' ? 'yijiantiao' : undefined);
    expect(textParts('说的是机关，见词条“一肩挑”。', entryOf)).toEqual([
      { text: '说的是机关，见词条“' },
      { text: '一肩挑', entry: 'yijiantiao' },
      { text: '”。' },
    ]);
    expect(textParts('见词条“没有这条”。', entryOf)).toEqual([{ text: '见词条“没有这条”。' }]);
  });
});
