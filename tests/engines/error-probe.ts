/**
 * Script errors as the page itself sees them, for every engine alike. WebDriver classic
 * (WebKitGTK) reports none, and cannot run anything in a page before the page's own scripts;
 * so the test server puts a tiny classic script first in every page's <head> that records
 * uncaught errors, unhandled rejections and resources that fail to load (in
 * `window.__engineErrors`; tests/engines/page-checks.ts reads it). It is a proxy in front of
 * the plain static server (tools/static-server.ts), which it leaves as it is.
 */
import { createServer, request, type Server } from 'node:http';
import { serveStatic, type StaticServer } from '../../tools/static-server.ts';

export const PROBE = `<script>window.__engineErrors=[];addEventListener("error",function(e){var t=e.target;__engineErrors.push(t&&t!==window&&(t.src||t.href)?"failed to load "+(t.src||t.href):(e.message||"error")+" at "+e.filename+":"+e.lineno)},true);addEventListener("unhandledrejection",function(e){__engineErrors.push("unhandled rejection: "+(e.reason&&e.reason.message||e.reason))})</script>`;

/** serveStatic(dir, base), with the probe in every HTML page. */
export async function serveWithProbe(dir: string, base = '/'): Promise<StaticServer> {
  const site = await serveStatic(dir, base);
  const target = new URL(site.url);
  const server: Server = createServer((req, res) => {
    const upstream = request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: { ...req.headers, 'accept-encoding': 'identity' } }, (up) => {
      const chunks: Buffer[] = [];
      up.on('data', (c: Buffer) => chunks.push(c));
      up.on('end', () => {
        let body = Buffer.concat(chunks);
        const headers = { ...up.headers };
        if (String(headers['content-type']).startsWith('text/html')) {
          body = Buffer.from(body.toString('utf8').replace(/<head([^>]*)>/i, (head) => head + PROBE));
        }
        delete headers['transfer-encoding'];
        headers['content-length'] = String(body.length);
        res.writeHead(up.statusCode ?? 502, headers);
        res.end(body);
      });
    });
    upstream.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}${target.pathname}`,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
      await site.close();
    },
  };
}
