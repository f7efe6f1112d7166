import { describe, expect, it } from 'vitest';
import { cssReferences, firstLoad, htmlReferences, moduleImports, pageKind, resolveRef } from '../../../../tools/budget/first-load.ts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('what a page loads', () => {
  it('finds stylesheets, scripts, icons, images and preloads in the HTML', () => {
    const html = `<link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/favicon.svg"><link rel="canonical" href="https://x.org/">
      <script src="/_astro/init.js"></script><script type="module" src="/_astro/m.js"></script><script type="application/json">{}</script>
      <img src="/a/qr.svg" width="9" height="9" loading="lazy"><link rel="preload" as="font" href="/f.woff2"><!-- <script src="/gone.js"></script> -->`;
    expect(htmlReferences(html)).toEqual([
      ['/_astro/a.css', 'css'],
      ['/favicon.svg', 'icon'],
      ['/_astro/init.js', 'js'],
      ['/_astro/m.js', 'js'],
      ['/a/qr.svg', 'image'],
      ['/f.woff2', 'font'],
    ]);
  });

  it('follows static imports, not dynamic ones', () => {
    expect(moduleImports('import{n as e}from"./names.js";import"./side.js";export{x}from"./re.js";const h=()=>import("./later.js");')).toEqual(['./names.js', './side.js', './re.js']);
  });

  it('finds what a stylesheet loads', () => {
    expect(cssReferences('@import "b.css";a{background:url(i.png)}@font-face{src:url("/f.woff2")}b{background:url(data:image/png;base64,xx)}')).toEqual([
      ['b.css', 'css'],
      ['i.png', 'image'],
      ['/f.woff2', 'font'],
    ]);
  });

  it('resolves addresses under the base path', () => {
    expect(resolveRef('/dangjian/_astro/a.css', 'articles/x/index.html', '/dangjian/')).toBe('_astro/a.css');
    expect(resolveRef('./b.js', '_astro/a.js', '/')).toBe('_astro/b.js');
    expect(resolveRef('/dangjian/glossary/', 'index.html', '/dangjian/')).toBe('glossary/index.html');
    expect(resolveRef('data:image/png;base64,x', 'index.html', '/')).toBeUndefined();
  });
});

describe('firstLoad', () => {
  const files: Record<string, string> = {
    'articles/a/index.html': '<link rel="stylesheet" href="/s.css"><script src="/i.js"></script><script type="module" src="/m.js"></script><img src="https://cdn.example.com/x.png">',
    's.css': 'body{color:red}',
    'i.js': 'x()',
    'm.js': 'import"./c.js";import("./lazy.js")',
    'c.js': 'y()',
  };
  const read = (p: string) => (p in files ? enc(files[p]!) : undefined);
  const l = firstLoad('articles/a/index.html', read);

  it('sums each kind, raw and gzip', () => {
    expect(l.resources.map((r) => r.path)).toEqual(['articles/a/index.html', 's.css', 'i.js', 'm.js', 'c.js']);
    expect(l.js.raw).toBe(3 + 34 + 3);
    expect(l.css.raw).toBe(15);
    expect(l.total.raw).toBe(l.html.raw + l.css.raw + l.js.raw);
    expect(l.total.gzip).toBeGreaterThan(0);
  });

  it('reports loads from other hosts and missing files', () => {
    expect(l.external).toEqual(['https://cdn.example.com/x.png']);
    expect(firstLoad('index.html', () => undefined).missing).toEqual(['index.html']);
  });
});

describe('pageKind', () => {
  it('names the kinds of page', () => {
    expect(pageKind('index.html')).toBe('home');
    expect(pageKind('articles/yangjiang/index.html')).toBe('article');
    expect(pageKind('themes/x/index.html')).toBe('theme');
    expect(pageKind('cases/x/index.html')).toBe('case');
    expect(pageKind('glossary/x/index.html')).toBe('glossary');
    expect(pageKind('glossary/index.html')).toBe('glossary');
    expect(pageKind('articles/index.html')).toBe('index');
    expect(pageKind('search/index.html')).toBe('search');
    expect(pageKind('themes/x/handout/index.html')).toBe('other');
  });
});
