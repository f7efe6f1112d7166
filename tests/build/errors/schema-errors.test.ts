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

  it('stops the build on a reference to a theme that does not exist', () => {
    const { status, output } = runAstro('build', 'content-unknown-theme');
    expect(status).not.toBe(0);
    expect(output).toContain('content-unknown-theme/themes/zhengzhi-jianshe.mdx：字段 related[0] 引用了不存在的 themes 条目“zuzhi-tixi”');
  });
});
