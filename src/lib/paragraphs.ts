/**
 * The blocks of an article, read from its MDX source by their ` ^id` markers: what theme
 * and case pages cite, what the glossary's concordance lists, and what the build checks
 * excerpts against.
 */
import { splitMarker } from './block-id.ts';
import { plainText } from './text-stats.ts';

export interface Block {
  id: string;
  kind: 'heading' | 'paragraph';
  /** Reader-visible text, markup removed. */
  text: string;
  /** The id of the h2/h3/h4 the block sits under ('' before the first heading). */
  section: string;
  /** Line in the MDX file, for error messages. */
  line: number;
}

/** Frontmatter lines count towards `line` only when the full file is given. */
export function blocksOf(mdx: string): Block[] {
  const blocks: Block[] = [];
  let section = '';
  mdx.split('\n').forEach((raw, index) => {
    const { text, id } = splitMarker(raw);
    if (!id) return;
    const isHeading = /^#{2,6}\s/.test(text);
    if (isHeading) section = id;
    blocks.push({ id, kind: isHeading ? 'heading' : 'paragraph', text: plainText(text).trim(), section: isHeading ? id : section, line: index + 1 });
  });
  return blocks;
}

/** Whitespace never carries meaning in Chinese text; quotes are compared without it. */
export const squash = (s: string): string => s.replace(/\s+/g, '');

/** Why a quoted excerpt does not stand in its block, or undefined when it does. */
export function excerptProblem(blocks: Block[], id: string, quote: string): string | undefined {
  const block = blocks.find((b) => b.id === id);
  if (!block) return `段落编号“${id}”不存在`;
  if (!squash(block.text).includes(squash(quote))) return `摘录“${quote}”不在段落 ${id} 中（原文已改动或摘录有误）`;
  return undefined;
}
