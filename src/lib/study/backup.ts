/**
 * 备份 and 恢复 (issue 13): what this browser keeps of the reader's study — the notes
 * (./notes.ts), the articles read and the themes whose 自测 was completed (./record.ts) — as
 * one JSON file the reader downloads, and that file read back on another device (or this one
 * after clearing), MERGED with what is here: nothing here is overwritten or lost (mergeNotes
 * keeps a note whose id is here with other content beside it), the records are united.
 *
 * A file that is not such a backup, or is damaged, changes nothing and says why. Pure over a
 * `Store`, so the unit tests run it on a map.
 *
 *   { "format": "dj-study-backup", "v": 1, "exported": ISO date-time, "site": "基层党建案例库",
 *     "notes": Note[], "read": [article slugs], "selftest": [theme slugs] }
 */
import { KEYS } from '../reader/prefs.ts';
import type { Store } from '../pack/store.ts';
import { isoDate } from '../links/citation.ts';
import { SITE_NAME } from '../links/urls.ts';
import { MAX_NOTES, loadNotes, mergeNotes, notesFrom, saveNotes, type Note } from './notes.ts';
import { loadSlugs } from './record.ts';

export const BACKUP_FORMAT = 'dj-study-backup';
export const BACKUP_VERSION = 1;
/** Far above 2000 notes of 5000 characters; a bigger file is not ours. */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;

export const backupFileName = (now: Date, timeZone?: string): string => `学习笔记备份-${isoDate(now, timeZone)}.json`;

/** The backup file's text, of what `store` holds now. */
export function makeBackup(store: Store, now: Date): string {
  const data = {
    format: BACKUP_FORMAT,
    v: BACKUP_VERSION,
    exported: now.toISOString(),
    site: SITE_NAME,
    notes: loadNotes(store),
    read: loadSlugs(store, 'read'),
    selftest: loadSlugs(store, 'selftest'),
  };
  return `${JSON.stringify(data, null, 1)}\n`;
}

export type ParsedBackup =
  | { ok: true; notes: Note[]; read: string[]; selftest: string[]; /** Notes in the file that could not be read. */ skipped: number }
  | { ok: false; error: string };

/** record.ts's reading of a list of slugs, on a value from the file. */
const slugs = (value: unknown, kind: 'read' | 'selftest'): string[] => loadSlugs({ getItem: () => JSON.stringify(value ?? []), setItem() {}, removeItem() {} }, kind);

const NOT_OURS = '不是本站的学习笔记备份文件（请选择“备份”下载的 .json 文件）。';

/** The backup in `text`, checked; `{ ok: false, error }` says in the reader's words what is wrong with the file. */
export function parseBackup(text: string): ParsedBackup {
  if (text.length > MAX_BACKUP_BYTES) return { ok: false, error: `文件太大，${NOT_OURS}` };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: `无法读取，${NOT_OURS}` };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { ok: false, error: NOT_OURS };
  const d = data as Record<string, unknown>;
  if (d.format !== BACKUP_FORMAT || !Array.isArray(d.notes)) return { ok: false, error: NOT_OURS };
  if (typeof d.v !== 'number' || d.v > BACKUP_VERSION) return { ok: false, error: '这个备份来自更新版本的网站，本页无法读取。请刷新页面后再试。' };
  const notes = notesFrom(d);
  const read = slugs(d.read, 'read');
  const selftest = slugs(d.selftest, 'selftest');
  const skipped = d.notes.length - notes.length;
  if (skipped > 0 && !notes.length) return { ok: false, error: `文件中的 ${skipped} 条笔记都已损坏，无法恢复。` };
  return { ok: true, notes, read, selftest, skipped };
}

export interface RestoreResult {
  /** Notes of the backup not here before. */
  added: number;
  /** Notes here with the same id and other content: both kept. */
  keptBoth: number;
  /** Notes already here as they are in the backup. */
  same: number;
  /** Of those added or kept beside, the ones left out: this device's limit (MAX_NOTES) was reached. */
  dropped: number;
  /** Notes in the file that could not be read. */
  skipped: number;
  /** Articles and themes added to the reading and 自测 records. */
  read: number;
  selftest: number;
}

/**
 * Merges the backup into `store`. When storage refuses (private mode, full, disabled) it
 * throws and puts back what was there, so a restore is all or nothing.
 */
export function restoreBackup(store: Store, backup: Extract<ParsedBackup, { ok: true }>, makeId: () => string): RestoreResult {
  const here = loadNotes(store);
  const merged = mergeNotes(here, backup.notes, makeId);
  const unite = (kind: 'read' | 'selftest', incoming: string[]) => {
    const mine = loadSlugs(store, kind);
    const more = incoming.filter((s) => !mine.includes(s));
    return { list: [...mine, ...more], added: more.length };
  };
  const read = unite('read', backup.read);
  const selftest = unite('selftest', backup.selftest);
  const keys = [KEYS.notes, KEYS.read, KEYS.selftest];
  const before = keys.map((k) => store.getItem(k));
  try {
    saveNotes(store, merged.notes);
    if (read.added) store.setItem(KEYS.read, JSON.stringify(read.list));
    if (selftest.added) store.setItem(KEYS.selftest, JSON.stringify(selftest.list));
  } catch (error) {
    keys.forEach((k, i) => {
      try {
        const v = before[i];
        if (v === null || v === undefined) store.removeItem(k);
        else store.setItem(k, v);
      } catch {
        // Nothing more can be done; the caller says storage failed.
      }
    });
    throw error;
  }
  const dropped = here.length + merged.added + merged.keptBoth - merged.notes.length;
  return { added: merged.added, keptBoth: merged.keptBoth, same: merged.same, dropped, skipped: backup.skipped, read: read.added, selftest: selftest.added };
}

/** What 恢复 did, in one sentence or two. */
export function restoreMessage(r: RestoreResult): string {
  const parts: string[] = [];
  if (r.added) parts.push(`新增 ${r.added} 条笔记`);
  if (r.keptBoth) parts.push(`${r.keptBoth} 条与本机同一条笔记的内容不同，两份都已保留`);
  if (r.same) parts.push(`${r.same} 条本机已有，未重复添加`);
  if (r.read) parts.push(`阅读记录增加 ${r.read} 篇文章`);
  if (r.selftest) parts.push(`自测记录增加 ${r.selftest} 个专题`);
  const done = parts.length ? `已恢复：${parts.join('；')}。` : '已恢复：备份中没有本机还没有的内容。';
  const notes: string[] = [];
  if (r.dropped) notes.push(`本机最多保存 ${MAX_NOTES} 条笔记，其中 ${r.dropped} 条没有恢复`);
  if (r.skipped) notes.push(`备份中有 ${r.skipped} 条笔记已损坏，已跳过`);
  return notes.length ? `${done}${notes.join('；')}。` : done;
}
