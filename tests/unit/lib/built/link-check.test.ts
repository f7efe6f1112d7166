import { describe, expect, it } from 'vitest';
import { brokenLinks, pageUrl, type Site } from '../../../../src/lib/built/link-check.ts';

describe('brokenLinks', () => {
  const site: Site = { origin: 'https://dj.example.org', base: '/dj/' };
  const files = new Set(['index.html', 'articles/a/index.html', 'favicon.svg', '404.html']);
  const page = (refs: string[], ids: string[] = []) => ({ refs, ids: new Set(ids) });

  it('maps built files to their addresses', () => {
    expect(pageUrl('index.html', site).href).toBe('https://dj.example.org/dj/');
    expect(pageUrl('articles/a/index.html', site).href).toBe('https://dj.example.org/dj/articles/a/');
    expect(pageUrl('404.html', site).href).toBe('https://dj.example.org/dj/404.html');
  });

  it('accepts pages, files, anchors, external and non-location addresses', () => {
    const pages = new Map([
      ['index.html', page(['/dj/articles/a/#p1', 'articles/a/', '/dj/favicon.svg', 'https://dj.example.org/dj/', 'https://other.example/x', 'mailto:a@b.cn', '#top', '#', '/dj/articles/a/#:~:text=x'])],
      ['articles/a/index.html', page(['../../', '#p1'], ['p1'])],
    ]);
    expect(brokenLinks(files, pages, site)).toEqual([]);
  });

  it('names each link to nowhere and why', () => {
    const pages = new Map([
      ['index.html', page(['/dj/articles/b/', '/dj/articles/a', '/dj/articles/a/#nope', '/articles/a/', 'https://dj.example.org/dj/gone/', 'javascript:void(0)'])],
      ['articles/a/index.html', page([], ['p1'])],
    ]);
    expect(brokenLinks(files, pages, site).map((b) => `${b.ref}: ${b.problem}`)).toEqual([
      '/dj/articles/b/: 指向不存在的页面或文件',
      '/dj/articles/a: 少了结尾的斜杠（应为 /dj/articles/a/）',
      '/dj/articles/a/#nope: 锚点 #nope 在 /dj/articles/a/ 上不存在',
      '/articles/a/: 不在站点路径 /dj/ 之下',
      'https://dj.example.org/dj/gone/: 指向不存在的页面或文件',
      'javascript:void(0): 不允许 javascript: 链接',
    ]);
  });
});
