/**
 * npm run url-lock [-- --update] [--dir dist]
 *
 * Compares the build (dist/, built with SITE_BASE if set) with content/url-lock.txt (under
 * CONTENT_DIR if set): lists the addresses published but not yet locked, and the locked
 * ones that no longer resolve. --update adds the new ones to the lock; it never removes a
 * line. Exits 1 while any locked address is lost, so a lost one is never locked over.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CONTENT_ROOT } from '../src/knowledge/files.ts';
import { formatLock, lostUrls, parseLock, publishedUrls, lockedSite, updateLock } from '../src/lib/links/url-lock.ts';
import { readBuiltSite } from '../src/integrations/dist.ts';

const { values } = parseArgs({ options: { update: { type: 'boolean', default: false }, dir: { type: 'string', default: 'dist' } } });
const lockFile = join(CONTENT_ROOT, 'url-lock.txt');
const site = lockedSite(readBuiltSite(values.dir), process.env.SITE_BASE ?? '/');
const lock = existsSync(lockFile) ? parseLock(readFileSync(lockFile, 'utf8')) : [];
const next = updateLock(lock, publishedUrls(site));
const lost = lostUrls(lock, site);

for (const l of lost) console.log(`失效  ${l.url}：${l.why}`);
if (values.update) {
  if (next.added.length > 0) writeFileSync(lockFile, formatLock(next.lock));
  console.log(`${lockFile}：新增 ${next.added.length} 个，共 ${next.lock.length} 个网址与锚点。`);
} else {
  for (const url of next.added) console.log(`未锁定  ${url}`);
  console.log(`${lock.length} 个已锁定，${next.added.length} 个新发布的未锁定（npm run url-lock -- --update 锁定）。`);
}
if (lost.length > 0) {
  console.log(`${lost.length} 个已发布的网址失效：恢复它们，或在 content/redirects.yaml 里加重定向。`);
  process.exitCode = 1;
}
