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
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * What a build of the site reads: its sources, public files, content, configuration, and the
 * deployment files it writes from (deploy/_headers). Those a revision lacks are left out.
 */
export const PROJECT_FILES = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public', 'content', 'deploy'] as const;

function fresh(dest: string) {
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
}

/** Copies the project at `root` (the working tree, uncommitted changes included) to `dest`. */
export function copyProject(root: string, dest: string): string {
  fresh(dest);
  for (const file of PROJECT_FILES) if (existsSync(join(root, file))) cpSync(join(root, file), join(dest, file), { recursive: true });
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
  const present = new Set(execFileSync('git', ['-C', root, 'ls-tree', '--name-only', commit], { encoding: 'utf8' }).split('\n'));
  const archive = execFileSync('git', ['-C', root, 'archive', '--format=tar', commit, '--', ...PROJECT_FILES.filter((f) => present.has(f))], { maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', dest], { input: archive });
  symlinkSync(resolve(root, 'node_modules'), join(dest, 'node_modules'), 'dir');
  return commit;
}

export interface Build {
  ms: number;
  /**
   * CPU time of the build and every process it started (user + system): on a machine others
   * share, wall time says as much about their load as about the build; this much less.
   */
  cpuMs: number;
  pages: number;
  /** Astro's output, for the per-step times it logs. */
  output: string;
}

/** The page count Astro reports at the end of a build. */
export const pagesBuilt = (output: string): number => Number(/(\d+) page\(s\) built/.exec(output)?.[1] ?? NaN);

const CPU_MARK = '@@bench-cpu';

/** The children's CPU time from bash's `times` after CPU_MARK (its second line: user, system), in ms. */
export function cpuFromTimes(output: string): number | undefined {
  const m = new RegExp(`${CPU_MARK}\\n.*\\n(\\d+)m([\\d.]+)s (\\d+)m([\\d.]+)s`).exec(output);
  if (!m) return undefined;
  return Math.round((Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) * 60 + Number(m[4])) * 1000);
}

export interface Timed {
  code: number | null;
  ms: number;
  cpuMs: number;
  output: string;
}

/**
 * Runs `command` under bash, which then reports with `times` the CPU time its children used:
 * the command's, and that of the processes the command started and waited for (Pagefind's
 * binary, for a build). Output is stdout and stderr as they came.
 */
export function timed(command: string[], options: { cwd: string; env?: Record<string, string> }): Promise<Timed> {
  return new Promise((done) => {
    const start = performance.now();
    const script = `"$@"; status=$?; { echo; echo ${CPU_MARK}; times; } >&2; exit $status`;
    const child = spawn('bash', ['-c', script, 'bash', ...command], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => {
      const ms = Math.round(performance.now() - start);
      const at = output.lastIndexOf(`\n${CPU_MARK}\n`);
      done({ code, ms, cpuMs: cpuFromTimes(output) ?? NaN, output: at >= 0 ? output.slice(0, at) : output });
    });
  });
}

/**
 * A cold `astro build --force` (the content cache cleared) of `project` into `outDir`, with `env`
 * added, run by `astro` of the project's node_modules.
 */
export async function build(project: string, outDir: string, env: Record<string, string> = {}): Promise<Build> {
  const astro = join(project, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const run = await timed([process.execPath, astro, 'build', '--force', '--outDir', resolve(outDir)], { cwd: project, env: { ...env, NO_COLOR: '1' } });
  if (run.code !== 0) throw new Error(`astro build in ${project} failed (${run.code}):\n${run.output.slice(-3000)}`);
  return { ms: run.ms, cpuMs: run.cpuMs, pages: pagesBuilt(run.output), output: run.output };
}
