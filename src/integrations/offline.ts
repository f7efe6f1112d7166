/**
 * Offline reading (issue 6): writes the service worker with Workbox (`generateSW`) as the
 * last step of `astro build`, once the pages and the Pagefind index are in dist/, so the
 * precache lists them all with a hash of each (what it keeps and why: src/lib/offline/
 * sw-config.ts). It waits for the search index (pagefind.ts), which Pagefind writes while
 * the link check runs, since the worker must list the finished index.
 *
 * The worker is registered by src/scripts/reader.ts (every page, once it has loaded), at
 * the base path, so its scope is the whole site also under a sub-path (SITE_BASE).
 */
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { swOptions } from '../lib/offline/sw-config.ts';
import { SW_FILE } from '../lib/offline/sw-file.ts';
import { searchIndexWritten } from './pagefind.ts';

export default function offline(): AstroIntegration {
  return {
    name: 'offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        // The precache lists the search index's files: wait until Pagefind has written them.
        await searchIndexWritten();
        const { count, size, warnings } = await generateSW(swOptions(dist, join(dist, SW_FILE)));
        // A file Workbox leaves out (over 2 MB: a home page listing thousands of articles)
        // is not kept for offline reading; the build goes on and says so.
        for (const w of warnings) logger.warn(`Workbox: ${w}`);
        logger.info(`${relative(process.cwd(), join(dist, SW_FILE))}: ${count} files precached (${(size / 1024).toFixed(0)} KiB before compression)`);
      },
    },
  };
}
