import { describe, expect, it } from 'vitest';
import { render } from './pipeline.ts';

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
    const mdx = '师资<Restored original="??h級">。县级</Restored>，财政。 ^s0-p1\n';
    const { unified } = await import('unified');
    const { default: remarkParse } = await import('remark-parse');
    const { default: remarkMdx } = await import('remark-mdx');
    const { default: remarkRehype } = await import('remark-rehype');
    const { default: rehypeKeepPunctuation } = await import('../../../src/plugins/rehype-keep-punctuation.ts');
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkRehype, { passThrough: ['mdxJsxTextElement', 'mdxJsxFlowElement'] }).use(rehypeKeepPunctuation);
    const tree = (await processor.run(processor.parse(mdx))) as unknown as { children: { children: { type: string; properties?: { className?: string[] }; children?: { type: string; name?: string; value?: string }[] }[] }[] };
    const p = tree.children[0]!;
    const group = p.children.find((c) => c.properties?.className?.includes('nobr'))!;
    expect(group.children!.map((c) => c.name ?? c.value)).toEqual(['Restored', '，']);
  });
});
