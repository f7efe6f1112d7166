/**
 * Build-time help for links that must outlive the site's present shape (issue 5):
 *
 * - `virtual:site-origin.css` holds the site's origin as a CSS custom property. Our hrefs
 *   are root-relative (/dangjian/articles/…), so the print stylesheet prints origin + href
 *   after a link's text to give the full address on paper.
 * - Redirect pages keep the #fragment. Astro's redirect page for static hosts sends the
 *   reader on with <meta http-equiv="refresh">, which drops it, so a lecturer's link to a
 *   paragraph of a moved page would land at the top of the new page. A small external
 *   script (the site is headed for a CSP of script-src 'self') carries the fragment over.
 *   Hosts that answer with a real 301 keep the fragment by themselves.
 * - Moved anchors on pages that stay (content/redirects.yaml) get their old id back, as an
 *   empty element at the start of the element that now has the new id: the pages render
 *   it (src/components/AnchorAliases.astro); this step checks that every one is there.
 * - `_headers` (deploy/_headers) is written with the base path in front of each pattern.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { withBase } from '../lib/links/urls.ts';
import { headersWithBase } from '../lib/links/headers-file.ts';
import { anchorAliases, loadRedirects } from '../lib/links/redirects.ts';
import { CONTENT_ROOT } from '../knowledge/files.ts';
import { readBuiltSite } from './dist.ts';

const ORIGIN_CSS = 'virtual:site-origin.css';
export const FRAGMENT_SCRIPT = 'redirect-fragment.js';
/** The security and cache headers for static hosts, patterns from the site's root. */
export const HEADERS_FILE = 'deploy/_headers';

const fragmentScript = `// Carries #fragment over a redirect page (see src/integrations/links.ts).
var refresh = document.querySelector('meta[http-equiv="refresh"]');
var to = refresh && /url=(.+)$/i.exec(refresh.getAttribute('content') || '');
if (to && location.hash) location.replace(new URL(to[1], location.href).href.split('#')[0] + location.hash);
`;

function siteOrigin(origin: string): Plugin {
  const id = `\0${ORIGIN_CSS}`;
  return {
    name: 'site-origin-css',
    resolveId: (source) => (source === ORIGIN_CSS ? id : undefined),
    load: (source) => (source === id ? `:root { --site-origin: ${JSON.stringify(origin)}; }\n` : undefined),
  };
}

export default function links(): AstroIntegration {
  let redirects: string[] = [];
  let base = '/';
  return {
    name: 'links',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        updateConfig({ vite: { plugins: [siteOrigin(new URL(config.site ?? 'http://localhost/').origin)] } });
      },
      'astro:config:done': ({ config }) => {
        redirects = Object.keys(config.redirects);
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const site = readBuiltSite(out);
        const missing = Object.entries(anchorAliases(loadRedirects(CONTENT_ROOT))).flatMap(([path, aliases]) => {
          const page = `${path.replace(/^\/+/, '')}index.html`;
          const ids = site.has(page) ? site.facts(page).ids : new Set<string>();
          return Object.entries(aliases)
            .filter(([old, to]) => !ids.has(old) || !ids.has(to))
            .map(([old, to]) => `  ${path}#${old} → #${to}：${ids.has(to) ? '页面没有渲染旧锚点' : `页面上没有 #${to}`}`);
        });
        if (missing.length > 0) throw new Error(`锚点重定向（content/redirects.yaml）未能落地，构建已停止：\n${missing.join('\n')}`);
        // The static hosts' headers file, its patterns under the base path (deploy/_headers).
        await writeFile(join(out, '_headers'), headersWithBase(await readFile(HEADERS_FILE, 'utf8'), base));
        if (redirects.length === 0) return;
        await writeFile(join(out, FRAGMENT_SCRIPT), fragmentScript);
        const tag = `<script src="${withBase(FRAGMENT_SCRIPT, base)}"></script>`;
        for (const from of redirects) {
          const file = join(out, from, 'index.html');
          // "0;url=" as Astro writes it fails the HTML checker, which wants "0; url=".
          const html = (await readFile(file, 'utf8')).replace(/(http-equiv="refresh" content="\d+;)url=/, '$1 url=');
          await writeFile(file, html.includes('</body>') ? html.replace('</body>', `${tag}</body>`) : html + tag);
        }
        logger.info(`${redirects.length} redirect page(s) keep the #fragment`);
      },
    },
  };
}
