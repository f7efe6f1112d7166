/**
 * The projects a bench builds: a copy of the working tree, and, for `--baseline <rev>`, the site
 * of an earlier commit extracted beside it, so one run measures old against new on the same
 * machine under the same load (issue 15).
 *
 * Builds run in copies (node_modules linked): a build uses files under <project>/.astro/ that
 * another build or `astro check` in the same tree at the same time would remove, and the sources
 * cannot change under a run.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** What a build of the site reads: its sources, public files, content and configuration. */
export const PROJECT_FILES = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public', 'content'] as const;

function fresh(dest: string) {
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
}

/** Copies the project at `root` (the working tree, uncommitted changes included) to `dest`. */
export function copyProject(root: string, dest: string): string {
  fresh(dest);
  for (const file of PROJECT_FILES) cpSync(join(root, file), join(dest, file), { recursive: true });
  symlinkSync(resolve(root, 'node_modules'), join(dest, 'node_modules'), 'dir');
  return dest;
}

/**
 * Extracts the project as it was at commit `rev` of the repository at `root` into `dest`
 * (`git archive`), with the current node_modules linked: the baseline must not need
 * dependencies the current lock lacks. Returns the full commit id.
 */
export function extractRevision(root: string, rev: string, dest: string): string {
  let commit: string;
  try {
    commit = execFileSync('git', ['-C', root, 'rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch {
    throw new Error(`--baseline ${rev}: no such commit in ${resolve(root)}`);
  }
  fresh(dest);
  const archive = execFileSync('git', ['-C', root, 'archive', '--format=tar', commit, '--', ...PROJECT_FILES], { maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', dest], { input: archive });
  symlinkSync(resolve(root, 'node_modules'), join(dest, 'node_modules'), 'dir');
  return commit;
}

export interface Build {
  ms: number;
  pages: number;
  /** Astro's output, for the per-step times it logs. */
  output: string;
}

/** The page count Astro reports at the end of a build. */
export const pagesBuilt = (output: string): number => Number(/(\d+) page\(s\) built/.exec(output)?.[1] ?? NaN);

/**
 * A cold `astro build --force` (the content cache cleared) of `project` into `outDir`, with `env`
 * added, run by `astro` of the project's node_modules.
 */
export function build(project: string, outDir: string, env: Record<string, string> = {}): Promise<Build> {
  return new Promise((done, fail) => {
    const start = performance.now();
    const child = spawn(process.execPath, [join(project, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--force', '--outDir', resolve(outDir)], {
      cwd: project,
      env: { ...process.env, ...env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => {
      const ms = Math.round(performance.now() - start);
      if (code !== 0) fail(new Error(`astro build in ${project} failed (${code}):\n${output.slice(-3000)}`));
      else done({ ms, pages: pagesBuilt(output), output });
    });
  });
}
