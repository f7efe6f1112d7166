import { describe, expect, it } from 'vitest';
import { dataFiles, firstSentence, packFiles, resolveItem, type ArticleMeta, type ArticleSection, type CaseData, type ThemeData } from '../../../../src/lib/pack/data.ts';
import { addItem, loadPack, moveItem, removeItem, savePack } from '../../../../src/lib/pack/store.ts';
import { MAX_ITEMS } from '../../../../src/lib/pack/address.ts';

const meta: ArticleMeta = {
  title: '树立大抓基层的鲜明导向', titleSupplied: false, place: '阳江', source: '《党建研究》2022年第3期', summary: '摘要。',
  outline: [{ id: 's1', text: '一、著力强化政治功能', level: 2 }, { id: 's1-1', text: '（一）小节', level: 3 }, { id: 's2', text: '二、另一节', level: 2 }],
  order: 0, published: { publication: '党建研究', issue: '2022年第3期' }, url: 'https://dangjian.example.org/articles/yangjiang/',
};
const s1: ArticleSection = { blocks: [
  { id: 's1', kind: 'heading', text: '一、著力强化政治功能' }, { id: 's1-p1', kind: 'paragraph', text: '第一段。第二句。' },
  { id: 's1-1', kind: 'heading', text: '（一）小节' }, { id: 's1-1-p1', kind: 'paragraph', text: '小节的段落。' },
] };
const theme: ThemeData = {
  title: '组织体系', summary: '专题摘要。', keyPoints: ['要点一', '要点二'],
  excerpts: [{ id: 'q-yangjiang-s1-p1', article: 'yangjiang', para: 's1-p1', articleTitle: '树立', articleHeading: '一、著力强化政治功能', quote: '第一段。', gist: '要旨', place: '阳江' }],
  questions: [{ id: 'question-1', text: '怎么做？' }],
};
const kase: CaseData = {
  name: '广东省阳江市', summary: '案例摘要。', region: '广东省阳江市', takeaways: [],
  practices: [{ id: 'practice-yangjiang-s1-p1', article: 'yangjiang', para: 's1-p1', articleTitle: '树立', articleHeading: '', title: '做法', summary: '做法摘要。' }],
  figures: [{ id: 'figure-yangjiang-s1-p1', article: 'yangjiang', para: 's1-p1', articleTitle: '树立', articleHeading: '', label: '村数', value: '100个' }],
};
const files: Record<string, unknown> = {
  'pack/data/articles/yangjiang/index.json': meta, 'pack/data/articles/yangjiang/s1.json': s1,
  'pack/data/themes/zuzhi-tixi.json': theme, 'pack/data/cases/yangjiang.json': kase,
};
const data = { get: (f: string) => files[f] };

describe('pack data files', () => {
  it('an item needs its article outline and its top-level section, or its theme or case file', () => {
    expect(dataFiles({ path: 'articles/yangjiang', anchor: 's1-2-p3' })).toEqual(['pack/data/articles/yangjiang/index.json', 'pack/data/articles/yangjiang/s1.json']);
    expect(dataFiles({ path: 'articles/yangjiang', anchor: 's0-p1' })).toEqual(['pack/data/articles/yangjiang/index.json', 'pack/data/articles/yangjiang/s0.json']);
    expect(dataFiles({ path: 'articles/yangjiang' })).toEqual(['pack/data/articles/yangjiang/index.json']);
    expect(dataFiles({ path: 'themes/zuzhi-tixi', anchor: 'question-2' })).toEqual(['pack/data/themes/zuzhi-tixi.json']);
    expect(packFiles([{ path: 'articles/yangjiang', anchor: 's1-p1' }, { path: 'articles/yangjiang', anchor: 's1-p2' }])).toHaveLength(2);
  });
});

describe('resolveItem', () => {
  it('a paragraph: its text, its section heading in the source line, its spot', () => {
    expect(resolveItem({ path: 'articles/yangjiang', anchor: 's1-p1' }, data)).toMatchObject({
      found: true, kind: '段落', paragraphs: ['第一段。第二句。'], source: '《树立大抓基层的鲜明导向》 · 一、著力强化政治功能 · 阳江', at: 'articles/yangjiang/#s1-p1',
    });
  });
  it('a heading: the section with its subsections', () => {
    expect(resolveItem({ path: 'articles/yangjiang', anchor: 's1' }, data)).toMatchObject({ kind: '小节', heading: '一、著力强化政治功能', paragraphs: ['第一段。第二句。', '（一）小节', '小节的段落。'] });
  });
  it('theme excerpts, questions (ruled for answers), lists and the whole page', () => {
    expect(resolveItem({ path: 'themes/zuzhi-tixi', anchor: 'q-yangjiang-s1-p1' }, data)).toMatchObject({ kind: '摘录', paragraphs: ['第一段。'], original: 'articles/yangjiang/#s1-p1' });
    expect(resolveItem({ path: 'themes/zuzhi-tixi', anchor: 'question-1' }, data)).toMatchObject({ kind: '思考题', question: true, paragraphs: ['怎么做？'] });
    expect(resolveItem({ path: 'themes/zuzhi-tixi', anchor: 'key-points' }, data)).toMatchObject({ list: ['要点一', '要点二'], question: false });
    expect(resolveItem({ path: 'themes/zuzhi-tixi' }, data)).toMatchObject({ kind: '专题', heading: '组织体系', paragraphs: ['专题摘要。'] });
  });
  it('case practices, figures and the whole case', () => {
    expect(resolveItem({ path: 'cases/yangjiang', anchor: 'figure-yangjiang-s1-p1' }, data)).toMatchObject({ kind: '数字', heading: '村数', paragraphs: ['100个'] });
    expect(resolveItem({ path: 'cases/yangjiang', anchor: 'practice-yangjiang-s1-p1' }, data)).toMatchObject({ kind: '做法', heading: '做法' });
    expect(resolveItem({ path: 'cases/yangjiang' }, data)).toMatchObject({ kind: '案例', list: ['做法'] });
  });
  it('what is not there is not found: a removed paragraph, a section or page that does not exist, an unknown anchor', () => {
    for (const item of [{ path: 'articles/yangjiang', anchor: 's1-p9' }, { path: 'articles/yangjiang', anchor: 's9-p1' }, { path: 'articles/gone', anchor: 's1-p1' }, { path: 'themes/zuzhi-tixi', anchor: 'question-9' }, { path: 'cases/yangjiang', anchor: 'overview' }, { path: 'cases/gone' }]) {
      expect(resolveItem(item, data), JSON.stringify(item)).toEqual({ found: false });
    }
  });
  it('firstSentence: up to the first full stop, closing quote kept, long ones cut', () => {
    expect(firstSentence('第一句。第二句。')).toBe('第一句。');
    expect(firstSentence('他说：“好。”然后')).toBe('他说：“好。”');
    expect(firstSentence('长'.repeat(100), 10)).toBe(`${'长'.repeat(10)}…`);
  });
});

describe('the pack kept on the device', () => {
  const memory = () => {
    const m = new Map<string, string>();
    return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k), m };
  };
  it('saves and loads; an empty pack removes the key', () => {
    const s = memory();
    const pack = addItem(addItem({ title: '课', items: [] }, { path: 'articles/yangjiang', anchor: 's1-p1' }), { path: 'cases/yangjiang', note: '备注' });
    expect(savePack(s, pack)).toBe(true);
    expect(loadPack(s)).toEqual(pack);
    savePack(s, { title: '', items: [] });
    expect(s.m.size).toBe(0);
  });
  it('storage is input too: junk, bad items, duplicates and too many are dropped', () => {
    const s = memory();
    s.setItem('dj:pack', 'not json');
    expect(loadPack(s)).toEqual({ title: '', items: [] });
    s.setItem('dj:pack', JSON.stringify({ title: 5, items: [{ path: 'articles/x' }, { path: 'articles/x' }, { path: '<b>' }, null, ...Array.from({ length: 200 }, (_, i) => ({ path: 'articles/y', anchor: `s1-p${i}` }))] }));
    const pack = loadPack(s);
    expect(pack.title).toBe('');
    expect(pack.items[0]).toEqual({ path: 'articles/x' });
    expect(pack.items.length).toBeLessThanOrEqual(MAX_ITEMS);
  });
  it('add, remove, move', () => {
    let p = { title: '', items: [{ path: 'articles/a' }, { path: 'articles/b' }, { path: 'articles/c' }] };
    expect(addItem(p, { path: 'articles/a' })).toBe(p);
    p = moveItem(p, 0, 1);
    expect(p.items.map((i) => i.path)).toEqual(['articles/b', 'articles/a', 'articles/c']);
    expect(moveItem(p, 2, 5).items.map((i) => i.path)).toEqual(['articles/b', 'articles/a', 'articles/c']);
    expect(removeItem(p, 'articles/a').items.map((i) => i.path)).toEqual(['articles/b', 'articles/c']);
  });
});

describe('the head script (reader-init.ts)', () => {
  it('marks <html data-pack> when a pack is being collected, so the header link shows from the first paint', async () => {
    const { htmlAttributes, KEYS } = await import('../../../../src/lib/reader/prefs.ts');
    expect(htmlAttributes((k) => (k === KEYS.pack ? '{"title":"","items":[{"path":"articles/x"}]}' : null))).toEqual({ 'data-pack': '' });
    expect(htmlAttributes(() => null)).toEqual({});
  });
});

describe('followMoves (content/redirects.yaml)', () => {
  const moved = { '/articles/old/': '/articles/new/', '/themes/x/#q-old-s1-p1': '/themes/x/#q-new-s1-p1' };
  it('a renamed page takes its anchors along; a moved anchor goes to its new id; others stay', async () => {
    const { followMoves } = await import('../../../../src/lib/pack/data.ts');
    expect(followMoves({ path: 'articles/old', anchor: 's1-p2', note: 'n' }, moved)).toEqual({ path: 'articles/new', anchor: 's1-p2', note: 'n' });
    expect(followMoves({ path: 'articles/old' }, moved)).toEqual({ path: 'articles/new' });
    expect(followMoves({ path: 'themes/x', anchor: 'q-old-s1-p1' }, moved)).toEqual({ path: 'themes/x', anchor: 'q-new-s1-p1' });
    expect(followMoves({ path: 'themes/x', anchor: 'question-1' }, moved)).toEqual({ path: 'themes/x', anchor: 'question-1' });
  });
});
