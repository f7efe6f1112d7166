import { describe, expect, it } from 'vitest';
import { elementsOf, offeredAnchors, pageFacts, pageRefs } from '../../../../src/lib/built/html.ts';

describe('pageRefs', () => {
  it('reads ids, a-names and every kind of address, decoding entities, skipping scripts and comments', () => {
    const html = `<!-- <a href="/commented/"> --><p id="s1-p1" title="a > b">x</p><a name="old"></a>
      <a href="/q/?a=1&amp;b=2#x">q</a><img src="/i.png" srcset="/i@2x.png 2x, /i@3x.png 3x">
      <form action="/search/"></form><script src="/s.js"></script><script>var s = '<a href="/in-script/">';</script>
      <meta http-equiv="refresh" content="0;url=/new/">`;
    const { ids, refs } = pageRefs(elementsOf(html));
    expect([...ids]).toEqual(['s1-p1', 'old']);
    expect(refs).toEqual(['/q/?a=1&b=2#x', '/i.png', '/i@2x.png', '/i@3x.png', '/search/', '/s.js', '/new/']);
  });

  it('keeps a script’s content as text, never as markup, and gives attributes their HTML names', () => {
    const els = elementsOf('<script type="application/json" id="d">{"a":"<b>"}</script><b class="x y" data-pagefind-body hidden>');
    expect(els.filter((e) => e.name !== 'html' && e.name !== 'head' && e.name !== 'body').map((t) => [t.name, t.content, Object.fromEntries(t.attrs)])).toEqual([
      ['script', '{"a":"<b>"}', { type: 'application/json', id: 'd' }],
      ['b', undefined, { class: 'x y', 'data-pagefind-body': '', hidden: '' }],
    ]);
  });

  it('decodes named and numeric entities in attribute values', () => {
    expect(elementsOf('<a title="&lt;&#x6A;&#106;&amp;">x</a>').find((e) => e.name === 'a')!.attrs.get('title')).toBe('<jj&');
  });
});

describe('pageFacts', () => {
  it('lists the anchors a page offers a 复制链接 control for, once, and only those that exist', () => {
    const html = '<h2 id="s1">一<a class="permalink" href="#s1"></a></h2><p id="s1-p1">x<a class="permalink" href="#s1-p1"></a><a class="permalink" href="#s1-p1"></a></p><a class="permalink" href="#gone"></a><a href="#s1">not a permalink</a>';
    expect(pageFacts(html).offered).toEqual(['s1', 's1-p1']);
    const els = elementsOf(html);
    expect(offeredAnchors(els, new Set(['s1']))).toEqual(['s1']);
  });

  it('knows a redirect page by its meta refresh', () => {
    expect(pageFacts('<!doctype html><meta http-equiv="refresh" content="0; url=/dj/b/"><body></body>').refresh).toBe('/dj/b/');
    expect(pageFacts('<p>x</p>').refresh).toBeUndefined();
  });
});
