/**
 * The 课程包 being edited, kept in this browser (localStorage, key KEYS.pack) so it survives
 * reloads and moving from page to page while collecting. Only there: nothing is sent.
 * 清除本机记录 (阅读设置) removes it with the other keys. An empty pack removes the key, so the
 * head script (reader-init.ts) can tell from the key alone whether the header shows 课程包.
 */
import { KEYS } from '../reader/prefs.ts';
import { itemKey, parseItem, MAX_ITEMS, MAX_NOTE, MAX_TITLE, type Pack, type PackItem } from './address.ts';

export interface Store {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const text = (v: unknown, max: number) => (typeof v === 'string' ? [...v].slice(0, max).join('') : '');

/** The stored pack, checked item by item (storage is input too): an empty pack when there is none. */
export function loadPack(store: Store): Pack {
  let raw: unknown;
  try {
    raw = JSON.parse(store.getItem(KEYS.pack) ?? 'null');
  } catch {
    raw = null;
  }
  const data = (raw && typeof raw === 'object' ? raw : {}) as { title?: unknown; items?: unknown };
  const items: PackItem[] = [];
  const seen = new Set<string>();
  for (const entry of Array.isArray(data.items) ? data.items.slice(0, MAX_ITEMS) : []) {
    const e = (entry ?? {}) as { path?: unknown; anchor?: unknown; note?: unknown };
    const parsed = parseItem(`${text(e.path, 200)}${e.anchor ? `~${text(e.anchor, 200)}` : ''}`);
    if (!parsed || seen.has(itemKey(parsed))) continue;
    seen.add(itemKey(parsed));
    const note = text(e.note, MAX_NOTE).trim();
    items.push({ path: parsed.path, ...(parsed.anchor ? { anchor: parsed.anchor } : {}), ...(note ? { note } : {}) });
  }
  return { title: text(data.title, MAX_TITLE), items };
}

/** Keeps the pack; an empty one (no items, no title) is forgotten. False when storage refused. */
export function savePack(store: Store, pack: Pack): boolean {
  try {
    if (!pack.items.length && !pack.title.trim()) store.removeItem(KEYS.pack);
    else store.setItem(KEYS.pack, JSON.stringify({ title: pack.title, items: pack.items }));
    return true;
  } catch {
    return false;
  }
}

/** The pack with the item added at the end (or unchanged when it is there already or the pack is full). */
export function addItem(pack: Pack, item: PackItem): Pack {
  if (pack.items.length >= MAX_ITEMS || pack.items.some((i) => itemKey(i) === itemKey(item))) return pack;
  return { ...pack, items: [...pack.items, item] };
}

export function removeItem(pack: Pack, key: string): Pack {
  return { ...pack, items: pack.items.filter((i) => itemKey(i) !== key) };
}

/** The pack with item `index` moved by `by` places (clamped to the ends). */
export function moveItem(pack: Pack, index: number, by: number): Pack {
  const items = [...pack.items];
  const to = Math.max(0, Math.min(items.length - 1, index + by));
  const [item] = items.splice(index, 1);
  if (item) items.splice(to, 0, item);
  return { ...pack, items };
}

export const hasItem = (pack: Pack, key: string): boolean => pack.items.some((i) => itemKey(i) === key);
