/**
 * Nothing unsafe ships: no page of the built site carries inline script or style, an event
 * handler, a javascript: address, a frame or a resource from another origin (so the CSP of
 * _headers holds with no exception: tests/e2e/csp.spec.ts checks it in Chromium), and the
 * headers shipped for static hosts (dist/_headers) and for nginx (deploy/nginx/, and the
 * copy in docs/deploy.md) are the same.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, htmlFiles, readPage } from './dist.ts';
import { unsafeMarkup } from '../../src/lib/built/html-safety.ts';
import { headersFor, parseHeadersFile } from '../../src/lib/links/headers-file.ts';

const origin = new URL(/<link rel="canonical" href="([^"]+)"/.exec(readPage('index.html'))![1]!).origin;

describe('the built pages', () => {
  it('carry no inline script or style, handler, javascript: address, frame or third-party resource', () => {
    const found = htmlFiles().flatMap((page) => unsafeMarkup(readPage(page), origin).map((p) => `${page}: ${p}`));
    expect(found).toEqual([]);
  });
});

describe('the security headers', () => {
  const shipped = readFileSync(join(DIST, '_headers'), 'utf8');
  const forPages = Object.entries(headersFor(parseHeadersFile(shipped), '/articles/x/'));
  const nginx = readFileSync(join('deploy', 'nginx', 'dangjian-security-headers.conf'), 'utf8');
  const addHeaders = [...nginx.matchAll(/^add_header ([\w-]+) "([^"]*)" always;$/gm)].map((m) => [m[1]!.toLowerCase(), m[2]!]);

  it('ship as _headers, as written in deploy/ (the site is built at the root here)', () => {
    expect(shipped).toBe(readFileSync(join('deploy', '_headers'), 'utf8'));
  });

  it('are the same for nginx as in _headers, and docs/deploy.md shows the nginx files as they are', () => {
    expect(addHeaders).toEqual(forPages);
    const docs = readFileSync(join('docs', 'deploy.md'), 'utf8');
    for (const file of ['dangjian-security-headers.conf', 'dangjian.conf']) {
      const lines = readFileSync(join('deploy', 'nginx', file), 'utf8').split('\n').filter((l) => /^\s*(?:add_header|location|include|listen|root|try_files|error_page|gzip_types)\b/.test(l));
      for (const line of lines) expect(docs, `docs/deploy.md lacks this line of deploy/nginx/${file}:\n${line}`).toContain(line);
    }
  });
});
