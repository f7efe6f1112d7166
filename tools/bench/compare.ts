/**
 * Old against new in one run (`npm run bench -- --baseline <rev>`, issue 15): the order of the
 * builds, and the table of their times, speed-ups and growth.
 */
import { growth, kib, table } from './table.ts';

export type Side = 'old' | 'new';

export interface Job {
  side: Side;
  articles: number;
}

/**
 * Every size built by each side in turn, old first (old 1000, new 1000, old 5000, new 5000), so
 * that a change in the machine's load during the run falls on both alike.
 */
export function interleave(sizes: number[], sides: Side[]): Job[] {
  return [...sizes].sort((a, b) => a - b).flatMap((articles) => sides.map((side) => ({ side, articles })));
}

export interface SideRun {
  side: Side;
  articles: number;
  pages: number;
  buildMs: number;
  /** CPU time of the build and its children (tools/bench/project.ts); NaN if it could not be read. */
  cpuMs: number;
  /** compare/ (the 专题 × 案例 matrix), gzip; undefined if the build has none. */
  compareGzip: number | undefined;
}

export interface ComparisonRow {
  articles: number;
  oldMs: number | undefined;
  newMs: number | undefined;
  /** old time ÷ new time. */
  speedUp: number | undefined;
  oldCpuMs: number | undefined;
  newCpuMs: number | undefined;
  /** old CPU time ÷ new CPU time. */
  cpuSpeedUp: number | undefined;
  oldCompareGzip: number | undefined;
  newCompareGzip: number | undefined;
}

export interface Comparison {
  rows: ComparisonRow[];
  /** The growth exponent of build time from the smallest size to the largest, per side. */
  growth: Record<Side, number | undefined>;
  /** The same, of CPU time. */
  cpuGrowth: Record<Side, number | undefined>;
  /** The sizes the exponent is measured between. */
  from: number | undefined;
  to: number | undefined;
}

export function comparison(runs: SideRun[]): Comparison {
  const sizes = [...new Set(runs.map((r) => r.articles))].sort((a, b) => a - b);
  const find = (side: Side, articles: number) => runs.find((r) => r.side === side && r.articles === articles);
  const rows = sizes.map((articles) => {
    const old = find('old', articles);
    const now = find('new', articles);
    return {
      articles,
      oldMs: old?.buildMs,
      newMs: now?.buildMs,
      speedUp: old && now ? old.buildMs / now.buildMs : undefined,
      oldCpuMs: old?.cpuMs,
      newCpuMs: now?.cpuMs,
      cpuSpeedUp: old && now ? old.cpuMs / now.cpuMs : undefined,
      oldCompareGzip: old?.compareGzip,
      newCompareGzip: now?.compareGzip,
    };
  });
  const exponent = (side: Side, value: (r: SideRun) => number) =>
    growth(runs.filter((r) => r.side === side).sort((a, b) => a.articles - b.articles).map((r) => ({ n: r.articles, value: value(r) })));
  return {
    rows,
    growth: { old: exponent('old', (r) => r.buildMs), new: exponent('new', (r) => r.buildMs) },
    cpuGrowth: { old: exponent('old', (r) => r.cpuMs), new: exponent('new', (r) => r.cpuMs) },
    from: sizes[0],
    to: sizes.at(-1),
  };
}

const fixed = (n: number | undefined, digits: number, suffix = '') => (n === undefined || !Number.isFinite(n) ? '—' : `${n.toFixed(digits)}${suffix}`);
const kb = (bytes: number | undefined) => (bytes === undefined ? '—' : kib(bytes));

/** The comparison as the bench prints it. */
export function formatComparison(c: Comparison, baseline: string): string {
  const head = table(
    ['articles', 'old build s', 'new build s', 'speed-up', 'old CPU s', 'new CPU s', 'CPU speed-up', 'old compare/ KiB gz', 'new compare/ KiB gz'],
    c.rows.map((r) => [
      r.articles.toLocaleString('en'),
      fixed(r.oldMs && r.oldMs / 1000, 1), fixed(r.newMs && r.newMs / 1000, 1), fixed(r.speedUp, 2, '×'),
      fixed(r.oldCpuMs && r.oldCpuMs / 1000, 1), fixed(r.newCpuMs && r.newCpuMs / 1000, 1), fixed(r.cpuSpeedUp, 2, '×'),
      kb(r.oldCompareGzip), kb(r.newCompareGzip),
    ]),
  );
  const span = c.from !== undefined && c.to !== undefined && c.from !== c.to ? `${c.from.toLocaleString('en')}→${c.to.toLocaleString('en')}` : undefined;
  const tail = span
    ? `growth exponent ${span} (1 = linear): build time old ${fixed(c.growth.old, 2)}, new ${fixed(c.growth.new, 2)}; CPU time old ${fixed(c.cpuGrowth.old, 2)}, new ${fixed(c.cpuGrowth.new, 2)}`
    : 'growth exponent: needs two sizes';
  return `Old (${baseline}) against new, built interleaved in this run\n${head}\n${tail}`;
}
