import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_FILES, copyProject, cpuFromTimes, extractRevision, pagesBuilt, timed } from '../../../../tools/bench/project.ts';

const dir = mkdtempSync(join(tmpdir(), 'bench-project-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const git = (...args: string[]) => execFileSync('git', ['-C', join(dir, 'repo'), '-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { encoding: 'utf8' }).trim();

/** A repository with the project's files, committed twice; node_modules and tests/ untracked or extra. */
function repo() {
  const root = join(dir, 'repo');
  for (const sub of ['src/pages', 'public', 'content/articles', 'node_modules/astro', 'tests']) mkdirSync(join(root, sub), { recursive: true });
  for (const f of ['astro.config.mjs', 'tsconfig.json', 'package.json']) writeFileSync(join(root, f), `${f} v1\n`);
  writeFileSync(join(root, 'src/pages/index.astro'), 'v1\n');
  writeFileSync(join(root, 'public/robots.txt'), 'v1\n');
  writeFileSync(join(root, 'content/articles/a.mdx'), 'v1\n');
  writeFileSync(join(root, 'tests/x.test.ts'), 'v1\n');
  writeFileSync(join(root, '.gitignore'), 'node_modules/\n');
  execFileSync('git', ['init', '-q', root]);
  git('add', '.');
  git('commit', '-qm', 'one');
  const first = git('rev-parse', 'HEAD');
  writeFileSync(join(root, 'src/pages/index.astro'), 'v2\n');
  mkdirSync(join(root, 'deploy'));
  writeFileSync(join(root, 'deploy/_headers'), 'v2\n');
  git('add', '.');
  git('commit', '-qm', 'two');
  writeFileSync(join(root, 'src/pages/index.astro'), 'v3, not committed\n');
  return { root, first };
}

describe('the projects a bench builds', () => {
  const { root, first } = repo();

  it('extracts the site of an earlier commit, with the current node_modules linked', () => {
    const dest = join(dir, 'old');
    expect(extractRevision(root, 'HEAD~1', dest)).toBe(first);
    expect(readFileSync(join(dest, 'src/pages/index.astro'), 'utf8')).toBe('v1\n');
    // The first commit has no deploy/: what a revision lacks is left out, not an error.
    for (const f of PROJECT_FILES.filter((f) => f !== 'deploy')) expect(existsSync(join(dest, f))).toBe(true);
    expect(existsSync(join(dest, 'deploy'))).toBe(false);
    expect(existsSync(join(dest, 'tests'))).toBe(false);
    expect(lstatSync(join(dest, 'node_modules')).isSymbolicLink()).toBe(true);
    expect(existsSync(join(dest, 'node_modules/astro'))).toBe(true);
  });

  it('copies the working tree as it is, uncommitted changes included', () => {
    const dest = copyProject(root, join(dir, 'new'));
    expect(readFileSync(join(dest, 'src/pages/index.astro'), 'utf8')).toBe('v3, not committed\n');
    expect(readFileSync(join(dest, 'deploy/_headers'), 'utf8')).toBe('v2\n');
    expect(lstatSync(join(dest, 'node_modules')).isSymbolicLink()).toBe(true);
  });

  it('stops on a revision that does not exist', () => {
    expect(() => extractRevision(root, 'no-such-rev', join(dir, 'none'))).toThrow(/--baseline no-such-rev: no such commit/);
  });

  it('reads the page count from Astro’s output', () => {
    expect(pagesBuilt('12:00:01 [build] 1572 page(s) built in 76.30s\n12:00:01 [build] Complete!')).toBe(1572);
    expect(pagesBuilt('no count')).toBeNaN();
  });

  it('reads the children’s CPU time from bash’s times', () => {
    expect(cpuFromTimes('built\n\n@@bench-cpu\n0m0.004s 0m0.001s\n1m2.500s 0m3.250s\n')).toBe(65_750);
    expect(cpuFromTimes('no mark')).toBeUndefined();
  });

  it('times a command’s CPU apart from its wall time, and keeps its output and exit code', async () => {
    // Busy until the child itself has used 300 ms of CPU, however loaded the machine is.
    const busy = `while (process.cpuUsage().user < 300000); console.log('done'); process.exit(3)`;
    const run = await timed([process.execPath, '-e', busy], { cwd: dir });
    expect(run.code).toBe(3);
    expect(run.output.trim()).toBe('done');
    expect(run.cpuMs).toBeGreaterThanOrEqual(300);
    expect(run.ms).toBeGreaterThanOrEqual(run.cpuMs / 2);
  });
});

