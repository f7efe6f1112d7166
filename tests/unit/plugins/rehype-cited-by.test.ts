import { describe, expect, it } from 'vitest';
import { render } from './pipeline.ts';

describe('rehype-cited-by', () => {
  it('adds a “被引用于” line to paragraphs that theme and case pages quote, and only to those', async () => {
    const html = await render('## 一 ^s1\n\n被引用的段落。 ^s1-p1\n\n没人引用。 ^s1-p2\n', 'content/articles/sample.mdx');
    expect(html).toContain(
      '被引用的段落。<a class="permalink" href="#s1-p1" aria-label="复制本段链接"></a><button type="button" class="block-act" aria-label="更多操作" aria-expanded="false" data-js="" hidden></button><span class="cited-by" data-pagefind-ignore="all">被引用于：<a href="/themes/zhengzhi-jianshe/#q-sample-s1-p1">专题“政治建设与政治功能”</a>、<a href="/cases/yangjiang/#practice-sample-s1-p1">案例“广东省阳江市”</a></span></p>',
    );
    expect(html).toContain('<p id="s1-p2">没人引用。<a class="permalink" href="#s1-p2" aria-label="复制本段链接"></a><button type="button" class="block-act" aria-label="更多操作" aria-expanded="false" data-js="" hidden></button></p>');
  });
});

describe('citeAnchors', () => {
  it('makes one unique anchor per citing spot, numbering repeats', async () => {
    const { citeAnchors } = await import('../../../src/lib/content/relations.ts');
    const list = [{ article: 'a', para: 's1-p1' }, { article: 'a', para: 's1-p2' }, { article: 'a', para: 's1-p1' }];
    expect(citeAnchors('figure', list)).toEqual(['figure-a-s1-p1', 'figure-a-s1-p2', 'figure-a-s1-p1-2']);
  });
});
