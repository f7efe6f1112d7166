import { describe, expect, it } from 'vitest';
import { comparison, formatComparison, interleave, type SideRun } from '../../../../tools/bench/compare.ts';

const run = (side: 'old' | 'new', articles: number, buildMs: number, compareGzip?: number, cpuMs = buildMs / 2): SideRun => ({ side, articles, pages: articles + 100, buildMs, cpuMs, compareGzip });

describe('old against new', () => {
  it('builds each size with old then new, smallest size first', () => {
    expect(interleave([5000, 1000], ['old', 'new'])).toEqual([
      { side: 'old', articles: 1000 },
      { side: 'new', articles: 1000 },
      { side: 'old', articles: 5000 },
      { side: 'new', articles: 5000 },
    ]);
    expect(interleave([100, 300], ['new'])).toEqual([
      { side: 'new', articles: 100 },
      { side: 'new', articles: 300 },
    ]);
  });

  it('gives the speed-up at each size and each side’s growth exponent', () => {
    // old: 100 s → 1000 s for 5× the articles (exponent log 10 / log 5 ≈ 1.43); new: 50 s → 250 s (1.00).
    const c = comparison([run('old', 1000, 100_000, 20_000), run('new', 1000, 50_000, 8_000), run('old', 5000, 1_000_000, 60_000), run('new', 5000, 250_000, 9_000)]);
    expect(c.rows.map((r) => [r.articles, r.speedUp])).toEqual([
      [1000, 2],
      [5000, 4],
    ]);
    expect(c.growth.old).toBeCloseTo(Math.log(10) / Math.log(5), 6);
    expect(c.growth.new).toBeCloseTo(1, 6);
    expect(c.cpuGrowth.old).toBeCloseTo(Math.log(10) / Math.log(5), 6);
    expect(c.rows.map((r) => r.cpuSpeedUp)).toEqual([2, 4]);
    expect([c.from, c.to]).toEqual([1000, 5000]);
    expect(c.rows[1]).toMatchObject({ oldCompareGzip: 60_000, newCompareGzip: 9_000 });
  });

  it('gives CPU time its own speed-up, apart from wall time', () => {
    const c = comparison([run('old', 1000, 100_000, undefined, 30_000), run('new', 1000, 80_000, undefined, 10_000)]);
    expect(c.rows[0]).toMatchObject({ speedUp: 1.25, cpuSpeedUp: 3 });
  });

  it('prints a table a reader can check, with a dash where a side is missing', () => {
    const text = formatComparison(comparison([run('old', 1000, 100_000, 20_480), run('new', 1000, 40_000, 10_240), run('new', 5000, 200_000, 10_240)]), '6dc3099');
    const lines = text.split('\n');
    expect(lines[0]).toBe('Old (6dc3099) against new, built interleaved in this run');
    expect(lines[1]).toMatch(/^articles\s+old build s\s+new build s\s+speed-up\s+old CPU s\s+new CPU s\s+CPU speed-up\s+old compare\/ KiB gz\s+new compare\/ KiB gz$/);
    expect(lines[3]!.split(/\s+/).filter(Boolean)).toEqual(['1,000', '100.0', '40.0', '2.50×', '50.0', '20.0', '2.50×', '20.0', '10.0']);
    expect(lines[4]!.split(/\s+/).filter(Boolean)).toEqual(['5,000', '—', '200.0', '—', '—', '100.0', '—', '—', '10.0']);
    expect(lines.at(-1)).toBe('growth exponent 1,000→5,000 (1 = linear): build time old —, new 1.00; CPU time old —, new 1.00');
  });
});
