/**
 * Text that MDX must print as it is. Without escaping, `**区` (003 hides the district's
 * name as printed) would open bold, `{…}` would run as code, `<…>` would open a tag. An
 * unreadable spot becomes the `<Unreadable>` mark the editor replaces with a restoration.
 */
import { mapSpots, outsideSpots } from '../../src/lib/chinese/spots.ts';

/** Markdown, GFM and MDX syntax characters that can act anywhere in a line. */
const INLINE_SYNTAX = /[\\`*_{}[\]<>~&]/g;

/** What opens a heading, quote or list at the start of a line: `#`, `-`, `+`, `1.`. */
const LINE_START_SYNTAX = /^(?:([#+-])|(\d+)\.)/;

export const escapeInline = (text: string): string => text.replace(INLINE_SYNTAX, '\\$&');

export function escapeLineStart(line: string): string {
  return line.replace(LINE_START_SYNTAX, (_m, mark: string | undefined, digits: string | undefined) =>
    mark ? `\\${mark}` : `${digits}\\.`,
  );
}

/** A JSX string attribute cannot hold `"` and would decode `&…;`; an expression can hold anything. */
export function unreadableTag(original: string): string {
  const value = /["&]/.test(original) ? `{${JSON.stringify(original)}}` : `"${original}"`;
  return `<Unreadable original=${value} />`;
}

/** One block's text as MDX: readable parts escaped, each ⟦spot⟧ as an `<Unreadable>` mark. */
export function renderInline(text: string): string {
  return mapSpots(outsideSpots(text, escapeInline), unreadableTag);
}
