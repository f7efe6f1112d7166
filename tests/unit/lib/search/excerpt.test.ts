import { describe, expect, it } from 'vitest';
import { locate } from '../../../../src/lib/search/locate.ts';
import { escapeHtml, excerpt, safeExcerpt, sectionAt } from '../../../../src/lib/search/excerpt.ts';

describe('locate', () => {
  it('finds every occurrence, as ranges of the original text', () => {
    expect(locate('落实三会一课，三会一课', ['三会一课'])).toEqual([{ start: 2, end: 6 }, { start: 7, end: 11 }]);
  });

  it('matches across whitespace and width differences', () => {
    expect(locate('互联网＋党建', ['互联网+党建'])).toEqual([{ start: 0, end: 6 }]);
    expect(locate('三会 一课', ['三会一课'])).toEqual([{ start: 0, end: 5 }]);
  });

  it('merges overlapping terms and ignores empty ones', () => {
    expect(locate('三个一肩挑', ['一肩挑', '三个一肩挑', ''])).toEqual([{ start: 0, end: 5 }]);
    expect(locate('abc', ['x'])).toEqual([]);
  });
});

describe('excerpt', () => {
  const text = `${'前'.repeat(40)}落实“三会一课”制度，${'后'.repeat(40)}`;

  it('cuts around the first hit and marks the hits, escaped', () => {
    const { html, at } = excerpt(text, ['三会一课'], 30);
    expect(at).toBe(43);
    expect(html).toMatch(/^…/);
    expect(html).toMatch(/…$/);
    expect(html).toContain('“<mark>三会一课</mark>”');
    expect([...html.replace(/<\/?mark>|…/g, '')]).toHaveLength(30);
  });

  it('escapes page text', () => {
    expect(excerpt('<b>三会一课</b> & “x”', ['三会一课']).html).toBe('&lt;b&gt;<mark>三会一课</mark>&lt;/b&gt; &amp; “x”');
    expect(escapeHtml('"<&>')).toBe('&quot;&lt;&amp;&gt;');
  });

  it('starts the text when there is no hit', () => {
    expect(excerpt('一二三四五', ['六'], 3)).toEqual({ html: '一二三…', at: -1 });
  });

  it('keeps only <mark> from Pagefind’s excerpts', () => {
    expect(safeExcerpt('a &lt;b&gt; <mark>三会</mark><img src=x onerror=alert(1)> &amp;')).toBe('a &lt;b&gt; <mark>三会</mark> &amp;');
  });
});

describe('sectionAt', () => {
  const text = '标题 一、总则 正文甲 （一）细则 正文乙 二、附则 正文丙';
  const headings = [
    { id: 's1', text: '一、总则', level: 2 },
    { id: 's1-1', text: '（一）细则', level: 3 },
    { id: 's2', text: '二、附则', level: 2 },
  ];
  it('gives the headings above a position, outermost first', () => {
    expect(sectionAt(text, headings, text.indexOf('正文甲')).map((h) => h.id)).toEqual(['s1']);
    expect(sectionAt(text, headings, text.indexOf('正文乙')).map((h) => h.id)).toEqual(['s1', 's1-1']);
    expect(sectionAt(text, headings, text.indexOf('正文丙')).map((h) => h.id)).toEqual(['s2']);
    expect(sectionAt(text, headings, 0)).toEqual([]);
    expect(sectionAt(text, headings, -1)).toEqual([]);
  });
});
