/**
 * Writes a gzip copy beside each text file of a built site (index.html → index.html.gz),
 * for nginx's `gzip_static on` (deploy/nginx/dangjian.conf): the server then sends the
 * ready-made copy instead of compressing every response again, which under load is most
 * of its work. Run after `npm run build`, before copying dist/ to the server. Pagefind's
 * index files are compressed already and are left alone.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, gzipSync } from 'node:zlib';

const TEXT = /\.(?:html|css|js|mjs|json|svg|xml|txt|webmanifest|ris|bib)$/;

export function precompress(dir: string): { files: number; before: number; after: number } {
  let files = 0;
  let before = 0;
  let after = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!TEXT.test(name)) continue;
    const body = readFileSync(join(dir, name));
    const gz = gzipSync(body, { level: constants.Z_BEST_COMPRESSION });
    writeFileSync(join(dir, `${name}.gz`), gz);
    files += 1;
    before += body.length;
    after += gz.length;
  }
  return { files, before, after };
}
