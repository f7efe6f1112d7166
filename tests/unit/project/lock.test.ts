/**
 * `npm ci` installs exactly package-lock.json and refuses a lock out of step with
 * package.json; the README's first commands use it, so the lock must stay in sync and
 * complete: every dependency at its pinned version, and the platform packages of Astro's
 * compiler and Pagefind (and every other optional package) for every system (a lock made on one machine can lack the others').
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Manifest { dependencies?: Record<string, string>; devDependencies?: Record<string, string>; optionalDependencies?: Record<string, string> }
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as Manifest;
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { lockfileVersion: number; packages: Record<string, Manifest & { version?: string }> };

describe('package-lock.json', () => {
  it('lists the same dependencies as package.json, each at the version package.json pins', () => {
    const root = lock.packages['']!;
    expect(root.dependencies ?? {}).toEqual(pkg.dependencies ?? {});
    expect(root.devDependencies ?? {}).toEqual(pkg.devDependencies ?? {});
    for (const [name, version] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies })) {
      expect(/^\d+\.\d+\.\d+/.test(version), `${name} is pinned to an exact version`).toBe(true);
      expect(lock.packages[`node_modules/${name}`]?.version, `${name} in the lock`).toBe(version);
    }
  });

  it('holds every optional (platform) package of every package, so npm ci works on any system', () => {
    const withOptional = Object.entries(lock.packages).filter(([, p]) => Object.keys(p.optionalDependencies ?? {}).length > 0);
    for (const native of ['node_modules/pagefind', 'node_modules/@astrojs/compiler-binding']) expect(withOptional.map(([path]) => path)).toContain(native);
    const missing = withOptional.flatMap(([path, p]) =>
      Object.keys(p.optionalDependencies!).filter((name) => !lock.packages[`node_modules/${name}`] && !lock.packages[`${path}/node_modules/${name}`]).map((name) => `${path} → ${name}`),
    );
    expect(missing).toEqual([]);
  });
});
