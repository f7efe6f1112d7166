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
 *   Hosts that answer with a real 301 keep the fragment by themselves. The page itself is
 *   rewritten in Chinese (lib/redirect-page.ts).
 * - Moved anchors on pages that stay (content/redirects.yaml) get their old id back, as an
 *   empty element at the start of the element that now has the new id.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { withBase } from '../lib/url.ts';
import { anchorAliases, loadRedirects } from '../lib/redirects.ts';
import { chineseRedirectPage } from '../lib/redirect-page.ts';
import { CONTENT_ROOT } from '../lib/content-root.ts';

const ORIGIN_CSS = 'virtual:site-origin.css';
export const FRAGMENT_SCRIPT = 'redirect-fragment.js';

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

/**
 * The page with an empty element carrying `old` at the start of the element with id `to`
 * (in a table row, inside its first cell, where an element may go).
 */
export function addAnchorAlias(html: string, old: string, to: string): string {
  const at = new RegExp(`<(\\w+)\\b[^>]*\\sid="${to}"[^>]*>`).exec(html);
  if (!at) throw new Error(`锚点别名 #${old}：页面上没有 #${to}`);
  let end = at.index + at[0].length;
  if (at[1] === 'tr') end = html.indexOf('>', html.indexOf('<t', end)) + 1;
  return `${html.slice(0, end)}<span id="${old}" class="anchor-alias"></span>${html.slice(end)}`;
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
        for (const [path, aliases] of Object.entries(anchorAliases(loadRedirects(CONTENT_ROOT)))) {
          const file = join(out, path, 'index.html');
          let html = await readFile(file, 'utf8');
          for (const [old, to] of Object.entries(aliases)) html = addAnchorAlias(html, old, to);
          await writeFile(file, html);
        }
        if (redirects.length === 0) return;
        await writeFile(join(out, FRAGMENT_SCRIPT), fragmentScript);
        const tag = `<script src="${withBase(FRAGMENT_SCRIPT, base)}"></script>`;
        for (const from of redirects) {
          const file = join(out, from, 'index.html');
          // In Chinese, and with "0; url=" where Astro writes "0;url=", which the HTML checker refuses.
          const html = chineseRedirectPage(await readFile(file, 'utf8'));
          await writeFile(file, html.replace('</body>', `${tag}</body>`));
        }
        logger.info(`${redirects.length} redirect page(s) keep the #fragment`);
      },
    },
  };
}
