/**
 * The built site carries none of the scraped pages' furniture, and article text has no
 * Traditional-only characters and no pinyin left over.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { traditionalOnly } from '../../src/lib/chinese/convert.ts';
import { describe, expect, it } from 'vitest';
import { SOURCES_DIR, htmlFiles, pageText, readPage, sourceFiles } from './dist.ts';

/** Furniture as it stands in the raw scrapes, written out here, not taken from the cleaner. */
const FURNITURE = [
  '手机版', '手機', '欢迎使用手机浏览', '打印 纠错', '糾錯', '微信扫一扫', '收听本文', '00:00/00:00',
  '分享让更多人看到', '分享讓更多人看到', '上一篇', '下一篇', '创新创业人才评选通知', '探索社区党建新路子',
  '举报专区', '舉報', '民文', 'English', '登录', '登錄', '来源于网友上传', '不代表本站观点', '咨询客服老师',
];

/** The SEO list of county names at the end of 000, read from the raw text itself. */
function seoPlaceNames(): string[] {
  const names = new Set<string>();
  for (const file of sourceFiles()) {
    for (const line of readFileSync(join(SOURCES_DIR, file), 'utf8').split('\n')) {
      if ((line.match(/\|/g) ?? []).length >= 5) for (const n of line.split('|')) if (n.trim()) names.add(n.trim());
    }
  }
  return [...names];
}

const pages = htmlFiles();
const articlePages = pages.filter((p) => /^articles\/[^/]+\/index\.html$/.test(p));

describe('the built site', () => {
  it('has the five article pages', () => {
    expect(articlePages).toHaveLength(5);
  });

  it.each(pages)('%s carries no page furniture', (page) => {
    const text = pageText(readPage(page), 'main', []);
    const found = [...FURNITURE, ...seoPlaceNames()].filter((f) => text.includes(f));
    expect(found).toEqual([]);
  });

  it('found the SEO place-name list to check against', () => {
    expect(seoPlaceNames()).toContain('长葛市');
  });

  it.each(articlePages)('%s has no Traditional-only characters or pinyin in its text', (page) => {
    const text = pageText(readPage(page));
    expect(traditionalOnly(text)).toEqual([]);
    expect(text).not.toMatch(/\p{Script=Han}\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/u);
    expect(text).not.toContain('⟦');
    expect(text).not.toContain('无法识读');
  });
});
