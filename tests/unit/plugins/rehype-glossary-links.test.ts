import { describe, expect, it } from 'vitest';
import { render } from './pipeline.ts';

const article = 'content/articles/uncited.mdx'; // the fixture themes cite only sample.mdx

describe('rehype-glossary-links', () => {
  it('links the first occurrence per section to the entry, with a popover definition search ignores', async () => {
    const html = await render('## 一 ^s1\n\n落实“三会一课”制度。 ^s1-p1\n\n再说三会一课。 ^s1-p2\n\n## 二 ^s2\n\n三会一课又一次。 ^s2-p1\n', article);
    expect(html.match(/class="term"/g)).toHaveLength(2);
    expect(html).toContain(
      // The quotes stay with the term on its line (rehype-keep-punctuation.ts).
      '<p id="s1-p1">落实<span class="nobr">“<button type="button" class="term" popovertarget="term-1">三会一课</button><span id="term-1" popover="auto" class="term-note" data-pagefind-ignore="all"><strong>三会一课</strong>：定期召开支部党员大会、支部委员会、党小组会，按时上好党课。<a href="/glossary/sanhui-yike/">词条与全部出处</a></span>”</span>制度。<a class="permalink" href="#s1-p1" aria-label="复制本段链接"></a><button type="button" class="block-act" aria-label="更多操作" aria-expanded="false" data-js="" hidden></button></p>',
    );
    expect(html).toContain('<p id="s1-p2">再说三会一课。<a class="permalink" href="#s1-p2" aria-label="复制本段链接"></a><button type="button" class="block-act" aria-label="更多操作" aria-expanded="false" data-js="" hidden></button></p>');
    expect(html).toContain('popovertarget="term-2">三会一课</button>');
  });

  it('leaves headings alone and prefers the longer term', async () => {
    const html = await render('## 三会一课 ^s1\n\n“三个一肩挑”比例达99.7%。 ^s1-p1\n', article);
    expect(html).toContain('<h2 id="s1">三会一课');
    expect(html).toContain('popovertarget="term-1">三个一肩挑</button>');
  });

  it('does not touch pages other than articles', async () => {
    expect(await render('落实三会一课。\n', 'content/themes/x.mdx')).toBe('<p>落实三会一课。</p>');
  });
});
