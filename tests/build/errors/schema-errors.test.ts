/**
 * Bad content stops the build with a message naming the file, the field and what is
 * wrong. Each case runs the real Astro content layer over a small fixture tree.
 */
import { describe, expect, it } from 'vitest';
import { runAstro } from '../../support/fixture-build.ts';

describe('content schema errors', () => {
  it('accepts the valid fixture', () => {
    expect(runAstro('sync', 'content-ok').status).toBe(0);
  });

  it('names the file, the field and the allowed values for a bad enum', () => {
    const { status, output } = runAstro('sync', 'content-bad-field');
    expect(status).not.toBe(0);
    expect(output).toContain('content-bad-field/articles/sample.mdx');
    expect(output).toContain('level: 层级（level）必须是以下之一：省、市、县、区、乡镇、村、机关');
  });

  it('names a missing required field', () => {
    const { status, output } = runAstro('sync', 'content-missing-field');
    expect(status).not.toBe(0);
    expect(output).toContain('content-missing-field/articles/sample.mdx');
    expect(output).toContain('summary: 缺少摘要（summary）');
  });

  it('stops the build on a reference to a case that does not exist', () => {
    const { status, output } = runAstro('build', 'content-unknown-case');
    expect(status).not.toBe(0);
    expect(output).toContain('content-unknown-case/articles/sample.mdx：字段 case 引用了不存在的 cases 条目“yangjaing”');
  });

  it('stops the build on an excerpt citing a paragraph id that does not exist', () => {
    const { status, output } = runAstro('build', 'content-missing-para');
    expect(status).not.toBe(0);
    expect(output).toContain('content-missing-para/themes/zhengzhi-jianshe.mdx：字段 excerpts[0]（sample#s1-p9）：段落编号“s1-p9”不存在');
  });

  it('stops the build on an excerpt that is no longer in its paragraph', () => {
    const { status, output } = runAstro('build', 'content-stale-excerpt');
    expect(status).not.toBe(0);
    expect(output).toContain('content-stale-excerpt/themes/zhengzhi-jianshe.mdx：字段 excerpts[0]（sample#s1-p1）：摘录“师资。县级财政每年安排专项经费”不在段落 s1-p1 中');
  });

  it('names each malformed 自测 question by its field, in the editors\' words', () => {
    const { status, output } = runAstro('sync', 'content-selftest-schema');
    expect(status).not.toBe(0);
    expect(output).toContain('content-selftest-schema/themes/zhengzhi-jianshe.mdx');
    expect(output).toContain('selfTest.0.answer: 单选题的答案（answer）“三个一肩挑”必须与某个选项（options）一字不差');
    expect(output).toContain('selfTest.1.answer: 判断题的答案（answer）必须是以下之一：对、错');
    expect(output).toContain('selfTest.1.keywords: 判断题要写关键词（keywords）：原文段落里证明对或错的词句');
    expect(output).toContain('selfTest.2.question: 填空题的题目（question）里要有一处且只有一处空格“____”');
  });

  it('stops the build on a reference to a theme that does not exist', () => {
    const { status, output } = runAstro('build', 'content-unknown-theme');
    expect(status).not.toBe(0);
    expect(output).toContain('content-unknown-theme/themes/zhengzhi-jianshe.mdx：字段 related[0] 引用了不存在的 themes 条目“zuzhi-tixi”');
  });
});
