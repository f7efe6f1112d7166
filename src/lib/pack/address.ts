/**
 * The 课程包 (course pack) address: a pack lives entirely in its URL, so a lecturer can send
 * it, print it as a QR code and open it years later. A public, stable interface (README,
 * “课程包地址”):
 *
 *   /pack/?t=<title>&i=<item>&n=<note>&i=<item>…
 *
 * - `t`: the title (optional).
 * - `i`: one item, in order: a page path of this site without slashes at the ends
 *   (`articles/yangjiang`, `themes/zhengzhi-gongneng`, `cases/linshu`), optionally followed by
 *   `~` and an anchor id of that page (`articles/yangjiang~s1-p2`). Paths are relative to
 *   the site's base path, so a pack keeps working when the site moves under a sub-path.
 * - `n`: the lecturer's note on the item just before it (optional).
 *
 * Reading is forgiving and says what it could not use: malformed percent-encoding, items that
 * are no address of ours, duplicates, more than MAX_ITEMS items, over-long title or notes.
 * Query strings are split by hand rather than with URLSearchParams because the order of `i`
 * and `n` matters and URLSearchParams silently replaces bad percent-encoding with U+FFFD,
 * where a reader should be told. Pure: no DOM, no storage.
 */
import { normaliseBase } from '../links/urls.ts';

export interface PackItem {
  /** Page path without slashes at the ends: articles/yangjiang */
  path: string;
  /** Anchor id on that page, without #: s1-p2 (absent: the whole page). */
  anchor?: string;
  /** The lecturer's note on this item. */
  note?: string;
}

export interface Pack {
  title: string;
  items: PackItem[];
}

/** An item the address asked for that is not an address of this site (kept to say so in its place). */
export interface BadItem {
  /** Position among the `i` parameters, from 0. */
  index: number;
  raw: string;
}

export interface ParsedPack {
  pack: Pack;
  /** What could not be used, in plain Chinese, one sentence each. */
  problems: string[];
  bad: BadItem[];
}

/** What one address holds at most; more is cut, and the page says so. */
export const MAX_ITEMS = 100;
export const MAX_TITLE = 100;
export const MAX_NOTE = 200;

/** The sections whose pages (and their anchors) can be put in a pack. */
export const PACK_SECTIONS = ['articles', 'themes', 'cases'] as const;
export type PackSection = (typeof PACK_SECTIONS)[number];

const PATH = /^(articles|themes|cases)\/([a-z0-9][a-z0-9-]{0,80})$/;
const ANCHOR = /^[a-z0-9][a-z0-9-]{0,120}$/;

export function itemKey(item: Pick<PackItem, 'path' | 'anchor'>): string {
  return item.anchor ? `${item.path}~${item.anchor}` : item.path;
}

/** The parts of an item written as in the address (`articles/yangjiang~s1-p2`), or undefined when it is none of ours. */
export function parseItem(raw: string): { path: string; anchor?: string; section: PackSection; slug: string } | undefined {
  const [path = '', anchor, extra] = raw.trim().split('~');
  const m = PATH.exec(path.replace(/^\/+|\/+$/g, ''));
  if (!m || extra !== undefined || (anchor !== undefined && !ANCHOR.test(anchor))) return undefined;
  return { path: m[0], section: m[1] as PackSection, slug: m[2]!, ...(anchor ? { anchor } : {}) };
}

function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}

/** Control characters and surrounding space go; the rest is text, shown as text. */
// Control characters are what this removes.
// eslint-disable-next-line no-control-regex
const clean = (s: string) => s.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim();

function decode(value: string): { text: string; ok: boolean } {
  const plus = value.replace(/\+/g, ' ');
  try {
    return { text: decodeURIComponent(plus), ok: true };
  } catch {
    // Decode what can be decoded, sequence by sequence; the rest stays as typed.
    return { text: plus.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => { try { return decodeURIComponent(run); } catch { return run; } }), ok: false };
  }
}

/** Reads a pack from the query string of its address (`?t=…&i=…`, with or without `?`). */
export function parsePack(search: string): ParsedPack {
  const problems: string[] = [];
  const bad: BadItem[] = [];
  const items: PackItem[] = [];
  const seen = new Set<string>();
  let title = '';
  let malformed = false;
  let count = 0;
  let duplicates = 0;
  let orphanNotes = 0;
  /** The item a following `n` belongs to: the last `i` kept (null when that `i` was dropped). */
  let last: PackItem | null | undefined;

  for (const part of search.replace(/^\?/, '').split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const key = decode(eq < 0 ? part : part.slice(0, eq)).text;
    const { text, ok } = decode(eq < 0 ? '' : part.slice(eq + 1));
    if (!ok) malformed = true;
    if (key === 't') {
      title = clean(text);
    } else if (key === 'i') {
      const index = count++;
      if (index >= MAX_ITEMS) {
        last = null;
        continue;
      }
      const parsed = parseItem(text);
      if (!parsed) {
        bad.push({ index, raw: clip(clean(text), 80) });
        last = null;
        continue;
      }
      const item: PackItem = { path: parsed.path, ...(parsed.anchor ? { anchor: parsed.anchor } : {}) };
      if (seen.has(itemKey(item))) {
        duplicates++;
        last = null;
        continue;
      }
      seen.add(itemKey(item));
      items.push(item);
      last = item;
    } else if (key === 'n') {
      const note = clean(text);
      if (last === undefined) orphanNotes++;
      else if (last && note) {
        if ([...note].length > MAX_NOTE) problems.push(`一条备注超过 ${MAX_NOTE} 字，只显示前 ${MAX_NOTE} 字。`);
        last.note = last.note ? clip(`${last.note} ${note}`, MAX_NOTE) : clip(note, MAX_NOTE);
      }
    }
  }

  if (malformed) problems.push('地址中有无法解读的编码（% 后不是有效的字符），这些地方按原样显示。');
  if ([...title].length > MAX_TITLE) {
    problems.push(`标题超过 ${MAX_TITLE} 字，只显示前 ${MAX_TITLE} 字。`);
    title = clip(title, MAX_TITLE);
  }
  if (count > MAX_ITEMS) problems.push(`这个地址含 ${count} 项，一个课程包最多 ${MAX_ITEMS} 项：只显示前 ${MAX_ITEMS} 项。`);
  if (duplicates) problems.push(`有 ${duplicates} 项重复，已略去重复的。`);
  if (bad.length) problems.push(`有 ${bad.length} 项不是本站的地址，无法显示。`);
  if (orphanNotes) problems.push('有备注写在所有条目之前，不属于任何一项，已略去。');
  return { pack: { title, items }, problems, bad };
}

/** encodeURIComponent, but an item's slashes stay readable (they are allowed in a query). */
const encodeItem = (s: string) => encodeURIComponent(s).replace(/%2F/g, '/');

/** The query string of a pack's address, with its leading `?` (empty pack: empty string). */
export function serialisePack(pack: Pack): string {
  const parts: string[] = [];
  if (pack.title.trim()) parts.push(`t=${encodeURIComponent(pack.title.trim())}`);
  for (const item of pack.items) {
    parts.push(`i=${encodeItem(itemKey(item))}`);
    if (item.note?.trim()) parts.push(`n=${encodeURIComponent(item.note.trim())}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

/** The pack page's address under the site's base path: /dangjian/pack/?t=… */
export function packHref(pack: Pack, base: string): string {
  return `${normaliseBase(base)}pack/${serialisePack(pack)}`;
}

/** Where an item leads on the site: /dangjian/articles/yangjiang/#s1-p2 */
export function itemHref(item: Pick<PackItem, 'path' | 'anchor'>, base: string): string {
  return `${normaliseBase(base)}${item.path}/${item.anchor ? `#${item.anchor}` : ''}`;
}

/**
 * The item for a spot of the page the reader is on: its pathname (with the base path) and
 * an anchor id. Undefined for pages that cannot go in a pack.
 */
export function itemAt(pathname: string, base: string, anchor?: string): PackItem | undefined {
  const b = normaliseBase(base);
  if (!pathname.startsWith(b)) return undefined;
  const parsed = parseItem(pathname.slice(b.length).replace(/\/+$/, '') + (anchor ? `~${anchor}` : ''));
  return parsed ? { path: parsed.path, ...(parsed.anchor ? { anchor: parsed.anchor } : {}) } : undefined;
}
