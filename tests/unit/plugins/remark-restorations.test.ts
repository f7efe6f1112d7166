import { describe, expect, it } from 'vitest';
import { visit } from 'unist-util-visit';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { mdxTree } from './pipeline.ts';

describe('remark-restorations', () => {
  it('numbers restorations in document order so popover ids are unique', async () => {
    const tree = await mdxTree(
      '师资<Restored original="??h級">。县级</Restored>财政。 ^s0-p1\n\n标线<Restored original="?!熬€">。“线</Restored>上”。 ^s0-p2\n',
    );
    const numbers: string[] = [];
    visit(tree, 'mdxJsxTextElement', (node: MdxJsxTextElement) => {
      const n = node.attributes.find((a) => 'name' in a && a.name === 'n');
      numbers.push(String(n?.value));
    });
    expect(numbers).toEqual(['1', '2']);
  });

  it('leaves other JSX alone', async () => {
    const tree = await mdxTree('待校<Unreadable original="??" />。 ^s0-p1\n');
    visit(tree, 'mdxJsxTextElement', (node: MdxJsxTextElement) => {
      expect(node.attributes.map((a) => ('name' in a ? a.name : ''))).toEqual(['original']);
    });
  });
});
