import { describe, expect, it } from 'vitest';
import { backupFileName, makeBackup, parseBackup, restoreBackup, restoreMessage, type ParsedBackup } from '../../../../src/lib/study/backup.ts';
import { loadNotes, saveNotes, textHash, type Note } from '../../../../src/lib/study/notes.ts';
import { loadSlugs } from '../../../../src/lib/study/record.ts';
import { KEYS } from '../../../../src/lib/reader/prefs.ts';

const memory = (init: Record<string, string> = {}) => {
  const m = new Map(Object.entries(init));
  return { map: m, getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) };
};
const note = (over: Partial<Note> = {}): Note => ({
  id: 'a1', article: 'yangjiang', para: 's1-p1', text: '第一段。', hash: textHash('第一段。'), title: '阳江', marked: true, note: '要记住', created: '2026-12-01T08:00:00.000Z', updated: '2026-12-01T08:00:00.000Z', ...over,
});
const ok = (text: string) => {
  const parsed = parseBackup(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed;
};
let counter = 0;
const makeId = () => `new-${++counter}`;

describe('makeBackup', () => {
  it('holds the notes, the reading record and the 自测 record, and reads back as it was', () => {
    const s = memory({ [KEYS.read]: '["yangjiang","linshu"]', [KEYS.selftest]: '["zuzhi-tixi"]', [KEYS.size]: 'l' });
    saveNotes(s, [note(), note({ id: 'b2', para: 's2-p1', note: '' })]);
    const text = makeBackup(s, new Date('2026-12-04T02:00:00Z'));
    expect(JSON.parse(text)).toMatchObject({ format: 'dj-study-backup', v: 1, exported: '2026-12-04T02:00:00.000Z', site: '基层党建案例库' });
    expect(ok(text)).toEqual({ ok: true, notes: loadNotes(s), read: ['yangjiang', 'linshu'], selftest: ['zuzhi-tixi'], skipped: 0 });
    // Settings are not study records.
    expect(text).not.toContain('dj:size');
  });
  it('is named 学习笔记备份 and the reader’s date', () => {
    expect(backupFileName(new Date('2026-12-04T20:00:00Z'), 'Asia/Shanghai')).toBe('学习笔记备份-2026-12-05.json');
  });
});

describe('parseBackup', () => {
  const bad = (text: string) => {
    const r = parseBackup(text);
    expect(r.ok).toBe(false);
    return (r as Extract<ParsedBackup, { ok: false }>).error;
  };
  it('refuses what is not a backup of this site, saying so', () => {
    expect(bad('这不是 JSON')).toMatch(/^无法读取，不是本站的学习笔记备份文件/);
    expect(bad('[]')).toMatch(/不是本站的学习笔记备份文件/);
    expect(bad('{"title":"课程包","items":[]}')).toMatch(/不是本站的学习笔记备份文件/);
    expect(bad('{"format":"dj-study-backup","v":1}')).toMatch(/不是本站的学习笔记备份文件/);
    expect(bad('{"format":"dj-study-backup","v":2,"notes":[]}')).toMatch(/更新版本/);
    expect(bad('{"format":"dj-study-backup","v":1,"notes":[{"id":"x"},{}]}')).toBe('文件中的 2 条笔记都已损坏，无法恢复。');
  });
  it('reads a file with a byte-order mark, and counts the damaged notes it skips', () => {
    const text = `\uFEFF${JSON.stringify({ format: 'dj-study-backup', v: 1, notes: [note(), { id: 'broken' }], read: ['yangjiang', 'NOT A SLUG', 3], selftest: 'nope' })}`;
    expect(ok(text)).toEqual({ ok: true, notes: [note()], read: ['yangjiang'], selftest: [], skipped: 1 });
  });
});

describe('restoreBackup', () => {
  it('into an empty browser: everything is added', () => {
    const from = memory({ [KEYS.read]: '["yangjiang"]' });
    saveNotes(from, [note(), note({ id: 'b2', para: 's2-p1' })]);
    const to = memory();
    const r = restoreBackup(to, ok(makeBackup(from, new Date())), makeId);
    expect(r).toEqual({ added: 2, keptBoth: 0, same: 0, dropped: 0, skipped: 0, read: 1, selftest: 0 });
    expect(loadNotes(to)).toEqual(loadNotes(from));
    expect(loadSlugs(to, 'read')).toEqual(['yangjiang']);
    expect(restoreMessage(r)).toBe('已恢复：新增 2 条笔记；阅读记录增加 1 篇文章。');
  });

  it('merges: never overwrites a note here, keeps both when they differ, unites the records', () => {
    const here = memory({ [KEYS.read]: '["linshu"]', [KEYS.selftest]: '["zuzhi-tixi"]' });
    const mine = note({ note: '本机写的' });
    const kept = note({ id: 'same', para: 's3-p1' });
    saveNotes(here, [mine, kept]);
    const backup = ok(JSON.stringify({ format: 'dj-study-backup', v: 1, notes: [note({ note: '另一台设备写的' }), kept, note({ id: 'c3', para: 's4-p1' })], read: ['linshu', 'yangjiang'], selftest: ['zuzhi-tixi', 'ganbu-duiwu'] }));
    const r = restoreBackup(here, backup, () => 'copy-1');
    expect(r).toEqual({ added: 1, keptBoth: 1, same: 1, dropped: 0, skipped: 0, read: 1, selftest: 1 });
    const notes = loadNotes(here);
    expect(notes.map((n) => [n.id, n.note])).toEqual([['a1', '本机写的'], ['same', '要记住'], ['copy-1', '另一台设备写的'], ['c3', '要记住']]);
    expect(loadSlugs(here, 'read')).toEqual(['linshu', 'yangjiang']);
    expect(loadSlugs(here, 'selftest')).toEqual(['zuzhi-tixi', 'ganbu-duiwu']);
    expect(restoreMessage(r)).toBe('已恢复：新增 1 条笔记；1 条与本机同一条笔记的内容不同，两份都已保留；1 条本机已有，未重复添加；阅读记录增加 1 篇文章；自测记录增加 1 个专题。');
  });

  it('restoring the same backup twice adds nothing the second time', () => {
    const from = memory();
    saveNotes(from, [note()]);
    const to = memory();
    restoreBackup(to, ok(makeBackup(from, new Date())), makeId);
    const r = restoreBackup(to, ok(makeBackup(from, new Date())), makeId);
    expect(restoreMessage(r)).toBe('已恢复：1 条本机已有，未重复添加。');
    expect(loadNotes(to)).toHaveLength(1);
  });

  it('when storage refuses, throws and leaves what was stored as it was', () => {
    const s = memory({ [KEYS.read]: '["linshu"]' });
    saveNotes(s, [note()]);
    const before = new Map(s.map);
    let writes = 0;
    const failing = { ...s, setItem: (k: string, v: string) => { if (++writes === 2) throw new DOMException('full', 'QuotaExceededError'); s.setItem(k, v); } };
    const backup = ok(JSON.stringify({ format: 'dj-study-backup', v: 1, notes: [note({ id: 'b2', para: 's2-p1' })], read: ['yangjiang'], selftest: [] }));
    expect(() => restoreBackup(failing, backup, makeId)).toThrow('full');
    expect(s.map).toEqual(before);
  });

  it('says when notes were skipped or over the limit', () => {
    expect(restoreMessage({ added: 0, keptBoth: 0, same: 0, dropped: 3, skipped: 2, read: 0, selftest: 0 })).toBe('已恢复：备份中没有本机还没有的内容。本机最多保存 2000 条笔记，其中 3 条没有恢复；备份中有 2 条笔记已损坏，已跳过。');
  });
});
