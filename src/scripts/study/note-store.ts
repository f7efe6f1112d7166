/**
 * The notes in this browser's storage, for the scripts that change them (the ⋯ menu, the
 * article page, /notes/). Saving reports whether storage took it: in a private window, with
 * storage full or disabled it throws, and the caller then keeps what the reader typed on
 * screen and says so (issue 13, item 5).
 */
import { loadNotes, saveNotes, type Note } from '../../lib/study/notes.ts';
import type { Store } from '../../lib/pack/store.ts';
import { localStore } from '../browser.ts';

const refused = (): never => {
  throw new Error('storage unavailable');
};

/** localStorage, or (when even reading it throws) a store that has nothing and keeps nothing. */
export function noteStore(): Store {
  return localStore() ?? { getItem: () => null, setItem: refused, removeItem: refused };
}

export const readNotes = (): Note[] => loadNotes(noteStore());

/** Keeps the notes; false when storage refused (nothing is kept then). */
export function writeNotes(notes: readonly Note[]): boolean {
  try {
    saveNotes(noteStore(), notes);
    return true;
  } catch {
    return false;
  }
}

/** What the reader is told when storage refused. */
export const SAVE_FAILED = '没能保存：这个浏览器现在不允许本站在本机保存（无痕模式、存储空间已满或禁用了网站数据时会这样）。';
