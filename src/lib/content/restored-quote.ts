/**
 * Which words of a quoted excerpt an editor restored. Theme pages quote article paragraphs;
 * where a quote runs through a restoration (`<Restored original="…">…</Restored>`), the
 * quote must show the same mark as the article, or a reader would take the editor's words
 * for the original's. Read from the paragraph's MDX line, as blocksOf reads it (the knowledge layer finds the line:
 * src/knowledge/index.ts `paragraphParts`).
 */
import { splitMarker, plainText } from './blocks.ts';

export interface QuotePart {
  text: string;
  /** The garbled original, when this part is an editor's restoration. */
  original?: string;
}

const RESTORED = /<Restored\b([^>]*)>([\s\S]*?)<\/Restored>/g;
const ORIGINAL = /original=(?:"([^"]*)"|\{"((?:[^"\\]|\\.)*)"\})/;

/** A paragraph's text in parts: plain runs and restorations, in order. */
export function paragraphParts(line: string): QuotePart[] {
  const { text } = splitMarker(line);
  const parts: QuotePart[] = [];
  let at = 0;
  for (const m of text.matchAll(RESTORED)) {
    parts.push({ text: plainText(text.slice(at, m.index)) });
    const o = ORIGINAL.exec(m[1] ?? '');
    const original = o?.[1] ?? (o?.[2] !== undefined ? (JSON.parse(`"${o[2]}"`) as string) : '');
    parts.push({ text: plainText(m[2] ?? ''), original });
    at = m.index + m[0].length;
  }
  parts.push({ text: plainText(text.slice(at)) });
  return parts.filter((p) => p.text !== '');
}

/** The quote in parts, restored words marked; the whole quote as one plain part if it is not found as is. */
export function quoteParts(paragraph: QuotePart[], quote: string): QuotePart[] {
  const full = paragraph.map((p) => p.text).join('');
  const start = full.indexOf(quote);
  if (start < 0) return [{ text: quote }];
  const end = start + quote.length;
  const out: QuotePart[] = [];
  let pos = 0;
  for (const p of paragraph) {
    const [from, to] = [Math.max(start, pos), Math.min(end, pos + p.text.length)];
    if (from < to) {
      const text = full.slice(from, to);
      const last = out.at(-1);
      if (p.original !== undefined) out.push({ text, original: p.original });
      else if (last && last.original === undefined) last.text += text;
      else out.push({ text });
    }
    pos += p.text.length;
  }
  return out;
}
