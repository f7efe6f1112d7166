/**
 * Stable block ids. Every heading and paragraph of an article carries its id in the
 * content itself, as a trailing marker (`…正文。 ^s1-p2`), so editing one paragraph never
 * moves another's anchor: ids are assigned once (by ingest) and then kept, not recomputed.
 */

/** `s1`, `s1-2`, `s1-2-3` for headings; `s0-p1`, `s1-2-p3` for paragraphs. */
export const BLOCK_ID = /^s\d+(?:-\d+)*(?:-p\d+)?$/;

const TRAILING_MARKER = /[ \t]*\^([a-z0-9-]+)[ \t]*$/;

/** Splits a trailing ` ^id` marker off a line of text; `id` is undefined when there is none. */
export function splitMarker(text: string): { text: string; id?: string } {
  const m = TRAILING_MARKER.exec(text);
  if (!m) return { text };
  return { text: text.slice(0, m.index), id: m[1] };
}

export function isBlockId(id: string): boolean {
  return BLOCK_ID.test(id);
}

/**
 * Length and reading time of an article, from its MDX source. Chinese readers read
 * about 400 characters a minute (a common estimate for expository prose, between the
 * 300 used for careful study and the 500 of skimming); we round up to whole minutes.
 */
export const CHARS_PER_MINUTE = 400;

/** The reader-visible text of an article body: markers, markup and escapes removed. */
export function plainText(mdx: string): string {
  return mdx
    .replace(/[ \t]*\^[a-z0-9-]+[ \t]*$/gm, '') // block id markers
    .replace(/<\/?[A-Za-z][^>]*>/g, '') // JSX tags; a restoration's text is kept
    .replace(/^#{1,6}\s+/gm, '') // heading marks
    .replace(/\*\*/g, '') // bold marks (escaped \*\* below is literal text)
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1');
}

/** Characters a reader reads: everything but whitespace. */
export function countChars(text: string): number {
  return [...text.replace(/\s+/g, '')].length;
}

export function readingMinutes(chars: number): number {
  return Math.max(1, Math.ceil(chars / CHARS_PER_MINUTE));
}

/**
 * The blocks of an article, read from its MDX source by their ` ^id` markers: what theme
 * and case pages cite, what the glossary's concordance lists, and what the build checks
 * excerpts against.
 */

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
