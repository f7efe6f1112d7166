/**
 * The ids ingest gives each block, once (see src/lib/content/blocks.ts): headings s1 (h2),
 * s1-2 (h3), s1-2-3 (h4), each counter restarting under its parent; paragraphs take the
 * nearest heading's id plus -p1, -p2 … (s0-p… before the first heading).
 */
import type { Block } from './types.ts';

export function blockIds(blocks: Block[]): string[] {
  const counters = [0, 0, 0]; // h2, h3, h4
  let heading = 's0';
  let paragraph = 0;
  return blocks.map((block) => {
    if (block.kind === 'paragraph') return `${heading}-p${++paragraph}`;
    const level = block.depth - 2;
    counters[level]! += 1;
    counters.fill(0, level + 1);
    heading = `s${counters.slice(0, level + 1).join('-')}`;
    paragraph = 0;
    return heading;
  });
}
