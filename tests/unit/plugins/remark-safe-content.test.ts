import { describe, expect, it } from 'vitest';
import { mdxTree, render } from './pipeline.ts';

/** A file of the content tree the pipeline is set up with: the check applies to it. */
const inContent = 'tests/fixtures/content-ok/articles/x.mdx';
const failure = (mdx: string, path = inContent) => mdxTree(mdx, path).then(() => '', (e: Error) => String(e));

describe('remark-safe-content', () => {
  it('accepts text, restorations, unreadable marks (string or quoted-string expression) and safe links', async () => {
    const mdx = [
      '正文<Restored original="??h級">。县级</Restored>财政，见[原文](https://www.12371.cn/)、[本站](/articles/yangjiang/#s1-p2)。 ^s0-p1',
      '',
      '又一段<Unreadable original={"?\\"a&b"} />，<sup>1</sup>，<abbr title="全称">简称</abbr>，<br />[来信](mailto:a@b.cn)。 ^s0-p2',
    ].join('\n');
    expect(await failure(mdx)).toBe('');
  });

  it('refuses script, event handlers, javascript: links and code, listing each with its line', async () => {
    const mdx = [
      'import x from "y"', // line 1
      '',
      '<script>alert(1)</script>', // 3
      '',
      '一段<a href="javascript:alert(1)">链接</a>。 ^s0-p1', // 5
      '',
      '[点我](JavaScript:alert(1)) 与 [再点](&#x6A;avascript:void(0)) 与 ![图](data:text/html;base64,PHNjcmlwdD4=) ^s0-p2', // 7
      '',
      '<Restored original="x" onClick="alert(1)">字</Restored>，<Unreadable {...props} />，{alert(1)} ^s0-p3', // 9
      '',
      '<Unreadable original={window.name} /> ^s0-p4', // 11
      '',
      '[ref]: VBScript:msgbox', // 13
    ].join('\n');
    const message = await failure(mdx);
    for (const line of [
      '第 1 行：不允许 import/export 代码',
      '第 3 行：不允许的元素 <script>',
      '第 5 行：不允许的元素 <a>',
      '第 7 行：链接地址不允许用 javascript: 开头（只能是站内地址、http(s) 或 mailto）\n  第 7 行：链接地址不允许用 javascript: 开头',
      '第 7 行：链接地址不允许用 data: 开头',
      '第 9 行：<Restored> 不允许属性 onClick',
      '第 9 行：<Unreadable> 里不允许展开表达式 {…}',
      '第 9 行：不允许 {…} 表达式',
      '第 11 行：<Unreadable> 的属性 original 只能是文字，不能是表达式',
      '第 13 行：链接地址不允许用 vbscript: 开头',
    ]) expect(message).toContain(line);
  });

  it('refuses raw HTML in a Markdown file', async () => {
    expect(await render('<script>alert(1)</script>\n', 'tests/fixtures/content-ok/themes/x.md').catch((e: Error) => String(e))).toContain('第 1 行：不允许原始 HTML');
  });

  it('leaves the site’s own MDX (outside the content tree) alone', async () => {
    // The content renderer itself cannot render code (rehype-content-components), but this
    // check leaves such a file to whatever renders it.
    expect(await failure('{1 + 1}\n', 'src/pages/x.mdx')).not.toContain('内容里不能有代码或脚本');
    expect(await failure('{1 + 1}\n')).toContain('内容里不能有代码或脚本');
  });
});
