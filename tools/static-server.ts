/**
 * A plain static server for a built site, under its base path, as the plainest static host
 * serves one (folder → index.html, anything else missing → 404.html with status 404, no
 * redirects of its own: the site's redirect pages must do that work), that a test or the
 * bench can stop at will: stopping it is how the offline test takes the network away, and
 * the bench serves the synthetic corpora's builds with it. Loopback only.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { normaliseBase } from '../src/lib/links/urls.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServer {
  /** With the base path and a trailing slash: http://127.0.0.1:43xx/dangjian/ */
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** 0 (the default) picks a free one. */
  port?: number;
  /** Extra response headers for a site path (/articles/…, without the base), as a host's configuration gives them. */
  headers?: (path: string) => Record<string, string>;
  /**
   * Compress text with gzip for a client that accepts it, as the deployed site is served
   * (deploy/nginx: gzip_static, gzip): the bench's Lighthouse runs measure the site as
   * readers get it. Off by default, so tests see the files as they are.
   */
  gzip?: boolean;
}

/** What a host compresses (deploy/nginx/dangjian.conf's gzip_types, and HTML). */
const COMPRESSED = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml', '.txt']);

/** `base` as in astro.config.mjs ('/' or '/dangjian/'). */
export async function serveStatic(dir: string, base = '/', { port = 0, headers, gzip = false }: ServeOptions = {}): Promise<StaticServer> {
  const prefix = normaliseBase(base);
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = async (file: string, status = 200) => {
      let body = await readFile(file);
      const extra = headers?.(`/${path.slice(prefix.length)}`) ?? {};
      if (gzip && COMPRESSED.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        body = gzipSync(body, { level: 9 });
        Object.assign(extra, { 'content-encoding': 'gzip', vary: 'Accept-Encoding' });
      }
      res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache', ...extra });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    try {
      if (!path.startsWith(prefix)) throw new Error('outside the base path');
      let file = join(dir, normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/, ''));
      if ((await stat(file).catch(() => undefined))?.isDirectory()) file = join(file, 'index.html');
      await send(file);
    } catch {
      await send(join(dir, '404.html'), 404).catch(() => {
        res.writeHead(404);
        res.end();
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actual}${prefix}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
