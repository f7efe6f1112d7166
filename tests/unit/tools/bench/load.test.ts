/** The load bench's pure parts (running it needs nginx and wrk: npm run bench:load). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatLoad, siteConfigFor } from '../../../../tools/bench/load.ts';

describe('bench:load', () => {
  it('serves the deployment’s own nginx file, on loopback only, from the build it measures', () => {
    const conf = siteConfigFor(readFileSync('deploy/nginx/dangjian.conf', 'utf8'), '/tmp/site', 4380);
    expect(conf).toMatch(/^\s+listen 127\.0\.0\.1:4380;$/m);
    expect(conf).not.toMatch(/^\s+listen 80;$/m);
    expect(conf).toMatch(/^\s+root \/tmp\/site;$/m);
    expect(() => siteConfigFor('server { listen 8080; }', '/tmp/site', 4380)).toThrow(/找不到“listen 80;”/);
  });

  it('reports requests per second, errors and p99 for each target', () => {
    const text = formatLoad({ setup: 'nginx/1.22.1; wrk 4.1.0; 20 s', results: [
      { target: 'article', paths: ['/articles/yangjiang/'], requestsPerSecond: 41000, requests: 820000, errors: 0, p99ms: 4.2 },
      { target: 'search index', paths: ['/pagefind/a', '/pagefind/b'], requestsPerSecond: 52000, requests: 1040000, errors: 3, p99ms: 3 },
    ] });
    expect(text.split('\n')).toEqual([
      'load (nginx + wrk): nginx/1.22.1; wrk 4.1.0; 20 s',
      '  article /articles/yangjiang/            41000 req/s     0 errors  p99 4.2 ms',
      '  search index (2 files)                  52000 req/s     3 errors  p99 3.0 ms',
    ]);
  });
});
