import { describe, expect, it } from 'vitest';
import { synonymConflicts, synonymEntry } from '../../../../src/lib/search/synonyms.ts';
import { parseQuery } from '../../../../src/lib/search/query.ts';

const entries = [
  { term: '三会一课', aliases: [], synonyms: ['支部党员大会', '支委会', '党小组会', '党课'], href: '/glossary/sanhui-yike/' },
  { term: '两委', aliases: [], synonyms: ['村两委', '村党组织委员会和村民委员会'], href: '/glossary/liangwei/' },
  { term: '两新组织', aliases: ['“两新”组织'], synonyms: ['新经济组织'], href: '/glossary/liangxin-zuzhi/' },
  { term: '保先', aliases: ['保持共产党员先进性'], synonyms: ['先进性教育'], href: '/glossary/baoxian/' },
];

describe('synonymEntry', () => {
  it('finds the entry a synonym or alias belongs to', () => {
    expect(synonymEntry(parseQuery('支委会'), entries)?.term).toBe('三会一课');
    expect(synonymEntry(parseQuery(' 村两委 '), entries)?.term).toBe('两委');
    expect(synonymEntry(parseQuery('先进性教育'), entries)?.term).toBe('保先');
    expect(synonymEntry(parseQuery('保持共产党员先进性'), entries)?.term).toBe('保先');
    expect(synonymEntry(parseQuery('“新经济组织”'), entries)?.term).toBe('两新组织');
  });
  it('leaves alone a query that is a term itself, part of a synonym, or more than one', () => {
    expect(synonymEntry(parseQuery('三会一课'), entries)).toBeUndefined();
    expect(synonymEntry(parseQuery('两新组织'), entries)).toBeUndefined();
    expect(synonymEntry(parseQuery('支委'), entries)).toBeUndefined();
    expect(synonymEntry(parseQuery('支委会 阳江'), entries)).toBeUndefined();
    expect(synonymEntry([], entries)).toBeUndefined();
  });
});

describe('synonymConflicts', () => {
  const file = (name: string, synonyms: string[]) => `term: ${name}\nsynonyms:\n${synonyms.map((s) => `  - ${s}`).join('\n')}\ndefinition: 甲\n`;
  it('names the file, line and field of a synonym that belongs to two entries', () => {
    const errors = synonymConflicts([
      { file: 'content/glossary/a.yaml', text: file('甲', ['乙', '丙']), term: '甲', aliases: [], synonyms: ['乙', '丙'] },
      { file: 'content/glossary/b.yaml', text: file('丁', ['丙']), term: '丁', aliases: [], synonyms: ['丙'] },
      { file: 'content/glossary/c.yaml', text: file('乙', []), term: '乙', aliases: [], synonyms: [] },
    ]);
    expect(errors).toEqual([
      expect.stringMatching(/^content\/glossary\/a\.yaml:3：字段 synonyms：同义词“乙”也是 content\/glossary\/c\.yaml 的术语（术语“乙”）/),
      expect.stringMatching(/^content\/glossary\/a\.yaml:4：字段 synonyms：同义词“丙”也是 content\/glossary\/b\.yaml 的同义词/),
      expect.stringMatching(/^content\/glossary\/b\.yaml:3：字段 synonyms：同义词“丙”也是 content\/glossary\/a\.yaml 的同义词/),
    ]);
  });
  it('accepts synonyms that each belong to one entry', () => {
    expect(synonymConflicts(entries.map((e) => ({ ...e, file: e.term, text: '' })))).toEqual([]);
  });
});
