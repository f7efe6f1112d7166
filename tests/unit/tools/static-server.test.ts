/** The static server the tests and the bench use (tools/static-server.ts). */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../../tools/static-server.ts';

const dir = mkdtempSync(join(tmpdir(), 'dj-static-'));
mkdirSync(join(dir, 'a'));
const page = '<!doctype html><title>阳江</title>'.repeat(50);
writeFileSync(join(dir, 'a', 'index.html'), page);
writeFileSync(join(dir, '404.html'), 'missing');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fetchRaw(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

describe('serveStatic', () => {
  it('serves a folder’s index.html under the base path, and 404.html with status 404 elsewhere', async () => {
    const s = await serveStatic(dir, '/base/');
    try {
      const ok = await fetchRaw(`${s.url}a/`);
      expect([ok.status, ok.body.toString()]).toEqual([200, page]);
      expect(ok.headers['content-encoding']).toBeUndefined();
      const missing = await fetchRaw(`${s.url}nope/`);
      expect([missing.status, missing.body.toString()]).toEqual([404, 'missing']);
      expect((await fetchRaw(s.url.replace('/base/', '/a/'))).status).toBe(404);
    } finally {
      await s.close();
    }
  });

  it('compresses text with gzip when asked to and the client accepts it, as a host would', async () => {
    const s = await serveStatic(dir, '/', { gzip: true });
    try {
      const zipped = await fetchRaw(`${s.url}a/`, { 'accept-encoding': 'gzip, deflate' });
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(zipped.body.length).toBeLessThan(page.length / 5);
      expect(gunzipSync(zipped.body).toString()).toBe(page);
      const plain = await fetchRaw(`${s.url}a/`);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString()).toBe(page);
    } finally {
      await s.close();
    }
  });
});
