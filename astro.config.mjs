// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { siteMarkdownProcessor } from './src/plugins/index.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import sitemap from '@astrojs/sitemap';
import links from './src/integrations/links.ts';
import { astroRedirects } from './src/lib/links/redirects.ts';
import linkCheck from './src/integrations/link-check.ts';
import { CONTENT_ROOT } from './src/knowledge/files.ts';
import { listed, normaliseBase } from './src/lib/links/urls.ts';
import offline from './src/integrations/offline.ts';

/**
 * The one place where the site's public address lives. Every link, canonical URL,
 * QR code and search result is built from these two values, so a training institution
 * that hosts under a path (https://example.edu.cn/dangjian/) changes only this.
 * SITE_URL / SITE_BASE override them for a build (the sub-path test uses that).
 */
const site = process.env.SITE_URL ?? 'https://dangjian.example.org';
const base = normaliseBase(process.env.SITE_BASE ?? '/');

/**
 * Tests build fixture content trees (CONTENT_DIR, read in src/knowledge/files.ts). Each gets
 * its own content cache, or stale entries of one tree would leak into the next build.
 */
const contentDir = CONTENT_ROOT;
const cacheDir = process.env.CONTENT_DIR ? `./node_modules/.astro-fixtures/${contentDir.replace(/[^\w-]+/g, '_')}` : undefined;

export default defineConfig({
  site,
  base,
  // Moved pages (content/redirects.yaml): old links, paragraph anchors included, keep working.
  redirects: astroRedirects(contentDir, base),
  output: 'static',
  ...(cacheDir ? { cacheDir } : {}),
  trailingSlash: 'always',
  // Stylesheets always ship as files, never as <style> in the page (Astro inlines small
  // ones): the Content-Security-Policy allows style-src 'self' only (deploy/_headers).
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    // Our remark/rehype plugins, in order (src/plugins/index.ts says why unified()).
    processor: siteMarkdownProcessor({ base, contentDir }),
  },
  // The search index is built with the pages, as part of every build (issue 4): Pagefind
  // gets each page as it is rendered (src/middleware.ts) and writes its files while the
  // link check reads the site. link-check after every step that writes pages; offline()
  // (the service worker) last, once the index it precaches is written.
  integrations: [
    // MDX pages (src/pages/*.mdx, none today). Content MDX (articles, themes) is rendered to
    // HTML when the content is loaded (src/knowledge/mdx-loader.ts), with the processor above.
    mdx(),
    pagefindIndex(),
    sitemap({ filter: (page) => listed(page, new URL(base, site).href) }),
    links(),
    linkCheck(),
    offline(),
  ],
  vite: {
    build: {
      // Scripts always ship as files, never inlined into the page however small (Astro
      // inlines scripts under 4 KB): the site is headed for a CSP of script-src 'self'.
      // Other assets keep Vite's default (undefined).
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      // One stylesheet for the whole site (about 6 KiB gzip): one render-blocking request
      // per page instead of up to five, and cached once for every page after the first,
      // which on a slow network matters more than the bytes a page does not use (issue 6).
      cssCodeSplit: false,
    },
  },
});
