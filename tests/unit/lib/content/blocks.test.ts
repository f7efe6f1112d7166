import { describe, expect, it } from 'vitest';
import { blocksOf, excerptProblem, countChars, plainText, readingMinutes } from '../../../../src/lib/content/blocks.ts';

const mdx = `---
title: 示例
---

开篇。 ^s0-p1

## 一、标题 ^s1

**确保落实。**师资<Restored original="??h級" n="1">。县级</Restored>财政。 ^s1-p1

### （一）小节 ^s1-1

小节 正文。 ^s1-1-p1
`;

describe('blocksOf', () => {
  it('reads ids, kinds, plain text, sections and lines', () => {
    expect(blocksOf(mdx)).toEqual([
      { id: 's0-p1', kind: 'paragraph', text: '开篇。', section: '', line: 5 },
      { id: 's1', kind: 'heading', text: '一、标题', section: 's1', line: 7 },
      { id: 's1-p1', kind: 'paragraph', text: '确保落实。师资。县级财政。', section: 's1', line: 9 },
      { id: 's1-1', kind: 'heading', text: '（一）小节', section: 's1-1', line: 11 },
      { id: 's1-1-p1', kind: 'paragraph', text: '小节 正文。', section: 's1-1', line: 13 },
    ]);
  });
});

describe('excerptProblem', () => {
  const blocks = blocksOf(mdx);
  it('accepts a verbatim quote, across restorations and whitespace', () => {
    expect(excerptProblem(blocks, 's1-p1', '师资。县级财政')).toBeUndefined();
    expect(excerptProblem(blocks, 's1-1-p1', '小节正文')).toBeUndefined();
  });
  it('names a missing id and a quote no longer in its paragraph', () => {
    expect(excerptProblem(blocks, 's9-p9', '开篇')).toBe('段落编号“s9-p9”不存在');
    expect(excerptProblem(blocks, 's0-p1', '结尾')).toMatch(/摘录“结尾”不在段落 s0-p1 中/);
  });
});

describe('plainText', () => {
  it('drops block markers, heading marks, JSX tags and bold marks, keeps escaped text literal', () => {
    const mdx = '## 一、标题 ^s1\n\n\\*\\*区**开展**活动，师资<Restored original="??h級" n="1">。县级</Restored>财政。 ^s1-p1\n';
    expect(plainText(mdx)).toBe('一、标题\n\n**区开展活动，师资。县级财政。\n');
  });
});

describe('countChars and readingMinutes', () => {
  it('counts every visible character, not whitespace', () => {
    expect(countChars('一、标题\n\n正文 12% A')).toBe(10);
  });
  it('rounds reading time up to whole minutes at 400 characters a minute, at least one', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(400)).toBe(1);
    expect(readingMinutes(401)).toBe(2);
    expect(readingMinutes(4500)).toBe(12);
  });
});
