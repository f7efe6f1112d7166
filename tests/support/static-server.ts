/**
 * A static file server for a build directory, serving it under a base path as a host would
 * (folder → index.html, unknown → 404.html with status 404). No redirects of its own: the
 * site's redirect pages must do that work, as on the plainest static host.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8', '.webmanifest': 'application/manifest+json',
};

export interface Served { url: string; server: Server; close(): Promise<void> }

export async function serve(dir: string, base = '/'): Promise<Served> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = path.startsWith(base) ? join(dir, path.slice(base.length)) : '';
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = file !== '' && existsSync(file) && statSync(file).isFile();
    res.writeHead(found ? 200 : 404, { 'Content-Type': TYPES[extname(found ? file : '404.html')] ?? 'application/octet-stream' });
    res.end(found ? readFileSync(file) : existsSync(join(dir, '404.html')) ? readFileSync(join(dir, '404.html')) : 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}${base}`, server, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
