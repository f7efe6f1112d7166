import { describe, expect, it } from 'vitest';
import { articleFile, articlesInOrder, blockKey, compareBlocks, noteDate, parasInOrder, sectionFile, studyRecord, textIn, type NotesSite } from '../../../../src/lib/study/notes-view.ts';
import { groupByArticle, textHash, type Note } from '../../../../src/lib/study/notes.ts';

const note = (over: Partial<Note> = {}): Note => ({
  id: 'a1', article: 'yangjiang', para: 's1-p1', text: '第一段。', hash: textHash('第一段。'), title: '阳江', marked: false, note: '要记住', created: '2026-12-01T08:00:00.000Z', updated: '2026-12-01T08:00:00.000Z', ...over,
});
const site: NotesSite = {
  articles: 3,
  themes: [{ slug: 'zuzhi-tixi', title: '组织体系' }, { slug: 'ganbu-duiwu', title: '干部队伍' }],
};

describe('studyRecord (学习记录)', () => {
  it('counts articles read and themes self-checked of all, and the notes and marks taken', () => {
    const notes = [note(), note({ id: 'a2', marked: true }), note({ id: 'a3', marked: true, note: ' ' })];
    expect(studyRecord(site, ['linshu', 'lishui'], ['ganbu-duiwu'], notes)).toEqual(['读完文章 2 / 3 篇', '完成自测的专题 1 / 2 个', '笔记 2 条，划线 2 段']);
  });
  it('counts each article read once, never more than the site has, only themes the site has, and says when there are no notes', () => {
    expect(studyRecord(site, ['linshu', 'linshu'], ['gone'], [])).toEqual(['读完文章 1 / 3 篇', '完成自测的专题 0 / 2 个', '还没有笔记和划线']);
    expect(studyRecord(site, ['a', 'b', 'c', 'd'], [], [])[0]).toBe('读完文章 3 / 3 篇');
  });
});

describe('paragraphs in reading order from their block ids', () => {
  it('puts a section’s own paragraphs before its subsections, and numbers in numeric order', () => {
    const ids = ['s2-p1', 's1-2-p1', 's1-p10', 's0-p1', 's1-p2', 's10-p1', 's1-2-1-p1', 's1-2-p2'];
    expect([...ids].sort(compareBlocks)).toEqual(['s0-p1', 's1-p2', 's1-p10', 's1-2-p1', 's1-2-p2', 's1-2-1-p1', 's2-p1', 's10-p1']);
    expect(blockKey('s1-2-p3')).toEqual([1, 2, 0, 3]);
    expect(blockKey('s1-2')).toEqual([1, 2]);
  });
  it('orders /notes/ by the site’s article order, then paragraph order within each', () => {
    const notes = [note({ id: '1', article: 'lishui', para: 's1-p1' }), note({ id: '2', article: 'yangjiang', para: 's2-p1' }), note({ id: '3', article: 'yangjiang', para: 's1-p10' }), note({ id: '4', article: 'yangjiang', para: 's1-p9' })];
    const order = new Map([['yangjiang', 0], ['linshu', 1], ['lishui', 2]]);
    const articles = articlesInOrder(notes, (a) => order.get(a));
    expect(articles).toEqual(['yangjiang', 'lishui']);
    expect(articlesInOrder([...notes, note({ id: '5', article: 'unknown' })], (a) => order.get(a)).at(-1)).toBe('unknown');
    expect(articleFile('yangjiang')).toBe('pack/data/articles/yangjiang/index.json');
    const groups = groupByArticle(notes, articles, (a) => parasInOrder(notes, a));
    expect(groups.map((g) => [g.article, g.notes.map((n) => n.id)])).toEqual([['yangjiang', ['4', '3', '2']], ['lishui', ['1']]]);
  });
});

describe('the paragraph as it reads now', () => {
  it('is read from the section file of the pack data, whitespace collapsed', () => {
    expect(sectionFile('yangjiang', 's1-2-p3')).toBe('pack/data/articles/yangjiang/s1.json');
    const section = { blocks: [{ id: 's1', kind: 'heading', text: '一、标题' }, { id: 's1-p1', kind: 'paragraph', text: ' 第一段，\n改过。 ' }] };
    expect(textIn(section, 's1-p1')).toBe('第一段， 改过。');
  });
  it('is null when the paragraph is gone, undefined when the file is not usable', () => {
    expect(textIn({ blocks: [] }, 's1-p1')).toBeNull();
    expect(textIn('offline', 's1-p1')).toBeUndefined();
    expect(textIn({ blocks: 'x' }, 's1-p1')).toBeUndefined();
  });
});

describe('noteDate', () => {
  it('writes a date as a Chinese reader does, and nothing for a bad one', () => {
    expect(noteDate('2026-11-01T08:00:00')).toBe('2026年11月1日');
    expect(noteDate('nonsense')).toBe('');
  });
});
