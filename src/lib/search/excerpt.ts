/**
 * What a result shows: a short excerpt around the first hit with the hits marked, and the
 * section of the page it is in. Built from the page text Pagefind stores (its fragment).
 * Output is HTML made here from escaped text and <mark>, never page HTML.
 */
import { locate, type Range } from './locate.ts';

export const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function marked(text: string, ranges: Range[], offset: number): string {
  let html = '';
  let at = 0;
  for (const r of ranges) {
    const start = Math.max(r.start - offset, 0);
    const end = Math.min(r.end - offset, text.length);
    if (end <= at) continue;
    html += `${escapeHtml(text.slice(at, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>`;
    at = end;
  }
  return html + escapeHtml(text.slice(at));
}

/** About `length` characters around the first hit, cut at the ends with “…”. */
export function excerpt(text: string, terms: string[], length = 60): { html: string; at: number } {
  const ranges = locate(text, terms);
  const first = ranges[0];
  if (!first) return { html: escapeHtml(text.slice(0, length)) + (text.length > length ? '…' : ''), at: -1 };
  const start = Math.max(0, Math.min(first.start - Math.floor(length / 3), text.length - length));
  const end = Math.min(text.length, start + length);
  const inside = ranges.filter((r) => r.end > start && r.start < end);
  return {
    html: (start > 0 ? '…' : '') + marked(text.slice(start, end), inside, start) + (end < text.length ? '…' : ''),
    at: first.start,
  };
}

/**
 * Pagefind's own excerpt (for 相关结果, where the hits are Pagefind's words), rebuilt
 * from its text: only its <mark> survives, everything else is escaped again.
 */
export function safeExcerpt(pagefindHtml: string): string {
  const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return pagefindHtml
    .split(/(<\/?mark>)/)
    .map((part) => (part === '<mark>' || part === '</mark>' ? part : escapeHtml(decode(part.replace(/<[^>]*>/g, '')))))
    .join('');
}

export interface Heading { id: string; text: string; level: number }

/**
 * The section a position of the page text is in: the headings above it, outermost first
 * (二、… › （一）…). Headings are found in the text in order, as Pagefind stores them.
 */
export function sectionAt(text: string, headings: Heading[], at: number): Heading[] {
  const trail: Heading[] = [];
  let from = 0;
  for (const h of headings) {
    const pos = text.indexOf(h.text, from);
    if (pos < 0) continue;
    if (pos > at) break;
    from = pos + h.text.length;
    while (trail.length > 0 && trail.at(-1)!.level >= h.level) trail.pop();
    trail.push(h);
  }
  return trail;
}
