import { describe, expect, it } from 'vitest';
import { render } from './pipeline.ts';

describe('rehype-permalinks', () => {
  it('gives every numbered heading and paragraph a link to its own anchor, with no text of its own', async () => {
    const html = await render('## 一、标题 ^s1\n\n### （一）小节 ^s1-1\n\n正文。 ^s1-1-p1\n', 'content/articles/uncited.mdx');
    expect(html).toContain('<h2 id="s1">一、标题<a class="permalink" href="#s1" aria-label="复制本节链接"></a><button type="button" class="block-act" aria-label="更多操作" aria-expanded="false" data-js="" hidden></button></h2>');
    expect(html).toContain('<h3 id="s1-1">（一）小节<a class="permalink" href="#s1-1" aria-label="复制本节链接"></a><button type="button" class="block-act" aria-label="更多操作" aria-expanded="false" data-js="" hidden></button></h3>');
    expect(html).toContain('<p id="s1-1-p1">正文。<a class="permalink" href="#s1-1-p1" aria-label="复制本段链接"></a><button type="button" class="block-act" aria-label="更多操作" aria-expanded="false" data-js="" hidden></button></p>');
  });

  it('leaves blocks without a block id alone', async () => {
    // The heading keeps the id Astro gives every heading; no copy-link mark is added.
    expect(await render('## 概述\n\n普通段落。\n')).toBe('<h2 id="概述">概述</h2>\n<p>普通段落。</p>');
  });
});
