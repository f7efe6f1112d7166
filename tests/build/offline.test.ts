/**
 * The service worker the build writes (src/integrations/offline.ts): it exists, and its
 * precache lists what must be readable offline after a first visit. Whether it works is
 * tests/e2e/offline.spec.ts.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRECACHED_PAGES } from '../../src/lib/offline/sw-config.ts';
import { SW_FILE } from '../../src/lib/offline/sw-file.ts';
import { DIST, readPage } from './dist.ts';

const sw = readFileSync(join(DIST, SW_FILE), 'utf8');
const manifest = [...sw.matchAll(/\{url:"([^"]+)",revision:(?:"[0-9a-f]+"|null)\}/g)].map((m) => m[1]!);

describe('the service worker', () => {
  it('precaches the pages readable offline from the first visit', () => {
    for (const page of PRECACHED_PAGES) expect(manifest).toContain(`${page}index.html`);
  });

  it('precaches every script and stylesheet, and the search engine', () => {
    for (const file of readdirSync(join(DIST, '_astro'))) expect(manifest).toContain(`_astro/${file}`);
    for (const file of ['pagefind/pagefind.js', 'pagefind/search-meta.json']) expect(manifest).toContain(file);
    expect(manifest.some((f) => /^pagefind\/wasm\..*\.pagefind$/.test(f))).toBe(true);
  });

  it('precaches the scripts that load on first use: the ⋯ menu, 自测\'s 核对, the study record', () => {
    for (const lazy of ['block-actions', 'self-test', 'study-page']) expect(manifest.some((f) => f.startsWith(`_astro/${lazy}-`)), lazy).toBe(true);
  });

  it('precaches only files that are in the build, each with its hash', () => {
    for (const file of manifest) expect(existsSync(join(DIST, file)), file).toBe(true);
    // Pages keep their names across builds: only a revision (hash) tells a new one from the old.
    expect(sw).not.toMatch(/\{url:"[^"]*\.html",revision:null\}/);
  });

  it('has an offline page that search does not index', () => {
    const html = readPage('offline/index.html');
    expect(html).toContain('现在没有网络');
    expect(html).not.toContain('data-pagefind-body');
  });
});
