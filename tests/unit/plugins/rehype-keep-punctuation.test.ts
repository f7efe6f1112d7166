import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { mdxHast, render } from './pipeline.ts';

const article = 'content/articles/uncited.mdx';

describe('rehype-keep-punctuation', () => {
  it('keeps a term with the quotes around it and the punctuation after it', async () => {
    const html = await render('建立“三会一课”计划，落实三会一课。再说。 ^s0-p1\n', article);
    expect(html).toMatch(/建立<span class="nobr">“<button[^>]*>三会一课<\/button><span [^>]*popover[^>]*>[\s\S]*?<\/span>”<\/span>计划/);
  });

  it('leaves a term with no punctuation next to it as it is', async () => {
    const html = await render('三会一课又一次。 ^s0-p1\n', article);
    expect(html).not.toContain('nobr');
  });

  it('groups a restoration with the punctuation after it, text unchanged', async () => {
    // MDX: the restoration stays a <Restored> element until the article page renders it.
    const tree = await mdxHast('师资<Restored original="??h級">。县级</Restored>，财政。 ^s0-p1\n', article);
    const p = tree.children[0] as Element;
    const group = p.children.find((c): c is Element => c.type === 'element' && String(c.properties.className ?? '').includes('nobr'))!;
    expect(group.children.map((c) => ('name' in c ? c.name : 'value' in c ? c.value : c.type))).toEqual(['Restored', '，']);
  });
});
