/**
 * Where a build's time goes, read from Astro's own log (`astro build` prints a timestamp on
 * each line, a ▶ line per route and the time of every page it renders): the bench records it
 * for each scale build, so a step that grows faster than the corpus shows which one it is.
 */

export interface BuildSteps {
  /**
   * Seconds of the log by the label of the line that ends them ([build], [content], or an
   * integration's name such as [pagefind-index]): an integration logs when its step is done,
   * so the time before its line is its own. Whole seconds, as Astro logs them.
   */
  steps: Record<string, number>;
  /** Pages rendered and the sum of their render times (ms), by route (src/pages/…). */
  routes: Record<string, { pages: number; ms: number }>;
}

const LINE = /^(\d\d):(\d\d):(\d\d) (?:\[([\w-]+)\] )?(.*)$/;
const ROUTE = /▶ (\S+)/;
const PAGE = /[├└]─ \S+.*\(\+(\d+(?:\.\d+)?)(ms|s)\)/;
const MINUTES_PAGE = /[├└]─ \S+.*\(\+(\d+)m (\d+)s\)/;

export function buildSteps(output: string): BuildSteps {
  const steps: Record<string, number> = {};
  const routes: Record<string, { pages: number; ms: number }> = {};
  let last: number | undefined;
  let route = '(unknown)';
  for (const line of output.split('\n')) {
    const m = LINE.exec(line.trimEnd());
    if (!m) continue;
    let at = Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
    if (last !== undefined && at < last) at += 24 * 3600; // past midnight
    const message = m[5]!;
    const label = m[4] ?? (PAGE.test(message) || MINUTES_PAGE.test(message) || ROUTE.test(message) ? 'pages' : 'other');
    if (last !== undefined) steps[label] = (steps[label] ?? 0) + (at - last);
    last = at;
    const header = ROUTE.exec(message);
    if (header) route = header[1]!;
    const page = PAGE.exec(message);
    const long = MINUTES_PAGE.exec(message);
    const ms = page ? Number(page[1]) * (page[2] === 's' ? 1000 : 1) : long ? (Number(long[1]) * 60 + Number(long[2])) * 1000 : undefined;
    if (ms !== undefined) {
      const r = (routes[route] ??= { pages: 0, ms: 0 });
      r.pages += 1;
      r.ms += ms;
    }
  }
  for (const r of Object.values(routes)) r.ms = Math.round(r.ms);
  return { steps, routes };
}

/** One line: each step's seconds, largest first, then the slowest routes' render time. */
export function formatSteps({ steps, routes }: BuildSteps): string {
  const byStep = Object.entries(steps).filter(([, s]) => s > 0).sort((a, b) => b[1] - a[1]).map(([label, s]) => `${label} ${s}`);
  const byRoute = Object.entries(routes).sort((a, b) => b[1].ms - a[1].ms).slice(0, 4).map(([route, r]) => `${route.replace(/^src\/pages\//, '')} ${(r.ms / 1000).toFixed(1)} (${r.pages})`);
  return `${byStep.join(', ')}${byRoute.length > 0 ? `; render: ${byRoute.join(', ')}` : ''}`;
}
