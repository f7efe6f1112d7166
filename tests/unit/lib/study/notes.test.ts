import { describe, expect, it } from 'vitest';
import { groupByArticle, isRevised, loadNotes, mergeNotes, newId, parseNote, removeNote, saveNotes, textHash, upsertNote, type Note } from '../../../../src/lib/study/notes.ts';
import { addSlug, loadSlugs } from '../../../../src/lib/study/record.ts';
import { KEYS } from '../../../../src/lib/reader/prefs.ts';

const memory = () => {
  const m = new Map<string, string>();
  return { map: m, getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) };
};
const note = (over: Partial<Note> = {}): Note => ({
  id: 'a1', article: 'yangjiang', para: 's1-p1', text: '第一段。', hash: textHash('第一段。'), title: '阳江', marked: true, note: '要记住', created: '2026-12-01T08:00:00.000Z', updated: '2026-12-01T08:00:00.000Z', ...over,
});

describe('textHash', () => {
  it('is the same for the same text however its whitespace is laid out', () => {
    expect(textHash(' 第一段。\n 第二句。')).toBe(textHash('第一段。 第二句。'));
    expect(textHash('第一段。')).toMatch(/^[0-9a-f]{8}$/);
  });
  it('differs when one character changes, so a revised paragraph is noticed', () => {
    expect(textHash('建立党员中心户3.5万多户')).not.toBe(textHash('建立党员中心户3.6万多户'));
    expect(isRevised(note(), '第一段。')).toBe(false);
    expect(isRevised(note(), '第一段，改了。')).toBe(true);
  });
});

describe('stored notes', () => {
  it('round-trip through storage, and no notes remove the key', () => {
    const s = memory();
    saveNotes(s, [note()]);
    expect(loadNotes(s)).toEqual([note()]);
    saveNotes(s, []);
    expect(s.map.has(KEYS.notes)).toBe(false);
  });
  it('drop entries that are not usable notes (storage is input too)', () => {
    const s = memory();
    s.setItem(KEYS.notes, JSON.stringify({ v: 1, notes: [note(), { ...note({ id: 'b' }), article: '../x' }, { ...note({ id: 'c' }), marked: false, note: ' ' }, note(), 7] }));
    expect(loadNotes(s).map((n) => n.id)).toEqual(['a1']);
    s.setItem(KEYS.notes, '{oops');
    expect(loadNotes(s)).toEqual([]);
  });
  it('let storage errors through, so the page can say so and keep the text', () => {
    const s = { ...memory(), setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
    expect(() => saveNotes(s, [note()])).toThrow('full');
  });
  it('parse a note without a hash by hashing its text', () => {
    const { hash, ...rest } = note();
    expect(parseNote(rest)?.hash).toBe(hash);
  });
});

describe('editing', () => {
  it('adds, replaces by id and removes', () => {
    let list = upsertNote([], note());
    list = upsertNote(list, note({ note: '改过的笔记' }));
    expect(list).toHaveLength(1);
    expect(list[0]!.note).toBe('改过的笔记');
    expect(removeNote(list, 'a1')).toEqual([]);
  });
  it('makes distinct ids', () => {
    const now = new Date('2026-12-04T00:00:00Z');
    expect(newId(now, () => 0.1)).not.toBe(newId(now, () => 0.2));
  });
});

describe('mergeNotes (恢复)', () => {
  it('adds new notes, skips identical ones and keeps both when the same id differs', () => {
    const here = [note(), note({ id: 'b2', para: 's1-p2' })];
    const incoming = [note(), note({ id: 'b2', para: 's1-p2', note: '另一台设备上写的' }), note({ id: 'c3', article: 'linshu' })];
    const r = mergeNotes(here, incoming, () => 'new-id');
    expect(r).toMatchObject({ added: 1, same: 1, keptBoth: 1 });
    expect(r.notes.map((n) => [n.id, n.note])).toEqual([['a1', '要记住'], ['b2', '要记住'], ['new-id', '另一台设备上写的'], ['c3', '要记住']]);
  });
});

describe('groupByArticle', () => {
  it('orders articles as the site does and paragraphs as the article does', () => {
    const notes = [note({ id: '1', article: 'linshu', para: 's2-p1' }), note({ id: '2', para: 's2-p1' }), note({ id: '3', para: 's1-p1' }), note({ id: '4', article: 'gone', title: '已删除的文章' })];
    const groups = groupByArticle(notes, ['yangjiang', 'linshu'], () => ['s1-p1', 's2-p1']);
    expect(groups.map((g) => [g.article, g.notes.map((n) => n.id)])).toEqual([['yangjiang', ['3', '2']], ['linshu', ['1']], ['gone', ['4']]]);
  });
});

describe('reading record', () => {
  it('keeps each slug once, and ignores what is not a slug', () => {
    const s = memory();
    expect(addSlug(s, 'read', 'yangjiang')).toBe(true);
    addSlug(s, 'read', 'yangjiang');
    addSlug(s, 'selftest', 'zuzhi-tixi');
    s.setItem(KEYS.read, JSON.stringify(['yangjiang', '<b>', 3]));
    expect(loadSlugs(s, 'read')).toEqual(['yangjiang']);
    expect(loadSlugs(s, 'selftest')).toEqual(['zuzhi-tixi']);
  });
  it('says false when storage refuses', () => {
    const s = { ...memory(), setItem: () => { throw new Error('disabled'); } };
    expect(addSlug(s, 'read', 'linshu')).toBe(false);
  });
});
