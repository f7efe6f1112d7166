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
