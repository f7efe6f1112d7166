import { describe, expect, it } from 'vitest';
import { itemAt, itemHref, itemKey, packHref, parseItem, parsePack, serialisePack, MAX_ITEMS, MAX_TITLE, type Pack } from '../../../../src/lib/pack/address.ts';

const sample: Pack = {
  title: '党支部书记培训：组织体系建设',
  items: [
    { path: 'articles/yangjiang', anchor: 's1-p2', note: '讨论5分钟' },
    { path: 'themes/zhengzhi-gongneng' },
    { path: 'cases/linshu', anchor: 'practice-linshu-s2-p2' },
    { path: 'themes/zuzhi-tixi', anchor: 'question-2', note: 'A&B=C? 100% #1 + 2' },
  ],
};

describe('pack address: serialise and parse', () => {
  it('writes the documented format, items readable, in order', () => {
    const q = serialisePack(sample);
    expect(q.startsWith('?t=%E5%85%9A')).toBe(true);
    expect(q).toContain('&i=articles/yangjiang~s1-p2&n=%E8%AE%A8%E8%AE%BA5%E5%88%86%E9%92%9F&i=themes/zhengzhi-gongneng&i=cases/linshu~practice-linshu-s2-p2');
    expect(q.indexOf('articles/yangjiang')).toBeLessThan(q.indexOf('themes/zhengzhi-gongneng'));
  });

  it('round trip: what is written reads back the same, notes with & = % # + included', () => {
    const parsed = parsePack(serialisePack(sample));
    expect(parsed.pack).toEqual(sample);
    expect(parsed.problems).toEqual([]);
    expect(parsePack(serialisePack(parsed.pack)).pack).toEqual(sample);
  });

  it('reads addresses written by hand: + as space, no title, a leading ?', () => {
    expect(parsePack('t=%E8%AF%BE+%E4%B8%80&i=articles/linshu').pack).toEqual({ title: '课 一', items: [{ path: 'articles/linshu' }] });
    expect(parsePack('?i=articles/linshu~s0-p1&i=cases/lishui').pack.items.map(itemKey)).toEqual(['articles/linshu~s0-p1', 'cases/lishui']);
    expect(parsePack('i=%2Farticles%2Flinshu%2F').pack.items).toEqual([{ path: 'articles/linshu' }]);
  });

  it('an empty pack is an empty query', () => {
    expect(serialisePack({ title: '', items: [] })).toBe('');
    expect(parsePack('').pack).toEqual({ title: '', items: [] });
    expect(parsePack('?v=present').pack).toEqual({ title: '', items: [] });
  });
});

describe('pack address under a sub-path (base)', () => {
  it('items are relative to the base: the same query on any base', () => {
    expect(packHref(sample, '/dangjian/')).toBe(`/dangjian/pack/${serialisePack(sample)}`);
    expect(packHref(sample, '/dangjian')).toBe(`/dangjian/pack/${serialisePack(sample)}`);
    expect(packHref(sample, '/')).toBe(`/pack/${serialisePack(sample)}`);
  });

  it('an item leads to its spot under the base', () => {
    expect(itemHref({ path: 'articles/yangjiang', anchor: 's1-p2' }, '/dangjian/')).toBe('/dangjian/articles/yangjiang/#s1-p2');
    expect(itemHref({ path: 'themes/zuzhi-tixi' }, '/')).toBe('/themes/zuzhi-tixi/');
  });

  it('the item of a spot on the page the reader is on', () => {
    expect(itemAt('/dangjian/articles/yangjiang/', '/dangjian/', 's1-p2')).toEqual({ path: 'articles/yangjiang', anchor: 's1-p2' });
    expect(itemAt('/themes/zuzhi-tixi/', '/')).toEqual({ path: 'themes/zuzhi-tixi' });
    expect(itemAt('/articles/yangjiang/', '/dangjian/', 's1')).toBeUndefined();
    expect(itemAt('/dangjian/glossary/sanhui-yike/', '/dangjian/')).toBeUndefined();
    expect(itemAt('/dangjian/search/', '/dangjian/')).toBeUndefined();
  });
});

describe('pack address: bad input', () => {
  it('items that are no address of ours are named, in their place, and the rest shows', () => {
    const r = parsePack('i=articles/linshu&i=glossary/x&i=articles/../etc&i=%3Cscript%3E&i=articles/a~b~c&i=&i=cases/lishui');
    expect(r.pack.items.map(itemKey)).toEqual(['articles/linshu', 'cases/lishui']);
    expect(r.bad.map((b) => [b.index, b.raw])).toEqual([[1, 'glossary/x'], [2, 'articles/../etc'], [3, '<script>'], [4, 'articles/a~b~c'], [5, '']]);
    expect(r.problems.join()).toContain('5 项不是本站的地址');
  });

  it('duplicates are dropped and counted', () => {
    const r = parsePack('i=articles/linshu~s1&i=articles/linshu~s1&i=articles/linshu');
    expect(r.pack.items.map(itemKey)).toEqual(['articles/linshu~s1', 'articles/linshu']);
    expect(r.problems.join()).toContain('1 项重复');
  });

  it(`more than ${MAX_ITEMS} items: the first ${MAX_ITEMS}, and it says so`, () => {
    const q = Array.from({ length: 500 }, (_, i) => `i=articles/linshu~s1-p${i + 1}`).join('&');
    const r = parsePack(q);
    expect(r.pack.items).toHaveLength(MAX_ITEMS);
    expect(r.pack.items.at(-1)).toEqual({ path: 'articles/linshu', anchor: `s1-p${MAX_ITEMS}` });
    expect(r.problems.join()).toContain(`含 500 项`);
  });

  it('a title of 10,000 characters is cut, and it says so', () => {
    const r = parsePack(`t=${encodeURIComponent('长'.repeat(10_000))}&i=articles/linshu`);
    expect([...r.pack.title]).toHaveLength(MAX_TITLE + 1);
    expect(r.pack.title.endsWith('…')).toBe(true);
    expect(r.problems.join()).toContain('标题超过');
  });

  it('HTML and script in t and n stay text (the page inserts them as text)', () => {
    const r = parsePack(`t=${encodeURIComponent('<img src=x onerror=alert(1)>')}&i=articles/linshu&n=${encodeURIComponent('<script>alert(1)</script>')}`);
    expect(r.pack.title).toBe('<img src=x onerror=alert(1)>');
    expect(r.pack.items[0]!.note).toBe('<script>alert(1)</script>');
  });

  it('malformed percent-encoding: decoded where it can be, kept as typed where not, and said', () => {
    const r = parsePack('t=%E4%B8%AD%ZZ%E6&i=articles/linshu&n=%');
    expect(r.pack.title).toBe('中%ZZ%E6');
    expect(r.pack.items).toEqual([{ path: 'articles/linshu', note: '%' }]);
    expect(r.problems.join()).toContain('无法解读的编码');
  });

  it('a note before any item belongs to none', () => {
    const r = parsePack('n=x&i=articles/linshu');
    expect(r.pack.items).toEqual([{ path: 'articles/linshu' }]);
    expect(r.problems.join()).toContain('不属于任何一项');
  });

  it('parseItem: only articles, themes and cases, lower-case slugs and anchors', () => {
    expect(parseItem('articles/yangjiang~s1-p2')).toMatchObject({ section: 'articles', slug: 'yangjiang', anchor: 's1-p2' });
    for (const bad of ['articles', 'articles/', 'Articles/x', 'articles/x/y', 'articles/x~', 'articles/x~S1', 'javascript:alert(1)', 'https://evil.example/x']) {
      expect(parseItem(bad), bad).toBeUndefined();
    }
  });
});
