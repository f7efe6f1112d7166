/** A build of the site into a directory of its own, as the tests need (another base, a fixture tree). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Build { dir: string; status: number | null; output: string }

/**
 * What Vitest puts in the environment for its own import.meta.env (BASE_URL=/, MODE=test…).
 * Astro would read them in the build it starts (every link would lose the base), so not these.
 */
const TEST_ENV = /^(?:BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/;

/** `astro build --outDir <new temp dir>` with extra environment (SITE_BASE, SITE_URL, CONTENT_DIR). */
export function buildSite(env: Record<string, string>, prefix = 'dj-build-'): Build {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !TEST_ENV.test(k)));
  const result = spawnSync(process.execPath, [join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', dir], {
    env: { ...inherited, ...env, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return { dir, status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
