/** How a line looks: the tests that tell a title or heading from a paragraph. */
import { SENTENCE_END } from '../../src/lib/chinese/chars.ts';
import { withoutSpots } from '../../src/lib/chinese/spots.ts';

/** Headings and titles in the corpus run to about 25 characters; paragraphs are far longer. */
const MAX_HEADING_LENGTH = 40;

const ENDS_SENTENCE = new RegExp(`[${SENTENCE_END}]`);

/** Short, and no sentence ends in it, and it does not lead into what follows (`同志们：`). */
export function isHeadingShaped(line: string): boolean {
  const text = withoutSpots(line);
  return [...text].length <= MAX_HEADING_LENGTH && !ENDS_SENTENCE.test(text) && !/[：，、:,]$/.test(text);
}

/** Printed numbering and the heading level it stands for: 一、 → h2, （一） → h3, 1. → h4. */
const NUMBERING: readonly { depth: 2 | 3 | 4; pattern: RegExp }[] = [
  { depth: 2, pattern: /^[一二三四五六七八九十]+、/ },
  { depth: 3, pattern: /^（[一二三四五六七八九十]+）/ },
  { depth: 4, pattern: /^\d{1,2}\.(?!\d)/ },
];

export function numberingDepth(line: string): 2 | 3 | 4 | undefined {
  return NUMBERING.find((n) => n.pattern.test(line))?.depth;
}
