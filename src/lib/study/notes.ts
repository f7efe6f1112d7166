/**
 * 学习笔记 (issue 13): a reader's marks (划线) and notes on article paragraphs, kept only in
 * this browser (localStorage, key KEYS.notes) and never sent anywhere. Pure functions over a
 * `Store` (the pack's storage shape), so they are unit-tested without a browser; the scripts
 * that draw highlights, the ⋯ menu's entries and the /notes/ page all go through here.
 *
 * Stored as `{ "v": 1, "notes": Note[] }`. A paragraph can carry more than one note (a backup
 * restored from another device adds its notes beside the ones here, never over them); a note
 * is known by its `id`. `hash` and `text` are the paragraph as it read when the note was taken:
 * when a rebuilt site changed the paragraph, its hash differs and the page shows 原文已修订
 * with both texts.
 */
import { KEYS } from '../reader/prefs.ts';
import type { Store } from '../pack/store.ts';

export interface Note {
  /** Unique on this device and across backups (time + random). */
  id: string;
  /** The article's slug: `yangjiang` for /articles/yangjiang/. */
  article: string;
  /** The paragraph's block id: `s2-p3`. */
  para: string;
  /** The paragraph's text when the note was taken (whitespace collapsed). */
  text: string;
  /** textHash(text). */
  hash: string;
  /** The article's title when the note was taken (for /notes/ and exports when the article is gone). */
  title: string;
  /** 划线: the paragraph shows highlighted. */
  marked: boolean;
  /** The reader's note; may be empty when the paragraph is only marked. */
  note: string;
  /** ISO 8601 date-times. */
  created: string;
  updated: string;
}

export const NOTES_VERSION = 1;
export const MAX_NOTES = 2000;
export const MAX_NOTE_LENGTH = 5000;
const MAX_TEXT = 4000;

/** The paragraph's text as notes compare it: whitespace collapsed, trimmed. */
export const normaliseText = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** FNV-1a (32 bit) of the normalised text, as 8 hex digits: enough to tell a revised paragraph. */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of normaliseText(text)) {
    const c = ch.codePointAt(0)!;
    h ^= c & 0xffff;
    h = Math.imul(h, 0x01000193);
    if (c > 0xffff) {
      h ^= c >>> 16;
      h = Math.imul(h, 0x01000193);
    }
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export const newId = (now: Date, random: () => number = Math.random): string =>
  `${now.getTime().toString(36)}-${Math.floor(random() * 36 ** 6).toString(36).padStart(6, '0')}`;

const SLUG = /^[a-z0-9][a-z0-9-]{0,80}$/;
const PARA = /^[\w-]{1,40}$/;
const str = (v: unknown, max: number): string => (typeof v === 'string' ? [...v].slice(0, max).join('') : '');
const date = (v: unknown): string => (typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? v : '');

/** One note from storage or a backup file, checked field by field; undefined when unusable. */
export function parseNote(value: unknown): Note | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  const article = str(v.article, 100);
  const para = str(v.para, 40);
  const id = str(v.id, 40);
  const text = normaliseText(str(v.text, MAX_TEXT));
  if (!SLUG.test(article) || !PARA.test(para) || !id || !text) return undefined;
  const created = date(v.created);
  const note = str(v.note, MAX_NOTE_LENGTH);
  const marked = v.marked === true;
  if (!created || (!marked && !note.trim())) return undefined;
  return {
    id,
    article,
    para,
    text,
    hash: typeof v.hash === 'string' && /^[0-9a-f]{8}$/.test(v.hash) ? v.hash : textHash(text),
    title: str(v.title, 200),
    marked,
    note,
    created,
    updated: date(v.updated) || created,
  };
}

/** Notes from a parsed `{ v, notes }` object (storage or backup): the usable ones, in order, ids unique. */
export function notesFrom(data: unknown): Note[] {
  const list = data && typeof data === 'object' ? (data as { notes?: unknown }).notes : undefined;
  const out: Note[] = [];
  const seen = new Set<string>();
  for (const entry of Array.isArray(list) ? list.slice(0, MAX_NOTES) : []) {
    const note = parseNote(entry);
    if (note && !seen.has(note.id)) {
      seen.add(note.id);
      out.push(note);
    }
  }
  return out;
}

/** The stored notes; [] when there are none or storage is unreadable. */
export function loadNotes(store: Store): Note[] {
  try {
    return notesFrom(JSON.parse(store.getItem(KEYS.notes) ?? 'null'));
  } catch {
    return [];
  }
}

/**
 * Keeps the notes (none removes the key, so the head script can tell from the key alone
 * whether there are any). Throws what storage threw (private mode, full, disabled), so the
 * caller can say so and keep the reader's text on screen.
 */
export function saveNotes(store: Store, notes: readonly Note[]): void {
  if (!notes.length) store.removeItem(KEYS.notes);
  else store.setItem(KEYS.notes, JSON.stringify({ v: NOTES_VERSION, notes }));
}

/** The notes on one paragraph of an article. */
export const notesAt = (notes: readonly Note[], article: string, para: string): Note[] =>
  notes.filter((n) => n.article === article && n.para === para);

/** Whether the paragraph changed since the note was taken (`current` is its text now). */
export const isRevised = (note: Note, current: string): boolean => textHash(current) !== note.hash;

/** Adds the note, or replaces the one with its id. */
export function upsertNote(notes: readonly Note[], note: Note): Note[] {
  const at = notes.findIndex((n) => n.id === note.id);
  if (at < 0) return [...notes, note];
  const out = [...notes];
  out[at] = note;
  return out;
}

export const removeNote = (notes: readonly Note[], id: string): Note[] => notes.filter((n) => n.id !== id);

export interface MergeResult {
  notes: Note[];
  /** Notes from the backup not here before. */
  added: number;
  /** Notes already here, identical. */
  same: number;
  /** Notes with an id here but other content: kept beside the one here, under a new id. */
  keptBoth: number;
}

const sameContent = (a: Note, b: Note) => a.article === b.article && a.para === b.para && a.note === b.note && a.marked === b.marked && a.hash === b.hash;

/**
 * 恢复: the backup's notes merged into the ones here. Nothing here is overwritten or lost: a
 * note of the backup whose id is here with other content is added beside it with a new id.
 */
export function mergeNotes(here: readonly Note[], incoming: readonly Note[], makeId: () => string): MergeResult {
  const out = [...here];
  const byId = new Map(here.map((n) => [n.id, n]));
  let added = 0;
  let same = 0;
  let keptBoth = 0;
  for (const note of incoming) {
    const local = byId.get(note.id);
    if (!local) {
      out.push(note);
      byId.set(note.id, note);
      added++;
    } else if (sameContent(local, note)) same++;
    else {
      const copy = { ...note, id: makeId() };
      out.push(copy);
      byId.set(copy.id, copy);
      keptBoth++;
    }
  }
  return { notes: out.slice(0, MAX_NOTES), added, same, keptBoth };
}

/**
 * The notes grouped by article, articles in `order` (the site's article order; articles not
 * in it, e.g. removed since, come last by title), notes in paragraph order within an article
 * (`paraOrder(article)` gives the article's block ids in reading order), then by creation.
 */
export function groupByArticle(notes: readonly Note[], order: readonly string[], paraOrder: (article: string) => readonly string[]): { article: string; notes: Note[] }[] {
  const groups = new Map<string, Note[]>();
  for (const n of notes) groups.set(n.article, [...(groups.get(n.article) ?? []), n]);
  const rank = new Map(order.map((slug, i) => [slug, i]));
  const articles = [...groups.keys()].sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || groups.get(a)![0]!.title.localeCompare(groups.get(b)![0]!.title, 'zh'));
  return articles.map((article) => {
    const paras = new Map(paraOrder(article).map((id, i) => [id, i]));
    const list = [...groups.get(article)!].sort((a, b) => (paras.get(a.para) ?? Infinity) - (paras.get(b.para) ?? Infinity) || a.created.localeCompare(b.created));
    return { article, notes: list };
  });
}
