/**
 * Bad content stops the build with a message naming the file, the field and what is
 * wrong. Each case runs the real Astro content layer over a small fixture tree.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const astro = join('node_modules', 'astro', 'bin', 'astro.mjs');

function runAstro(command: 'sync' | 'build', fixture: string) {
  const args = [astro, command, ...(command === 'build' ? ['--outDir', mkdtempSync(join(tmpdir(), 'dj-build-'))] : [])];
  const result = spawnSync(process.execPath, args, {
    env: { ...process.env, CONTENT_DIR: `./tests/fixtures/${fixture}`, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '') };
}

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
