/**
 * Runs the real Astro content layer (`sync`) or a whole build over a fixture content tree
 * (tests/fixtures/<name>, read through CONTENT_DIR), to prove what bad content does.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const astro = join('node_modules', 'astro', 'bin', 'astro.mjs');

export interface AstroRun {
  status: number | null;
  /** stdout and stderr, without colours. */
  output: string;
  /** Where a build wrote the site. */
  outDir: string;
}

export function runAstro(command: 'sync' | 'build', fixture: string): AstroRun {
  // Inside the project: Astro puts a build's prerender chunks beside an outDir within the
  // project, but in one shared .astro/.prerender for any other, where two fixture builds
  // running at once (two test files) would overwrite each other's.
  const outDir = join('node_modules', '.astro-fixtures', `${fixture}-dist`);
  if (command === 'build') rmSync(outDir, { recursive: true, force: true });
  const args = [astro, command, ...(command === 'build' ? ['--outDir', outDir] : [])];
  const result = spawnSync(process.execPath, args, {
    env: { ...process.env, CONTENT_DIR: `./tests/fixtures/${fixture}`, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return { status: result.status, output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`), outDir };
}
