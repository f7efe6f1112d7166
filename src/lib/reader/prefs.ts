/**
 * Reader preferences and reading position, kept only in this browser (localStorage): no
 * account, nothing sent anywhere. Pure helpers shared by the tiny head script
 * (src/scripts/reader-init.ts, which applies the choices before the first paint) and the
 * page script (src/scripts/reader.ts, which offers the controls, the progress bar and
 * “continue where you left off”).
 *
 * On <html>: data-size (s | l | xl; absent = the standard size), data-theme (light | dark;
 * absent = follow the system) and data-resume (present when a last-read article is stored).
 * The CSS (src/styles/reader.css) reads those attributes, and also the radio buttons of the
 * settings panel through :has(), so the controls work for the page at hand with no script.
 */

/** Text sizes: 小 16 px, 标准 18 px (the default), 大 20 px, 特大 22 px. */
export const SIZES = ['s', 'm', 'l', 'xl'] as const;
export type Size = (typeof SIZES)[number];
export const DEFAULT_SIZE: Size = 'm';

/** Light, dark, or follow the system (the default, until the reader chooses). */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const DEFAULT_THEME: Theme = 'system';

/** localStorage keys. */
export const KEYS = {
  size: 'dj:size',
  theme: 'dj:theme',
  last: 'dj:last',
  pack: 'dj:pack',
  /** 学习笔记 (src/lib/study/notes.ts). */
  notes: 'dj:notes',
  /** Articles read to the end: a JSON array of article slugs (src/lib/study/record.ts). */
  read: 'dj:read',
  /** Themes whose 自测 was answered in full: a JSON array of theme slugs (src/lib/study/record.ts). */
  selftest: 'dj:selftest',
} as const;

/** Stored values that differ from the defaults: only these become attributes on <html>. */
const STORED = { size: /^(s|l|xl)$/, theme: /^(light|dark)$/ } as const;

/**
 * The attributes <html> gets for what is stored, `get` reading localStorage: data-size and
 * data-theme for choices other than the defaults, and data-resume when a last-read article
 * is stored (the page script checks it, and removes the attribute if it is not usable).
 * Kept tiny: it is all the head script does.
 */
export function htmlAttributes(get: (key: string) => string | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of ['size', 'theme'] as const) {
    const value = get(KEYS[p]);
    if (value && STORED[p].test(value)) out[`data-${p}`] = value;
  }
  if (get(KEYS.last)) out['data-resume'] = '';
  // The 课程包 being edited (src/lib/pack/store.ts): the header shows its link from the first paint.
  if (get(KEYS.pack)) out['data-pack'] = '';
  return out;
}

/** The last article read: where it is, its title, how far the reader got, and the paragraph at the top of the screen. */
export interface LastRead {
  /** Path of the page, with the base path: /articles/yangjiang/ */
  path: string;
  title: string;
  /** Block id of the paragraph or heading at the top of the screen (s2-p3), when there is one. */
  block?: string | undefined;
  /** 0–1: how far through the article text. */
  progress: number;
}

/** A block id as written in the content (s2-p3): safe to put in a URL fragment and in HTML. */
const BLOCK = /^[\w-]{1,40}$/;

export function parseLast(raw: string | null | undefined): LastRead | undefined {
  try {
    const v = JSON.parse(raw ?? '') as LastRead;
    if (typeof v.path !== 'string' || v.path[0] !== '/' || typeof v.title !== 'string' || typeof v.progress !== 'number') return undefined;
    return { ...v, block: BLOCK.test(String(v.block)) ? v.block : undefined };
  } catch {
    return undefined;
  }
}

/**
 * How far through the text the reader is, 0–1: 0 while the text's top is below the top of
 * the screen, 1 once its end is on screen.
 * `top` and `height`: the text's box relative to the viewport; `viewport`: the screen height.
 */
export function progressOf(top: number, height: number, viewport: number): number {
  const span = height - viewport;
  if (span <= 0) return top < 0 ? 1 : 0;
  return Math.min(1, Math.max(0, -top / span));
}

/**
 * The block the reader is at: the last one whose top is at or above `line` (a little
 * below the top of the screen), so “continue” brings back the paragraph being read.
 * `blocks` in document order, with their tops relative to the viewport.
 */
export function blockAt(blocks: { id: string; top: number }[], line: number): string | undefined {
  let found: string | undefined;
  for (const b of blocks) {
    if (b.top > line) break;
    found = b.id;
  }
  return found;
}

/** Whether an article page should offer to go back to where the reader left off. */
export function offerResume(last: LastRead | undefined, path: string, hash: string): last is LastRead & { block: string } {
  return !!last && last.path === path && !hash && !!last.block && last.progress > 0.03 && last.progress < 0.97;
}

/** “读到 45%” */
export const percent = (progress: number): string => `${Math.round(Math.min(1, Math.max(0, progress)) * 100)}%`;
