/**
 * Where a build's time goes, read from Astro's own log (`astro build` prints a timestamp on
 * each line and the time of every page it renders): the bench records it for each scale
 * build, so a step that grows faster than the corpus shows which one it is.
 */

export interface BuildSteps {
  /**
   * Seconds of the log by the label of the line that ends them ([build], [content], or an
   * integration's name such as [pagefind-index]): an integration logs when its step is done,
   * so the time before its line is its own. Whole seconds, as Astro logs them.
   */
  steps: Record<string, number>;
  /** Files rendered and the sum of their render times (ms), by the shape of their path (routeOf). */
  routes: Record<string, { pages: number; ms: number }>;
}

const LINE = /^(\d\d):(\d\d):(\d\d) (?:\[(?:WARN|ERROR)\] )?(?:\[([\w-]+)\] )?(.*)$/;
const PAGE = /[├└]─ (\S+).*\(\+(\d+(?:\.\d+)?)(ms|s)\)/;
const MINUTES_PAGE = /[├└]─ (\S+).*\(\+(\d+)m (\d+)s\)/;

/**
 * The shape of a built file's path, standing for its route (Astro 7 logs no route headers):
 * the first folder kept, `page` kept, every other folder a star, a file other than
 * index.html by its extension (endpoints too, which Astro logs with a slash after the file
 * name). Examples are in the unit test.
 */
export function routeOf(file: string): string {
  // Astro logs an endpoint's file with a slash after it (/articles/a/cite.ris/).
  const parts = file.replace(/^\/+/, '').replace(/(\.\w+)\/$/, '$1').split('/');
  const name = parts.pop() ?? '';
  const dirs = parts.map((p, i) => (i === 0 || p === 'page' ? p : '*'));
  const leaf = name === 'index.html' ? '' : name.includes('.') ? `*${name.slice(name.lastIndexOf('.'))}` : name;
  return `${dirs.map((d) => `${d}/`).join('')}${leaf}` || '/';
}

export function buildSteps(output: string): BuildSteps {
  const steps: Record<string, number> = {};
  const routes: Record<string, { pages: number; ms: number }> = {};
  let last: number | undefined;
  for (const line of output.split('\n')) {
    const m = LINE.exec(line.trimEnd());
    if (!m) continue;
    let at = Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
    if (last !== undefined && at < last) at += 24 * 3600; // past midnight
    const message = m[5]!;
    const label = m[4] ?? (PAGE.test(message) || MINUTES_PAGE.test(message) ? 'pages' : 'other');
    if (last !== undefined) steps[label] = (steps[label] ?? 0) + (at - last);
    last = at;
    const page = PAGE.exec(message);
    const long = MINUTES_PAGE.exec(message);
    const ms = page ? Number(page[2]) * (page[3] === 's' ? 1000 : 1) : long ? (Number(long[2]) * 60 + Number(long[3])) * 1000 : undefined;
    if (ms !== undefined) {
      const r = (routes[routeOf((page ?? long)![1]!)] ??= { pages: 0, ms: 0 });
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
  const byRoute = Object.entries(routes).sort((a, b) => b[1].ms - a[1].ms).slice(0, 4).map(([route, r]) => `${route} ${(r.ms / 1000).toFixed(1)} (${r.pages})`);
  return `${byStep.join(', ')}${byRoute.length > 0 ? `; render: ${byRoute.join(', ')}` : ''}`;
}
