import { describe, expect, it } from 'vitest';
import { render } from './pipeline.ts';

const article = 'content/articles/uncited.mdx'; // the fixture themes cite only sample.mdx

describe('remark-block-ids', () => {
  it('moves a trailing ^id onto the paragraph and heading, and removes it from the text', async () => {
    const html = await render('## 一、标题 ^s1\n\n第一段。 ^s1-p1\n', article);
    expect(html).toContain('<h2 id="s1">一、标题<a class="permalink" href="#s1" aria-label="复制本节链接"></a><button type="button" class="block-act" aria-label="更多操作" aria-expanded="false" data-js="" hidden></button></h2>');
    expect(html).toContain('<p id="s1-p1">第一段。<a class="permalink" href="#s1-p1" aria-label="复制本段链接"></a><button type="button" class="block-act" aria-label="更多操作" aria-expanded="false" data-js="" hidden></button></p>');
    expect(html).not.toContain('^');
  });

  it('keeps ids on paragraphs that end in inline markup', async () => {
    const html = await render('**确保落实。**其余文字**加粗** ^s0-p1\n', article);
    expect(html).toBe('<p id="s0-p1"><strong>确保落实。</strong>其余文字<strong>加粗</strong><a class="permalink" href="#s0-p1" aria-label="复制本段链接"></a><button type="button" class="block-act" aria-label="更多操作" aria-expanded="false" data-js="" hidden></button></p>');
  });

  it('passes text without markers through unchanged outside articles', async () => {
    expect(await render('普通段落，没有编号。\n')).toBe('<p>普通段落，没有编号。</p>');
  });

  it('stops the build on a repeated id, naming both lines', async () => {
    await expect(render('第一段。 ^s0-p1\n\n第二段。 ^s0-p1\n', article)).rejects.toThrow(/编号“s0-p1”重复：第 1 行已经用过/);
  });

  it('stops the build on a malformed id', async () => {
    await expect(render('段落。 ^para-1\n', article)).rejects.toThrow(/编号“para-1”格式不对/);
  });

  it('requires an id on every block of an article, with the line', async () => {
    const error = await render('有编号。 ^s0-p1\n\n没有编号的段落。\n', article).catch((e: Error) => e);
    expect(String(error)).toMatch(/缺少编号/);
    expect(String(error)).toMatch(/3:1/);
  });
});
