/**
 * Bad content stops `astro build` with a message naming the file, the line where there is
 * one, and what is wrong. Each fixture under tests/fixtures/ is the valid tree (content-ok)
 * with one kind of fault; where one fixture shows several faults, the message lists each.
 * (Schema errors: schema-errors.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAstro } from '../../support/fixture-build.ts';
import { unsafeMarkup } from '../../../src/lib/built/html-safety.ts';

const file = (fixture: string, path: string) => `tests/fixtures/${fixture}/${path}`;

function failedBuild(fixture: string): string {
  const { status, output } = runAstro('build', fixture);
  expect(status, output).not.toBe(0);
  return output;
}

describe('the build refuses bad content', () => {
  it('a paragraph id used twice: file, line, and the line that used it first', () => {
    const output = failedBuild('content-duplicate-para');
    expect(output).toContain(`${file('content-duplicate-para', 'articles/sample.mdx')}:27:1`);
    expect(output).toContain('编号“s1-1-p1”重复：第 25 行已经用过');
  });

  it('MDX that does not parse: file, line and what the parser expected', () => {
    const output = failedBuild('content-bad-mdx');
    expect(output).toContain(`${file('content-bad-mdx', 'articles/sample.mdx')}:21:1`);
    expect(output).toContain('Expected a closing tag for `<Restored>` (21:15-21:41)');
  });

  it('Traditional characters and a pinyin gloss in an article: each with its line', () => {
    const output = failedBuild('content-traditional');
    expect(output).toContain(file('content-traditional', 'articles/sample.mdx'));
    expect(output).toContain('正文应为简体字，且不带拼音注音：\n  第 19 行：繁体字“標、題”\n  第 27 行：拼音注音“机(jī)”');
  });

  it('script in content (a <script>, a javascript: link, an onClick): refused, each with its line', () => {
    const output = failedBuild('content-unsafe');
    expect(output).toContain(`${file('content-unsafe', 'articles/sample.mdx')}:17:1`);
    expect(output).toContain('第 17 行：不允许的元素 <script>');
    expect(output).toContain('第 19 行：链接地址不允许用 javascript: 开头');
    expect(output).toContain('第 19 行：<Restored> 不允许属性 onClick');
  });

  it('an unknown term id, a glossary term that occurs nowhere, two articles with one slug, a synonym of two terms', () => {
    const output = failedBuild('content-bad-refs');
    expect(output).toContain(`${file('content-bad-refs', 'glossary/sanhui-yike.yaml')}:4：字段 synonyms：同义词“一肩挑”也是 ${file('content-bad-refs', 'glossary/sange-yijiantiao.yaml')} 的同义词（术语“三个一肩挑”）`);
    expect(output).toContain(`${file('content-bad-refs', 'glossary/sange-yijiantiao.yaml')}:3：字段 synonyms：同义词“一肩挑”也是 ${file('content-bad-refs', 'glossary/sanhui-yike.yaml')} 的同义词`);
    expect(output).toContain('内容核对未通过（content integrity），构建已停止');
    expect(output).toContain(`${file('content-bad-refs', 'themes/zhengzhi-jianshe.mdx')}：字段 terms[1] 引用了不存在的 glossary 条目“liangxue-yizuo”`);
    expect(output).toContain(`${file('content-bad-refs', 'glossary/dangyuan-shuangbaodao.yaml')}：字段 term：术语“双报到”及其别名在任何文章中都没有出现`);
    // Which of the two files keeps the slug depends on which loads first.
    const [a, b] = [file('content-bad-refs', 'articles/sample.mdx'), file('content-bad-refs', 'articles/sample-copy.mdx')];
    expect([`${b}：短名（slug）“sample”与 ${a} 重复`, `${a}：短名（slug）“sample”与 ${b} 重复`].some((line) => output.includes(line)), output).toBe(true);
  });

  it('internal links and anchors to nowhere: the page, the link, and where the content writes it', () => {
    const output = failedBuild('content-broken-links');
    expect(output).toContain('链接核对未通过（link check），构建已停止：有 3 处站内链接指向不存在的页面或锚点');
    expect(output).toContain(`articles/sample/index.html：链接 /articles/no-such-article/ 指向不存在的页面或文件（写在 ${file('content-broken-links', 'articles/sample.mdx')} 第 17 行）`);
    expect(output).toContain(`articles/sample/index.html：链接 /articles/sample/#s9-p9 锚点 #s9-p9 在 /articles/sample/ 上不存在（写在 ${file('content-broken-links', 'articles/sample.mdx')} 第 25 行）`);
    expect(output).toContain(`themes/zhengzhi-jianshe/index.html：链接 #no-such-anchor 锚点 #no-such-anchor 在 /themes/zhengzhi-jianshe/ 上不存在（写在 ${file('content-broken-links', 'themes/zhengzhi-jianshe.mdx')} 第 23 行）`);
  });

  it('a 自测 question citing a paragraph that does not exist: file, line of its source, field', () => {
    const output = failedBuild('content-selftest-missing-para');
    expect(output).toContain('内容核对未通过（content integrity），构建已停止');
    expect(output).toContain(`${file('content-selftest-missing-para', 'themes/zhengzhi-jianshe.mdx')}:31：字段 selfTest[1].source（sample#s1-p9）：段落编号“s1-p9”在文章 sample 中不存在`);
  });

  it('a 自测 answer that is not in its source paragraph: file, line of the answer, field', () => {
    const output = failedBuild('content-selftest-wrong-answer');
    expect(output).toContain(`${file('content-selftest-wrong-answer', 'themes/zhengzhi-jianshe.mdx')}:34：字段 selfTest[2].answer（sample#s1-1-p2）：答案“两学一做”不在段落 s1-1-p2 中（原文已改动，或答案、出处有误）`);
    // Only that question: the other two stand in their paragraphs.
    expect(output).not.toContain('selfTest[0]');
    expect(output).not.toContain('selfTest[1]');
  });
});

describe('the valid fixture', () => {
  it('builds, every link lands, and markup in YAML text is shown as text, never run', () => {
    const { status, output, outDir } = runAstro('build', 'content-ok');
    expect(status, output).toBe(0);
    expect(output).toMatch(/\[link-check\] \d+ pages, every internal link and anchor lands/);
    const page = readFileSync(join(outDir, 'cases', 'yangjiang', 'index.html'), 'utf8');
    expect(page).toContain('<li>示例&lt;script&gt;alert(&quot;yaml&quot;)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(1)&quot;&gt;，见 javascript:alert(1)</li>');
    expect(unsafeMarkup(page, 'https://dangjian.example.org')).toEqual([]);
    // Its theme has a 自测 whose answers all stand in their paragraphs.
    const theme = readFileSync(join(outDir, 'themes', 'zhengzhi-jianshe', 'index.html'), 'utf8');
    expect(theme).toContain('id="self-test"');
    expect(theme).toContain('答案：<strong>三会一课</strong>');
  });
});
