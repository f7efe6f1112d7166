import { describe, expect, it } from 'vitest';
import { absolute, withBase } from '../../../../src/lib/links/urls.ts';
import { byline, regionLabel } from '../../../../src/lib/content/labels.ts';
import { levelLabel } from '../../../../src/lib/content/taxonomy.ts';
import { isBlockId, splitMarker } from '../../../../src/lib/content/blocks.ts';

describe('url', () => {
  it('joins paths onto the base whether or not it ends in a slash', () => {
    expect(withBase('articles/yangjiang/', '/')).toBe('/articles/yangjiang/');
    expect(withBase('/articles/', '/dangjian')).toBe('/dangjian/articles/');
    expect(withBase('', '/dangjian/')).toBe('/dangjian/');
  });
  it('makes absolute URLs under a sub-path', () => {
    expect(absolute('articles/', 'https://example.edu.cn', '/dangjian/')).toBe('https://example.edu.cn/dangjian/articles/');
  });
});

describe('byline', () => {
  it('says plainly what the source left out', () => {
    expect(byline({ author: '杨春涛', authorRole: '中共广东省阳江市委常委、组织部长', genre: '经验交流' })).toBe('杨春涛（中共广东省阳江市委常委、组织部长）');
    expect(byline({ authorRole: '中共临沭县委书记', genre: '经验交流' })).toBe('中共临沭县委书记（原文未署姓名）');
    expect(byline({ author: '徐绍波', genre: '理论文章' })).toBe('徐绍波');
    expect(byline({ genre: '讲话' })).toBe('讲话人未署名');
  });
});

describe('labels', () => {
  it('writes regions and levels as readers expect', () => {
    expect(regionLabel({ province: '浙江省', city: '丽水市', county: '**区' })).toBe('浙江省丽水市**区');
    expect(regionLabel({})).toBe('');
    expect(levelLabel('市')).toBe('市级');
    expect(levelLabel('机关')).toBe('机关');
  });
});

describe('block ids', () => {
  it('splits a trailing marker and validates its form', () => {
    expect(splitMarker('段落。 ^s1-2-p3')).toEqual({ text: '段落。', id: 's1-2-p3' });
    expect(splitMarker('没有编号^')).toEqual({ text: '没有编号^' });
    expect(isBlockId('s0-p1')).toBe(true);
    expect(isBlockId('s1-1-1')).toBe(true);
    expect(isBlockId('p1')).toBe(false);
  });
});

describe('printedSource', async () => {
  const { printedSource } = await import('../../../../src/lib/content/labels.ts');
  it('says where the text was printed, or that the page did not say', () => {
    expect(printedSource({ publication: '党建研究', issue: '2022年第3期', site: '共产党员网' })).toBe('《党建研究》2022年第3期；共产党员网转载');
    expect(printedSource({ date: '2022-09-18 05:01:00' })).toBe('原网页日期 2022-09-18 05:01:00');
    expect(printedSource({})).toBe('原网页未载明刊物与日期');
  });
});
