import { describe, expect, it } from 'vitest';
import { blocksOf } from '../../../../src/lib/content/blocks.ts';
import { checkedWords, parseSource, selfTestProblems, type SelfTestQuestion } from '../../../../src/lib/content/self-test.ts';
import { lineOfField } from '../../../../src/lib/content/yaml-lines.ts';

const article = blocksOf(`## 一、标题 ^s1

阳江市聚焦各领域组织覆盖“空白点”，着力解决“有没有”问题；做实“镇到村、村到组、组到户、户到人”四级网格党建。 ^s1-p1

增量奖按20%比例提取奖金，保持奖按10%比例提取奖金。 ^s1-p2
`);
const blocks = (id: string) => (id === 'sample' ? article : undefined);

const choice: SelfTestQuestion = { type: '单选', question: '哪四级？', options: ['市到县、县到镇', '镇到村、村到组、组到户、户到人'], answer: '镇到村、村到组、组到户、户到人', source: 'sample#s1-p1' };
const judge: SelfTestQuestion = { type: '判断', question: '增量奖按10%比例提取奖金。', answer: '错', keywords: ['增量奖按20%比例提取奖金'], source: 'sample#s1-p2' };
const fill: SelfTestQuestion = { type: '填空', question: '着力解决“____”问题', answer: '有没有', accept: [], source: 'sample#s1-p1' };

describe('which words the build looks for', () => {
  it('单选: the correct option, or its keywords when given', () => {
    expect(checkedWords(choice)).toEqual([{ field: 'answer', text: '镇到村、村到组、组到户、户到人' }]);
    expect(checkedWords({ ...choice, keywords: ['四级网格党建', '镇到村'] })).toEqual([
      { field: 'keywords[0]', text: '四级网格党建' },
      { field: 'keywords[1]', text: '镇到村' },
    ]);
  });

  it('判断: its keywords; 填空: the answer and each other accepted form', () => {
    expect(checkedWords(judge)).toEqual([{ field: 'keywords[0]', text: '增量奖按20%比例提取奖金' }]);
    expect(checkedWords({ ...fill, accept: ['有 没 有'] })).toEqual([
      { field: 'answer', text: '有没有' },
      { field: 'accept[0]', text: '有 没 有' },
    ]);
  });
});

describe('selfTestProblems', () => {
  it('passes questions whose words stand in their paragraph (whitespace aside)', () => {
    expect(selfTestProblems([choice, judge, fill, { ...fill, accept: ['有 没 有'] }], blocks)).toEqual([]);
  });

  it('names a paragraph id that does not exist, an unknown article, a malformed source', () => {
    expect(selfTestProblems([{ ...fill, source: 'sample#s9-p9' }, { ...fill, source: 'nowhere#s1-p1' }, { ...fill, source: 'sample#s1' }], blocks)).toEqual([
      { index: 0, field: 'source', message: '段落编号“s9-p9”在文章 sample 中不存在' },
      { index: 1, field: 'source', message: '文章“nowhere”不存在' },
      { index: 2, field: 'source', message: '出处“sample#s1”应写成“文章短名#段落编号”，如 yangjiang#s3-p2' },
    ]);
  });

  it('names the field whose words are not in the paragraph', () => {
    expect(selfTestProblems([{ ...choice, answer: '市到县、县到镇' }, { ...judge, keywords: ['增量奖按20%比例提取奖金', '按30%比例'] }, { ...fill, answer: '强不强' }], blocks)).toEqual([
      { index: 0, field: 'answer', message: '答案“市到县、县到镇”不在段落 s1-p1 中（原文已改动，或答案、出处有误）' },
      { index: 1, field: 'keywords[1]', message: '关键词“按30%比例”不在段落 s1-p2 中（原文已改动，或答案、出处有误）' },
      { index: 2, field: 'answer', message: '答案“强不强”不在段落 s1-p1 中（原文已改动，或答案、出处有误）' },
    ]);
  });

  it('a right answer cited from the wrong paragraph fails', () => {
    expect(selfTestProblems([{ ...fill, source: 'sample#s1-p2' }], blocks)).toHaveLength(1);
  });
});

describe('parseSource', () => {
  it('splits article and paragraph id', () => {
    expect(parseSource('nongcun-jiceng-dangjian#s4-2-1-p1')).toEqual({ article: 'nongcun-jiceng-dangjian', para: 's4-2-1-p1' });
    expect(parseSource('yangjiang')).toBeUndefined();
  });
});

describe('lineOfField', () => {
  const mdx = `---
title: 专题
selfTest:
  - type: 单选
    question: 哪一项？
    options: [甲, 乙]
    answer: 甲
    source: sample#s1-p1
  - type: 判断
    question: 对吗？
    answer: 对
    keywords:
      - 第一个
      - 第二个
    source: sample#s1-p2
---

正文。
`;
  it('finds the line of a field in MDX frontmatter, counting from the file start', () => {
    expect(lineOfField(mdx, ['selfTest', 0, 'source'], true)).toBe(8);
    expect(lineOfField(mdx, ['selfTest', 1, 'answer'], true)).toBe(11);
    expect(lineOfField(mdx, ['selfTest', 1, 'keywords', 1], true)).toBe(14);
  });

  it('falls back to the nearest enclosing field; reads plain YAML too', () => {
    expect(lineOfField(mdx, ['selfTest', 1, 'accept', 0], true)).toBe(9);
    expect(lineOfField('a: 1\nb:\n  c: 2\n', ['b', 'c'])).toBe(3);
    expect(lineOfField('no frontmatter', ['x'], true)).toBeUndefined();
  });
});
