/**
 * Which lines are headings. A line with printed numbering (一、 （一） 1.) heads what follows
 * when it is heading-shaped; `（一）要在转变作风……上下功夫。要建立……` is a numbered
 * paragraph, not a heading. Texts without printed numbering (001, 004) mark their sections
 * with short unpunctuated lines, each followed by a paragraph: those become h2.
 */
import { isHeadingShaped, numberingDepth } from './shape.ts';
import type { Block } from './types.ts';

function headingDepth(line: string, next: string | undefined, numbered: boolean): 2 | 3 | 4 | undefined {
  if (!isHeadingShaped(line)) return undefined;
  const depth = numberingDepth(line);
  if (depth !== undefined) return depth;
  // Only where the text has no numbered sections of its own, so a short line in a
  // numbered text is never promoted by guesswork.
  const headsParagraph = next !== undefined && !isHeadingShaped(next);
  return !numbered && headsParagraph ? 2 : undefined;
}

export function toBlocks(lines: string[]): Block[] {
  const numbered = lines.some((l) => isHeadingShaped(l) && numberingDepth(l) === 2);
  return lines.map((text, i): Block => {
    const depth = headingDepth(text, lines[i + 1], numbered);
    return depth === undefined ? { kind: 'paragraph', text } : { kind: 'heading', depth, text };
  });
}
