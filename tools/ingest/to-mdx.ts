/** The draft MDX file for content/articles/: frontmatter, then one block per paragraph, with ids. */
import { blockIds } from './block-ids.ts';
import { frontmatter } from './frontmatter.ts';
import { escapeLineStart, renderInline } from './mdx-escape.ts';
import type { Block, Cleaned } from './types.ts';

function renderBlock(block: Block, id: string): string {
  const text = renderInline(block.text);
  return block.kind === 'heading' ? `${'#'.repeat(block.depth)} ${text} ^${id}` : `${escapeLineStart(text)} ^${id}`;
}

export function toMdx(cleaned: Cleaned, opts: { sourceFile: string }): string {
  const ids = blockIds(cleaned.blocks);
  const body = cleaned.blocks.map((block, i) => renderBlock(block, ids[i]!));
  return `${frontmatter(cleaned.meta, opts.sourceFile)}\n\n${body.join('\n\n')}\n`;
}
