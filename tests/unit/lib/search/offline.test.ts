import { describe, expect, it } from 'vitest';
import { parseFilter, searchSaved, type SavedPage } from '../../../../src/lib/search/offline.ts';

const page = (url: string, title: string, type: string, content: string, extra: Partial<SavedPage> = {}): SavedPage => ({
  url,
  title,
  type,
  details: [],
  filters: { type: [type] },
  content,
  headings: [],
  ...extra,
});

describe('searching the pages kept offline', () => {
  const pages = [
    page('/glossary/x/', '三会一课', '术语', '三会一课：党支部定期召开……'),
    page('/articles/a/', '阳江的做法', '文章', '一、强化政治功能 落实三会一课制度。二、组织创新 其他。', {
      headings: [{ id: 's1', text: '一、强化政治功能', level: 2 }, { id: 's2', text: '二、组织创新', level: 2 }],
      filters: { type: ['文章'], place: ['阳江'] },
      details: ['阳江'],
    }),
    page('/themes/t/', '组织体系', '专题', '只谈组织。'),
  ];

  it('finds the pages with every term, in the online order, with section, excerpt and highlight link', () => {
    const hits = searchSaved(pages, ['三会一课'], {});
    expect(hits.map((h) => h.url)).toEqual(['/glossary/x/', '/articles/a/']);
    const article = hits[1]!;
    expect(article.href).toBe(`/articles/a/?hl=${encodeURIComponent('三会一课')}#s1`);
    expect(article.section).toEqual(['一、强化政治功能']);
    expect(article.excerpt).toContain('<mark>三会一课</mark>');
    expect(article.details).toEqual(['阳江']);
  });

  it('finds, for a synonym, the pages with the glossary term too, the entry first', () => {
    const hits = searchSaved([...pages, page('/articles/b/', '临沭', '文章', '召开支委会。')], ['支委会'], {}, ['三会一课']);
    expect(hits.map((h) => h.url)).toEqual(['/glossary/x/', '/articles/a/', '/articles/b/']);
    expect(hits[2]!.excerpt).toContain('<mark>支委会</mark>');
    expect(searchSaved(pages, ['支委会'], {})).toEqual([]);
  });

  it('needs every term, and applies the filters', () => {
    expect(searchSaved(pages, ['三会一课', '组织创新'], {}).map((h) => h.url)).toEqual(['/articles/a/']);
    expect(searchSaved(pages, ['三会一课'], { type: '文章' }).map((h) => h.url)).toEqual(['/articles/a/']);
    expect(searchSaved(pages, ['三会一课'], { place: '临沭' })).toEqual([]);
  });

  it('reads data-pagefind-filter as Pagefind does', () => {
    expect(parseFilter('type:文章', '')).toEqual([['type', '文章']]);
    expect(parseFilter('theme', ' 组织体系 ')).toEqual([['theme', '组织体系']]);
    expect(parseFilter('type:专题, place:阳江', '')).toEqual([['type', '专题'], ['place', '阳江']]);
  });
});
