import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { RETIRED_NAMES, articleName } from '../../../../src/lib/content/article-names.ts';

const front = (file: string) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]!);

describe('articleName', () => {
  it('names a case article by its place, a speech by where it was given, a guidance essay by its author', () => {
    expect(articleName({ title: '甲', genre: '经验交流', region: { city: '阳江市' }, caseShort: '阳江', author: '杨春涛' })).toEqual({ short: '阳江文章', full: '杨春涛《甲》' });
    expect(articleName({ title: '在会上的讲话', titleSupplied: true, genre: '讲话', region: { city: '丽水市', county: '**区' }, caseShort: '丽水' })).toEqual({ short: '丽水**区讲话', full: '《在会上的讲话》（编者拟题）' });
    expect(articleName({ title: '乙', titleSupplied: true, genre: '理论文章', region: {}, author: '徐绍波' })).toEqual({ short: '徐绍波文章', full: '徐绍波《乙》（编者拟题）' });
    expect(articleName({ title: '丙', genre: '理论文章', region: {} }).short).toBe('《丙》');
    expect(articleName({ title: '丁', genre: '经验交流', region: { city: '临沂市', county: '临沭县' }, caseShort: '临沭' }).short).toBe('临沭文章');
    expect(articleName({ title: '戊', genre: '经验交流', region: { city: '湛江市' }, caseShort: '湛江市直机关' }).short).toBe('湛江文章');
  });

  it('gives the five real articles the names the editors use', () => {
    const cases = Object.fromEntries(readdirSync('content/cases').map((f) => [f.replace(/\.yaml$/, ''), parse(readFileSync(join('content/cases', f), 'utf8')).short]));
    const names = Object.fromEntries(readdirSync('content/articles').map((f) => {
      const d = front(join('content/articles', f));
      return [f.replace(/\.mdx$/, ''), articleName({ ...d, caseShort: cases[d.case] }).short];
    }));
    expect(names).toEqual({ yangjiang: '阳江文章', linshu: '临沭文章', zhanjiang: '湛江文章', lishui: '丽水**区讲话', 'nongcun-jiceng-dangjian': '徐绍波文章' });
  });
});

describe('editors’ prose', () => {
  const files = [
    ...readdirSync('content/themes').map((f) => join('content/themes', f)),
    ...readdirSync('content/cases').map((f) => join('content/cases', f)),
  ];
  it.each(files)('%s names articles without source numbers or retired labels', (file) => {
    const lines = readFileSync(file, 'utf8').split('\n');
    const found = lines.flatMap((line, i) => RETIRED_NAMES.filter((re) => re.test(line)).map((re) => `${file}:${i + 1}: ${re.source}`));
    expect(found).toEqual([]);
  });
});
