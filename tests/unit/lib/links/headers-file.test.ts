import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cspDirectives, headersWithBase, headersFor, parseHeadersFile } from '../../../../src/lib/links/headers-file.ts';

describe('parseHeadersFile / headersFor', () => {
  const rules = parseHeadersFile('# c\n/*\n  X-A: 1\n  Cache-Control: no-cache\n\n/_astro/*\n  X-B: 2\n/articles/:slug/\n  Cache-Control: max-age=60\n');

  it('reads patterns and their headers, skipping comments', () => {
    expect(rules).toEqual([
      { pattern: '/*', headers: [['X-A', '1'], ['Cache-Control', 'no-cache']] },
      { pattern: '/_astro/*', headers: [['X-B', '2']] },
      { pattern: '/articles/:slug/', headers: [['Cache-Control', 'max-age=60']] },
    ]);
  });

  it('applies every matching rule, joining a header set twice, as the hosts do', () => {
    expect(headersFor(rules, '/_astro/a.js')).toEqual({ 'x-a': '1', 'cache-control': 'no-cache', 'x-b': '2' });
    expect(headersFor(rules, '/articles/yangjiang/')).toEqual({ 'x-a': '1', 'cache-control': 'no-cache, max-age=60' });
    expect(headersFor(rules, '/articles/a/b/')['cache-control']).toBe('no-cache');
  });

  it('says which line it cannot read', () => {
    expect(() => parseHeadersFile('  X-A: 1\n')).toThrow('_headers 第 1 行看不懂');
  });

  it('puts the base path in front of every pattern, and nothing else', () => {
    const text = '# /comment stays\n/*\n  X-A: 1 /not/a/pattern\n/_astro/*\n  X-B: 2\n';
    expect(headersWithBase(text, '/dangjian/')).toBe('# /comment stays\n/dangjian/*\n  X-A: 1 /not/a/pattern\n/dangjian/_astro/*\n  X-B: 2\n');
    expect(headersWithBase(text, '/')).toBe(text);
    expect(headersFor(parseHeadersFile(headersWithBase(text, '/dangjian')), '/dangjian/_astro/x.js')).toEqual({ 'x-a': '1 /not/a/pattern', 'x-b': '2' });
  });
});

describe('deploy/_headers', () => {
  const rules = parseHeadersFile(readFileSync('deploy/_headers', 'utf8'));
  const page = headersFor(rules, '/articles/yangjiang/');
  const csp = cspDirectives(page['content-security-policy'] ?? '');

  it('sends the security headers with every response', () => {
    for (const path of ['/', '/articles/yangjiang/', '/_astro/x.js', '/pagefind/pagefind.js', '/404.html']) {
      expect(Object.keys(headersFor(rules, path))).toEqual(expect.arrayContaining(['content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy']));
    }
    expect(page['x-content-type-options']).toBe('nosniff');
  });

  it('has a strict policy: own files only, WebAssembly but no inline or eval’d script, no inline style', () => {
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect([...csp.values()].flat().filter((s) => /^'unsafe-(?:inline|eval|hashes)'$|\*|https?:|data:|blob:/.test(s))).toEqual([]);
  });

  it('caches hashed assets for good, and has HTML and the search index revalidated', () => {
    expect(headersFor(rules, '/_astro/Base.BJ2kNokL.css')['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor(rules, '/pagefind/pagefind-entry.json')['cache-control']).toBe('public, max-age=0, must-revalidate');
    expect(page['cache-control']).toBeUndefined();
  });
});
