/**
 * The `_headers` file of static hosts (Netlify, Cloudflare Pages): a path pattern on its
 * own line, then its headers indented as `Name: value`; `#` starts a comment. `*` in a
 * pattern matches anything (slashes too), `:name` one path segment. Read by the tests,
 * which serve the built site with exactly these headers, and by the nginx comparison.
 */
import { withBase } from './urls.ts';

export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (/^\s*(?:#|$)/.test(line)) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      return;
    }
    const m = /^\s+([\w-]+):\s*(.*?)\s*$/.exec(line);
    const rule = rules.at(-1);
    if (!m || !rule) throw new Error(`_headers 第 ${i + 1} 行看不懂：${line.trim()}`);
    rule.headers.push([m[1]!, m[2]!]);
  });
  return rules;
}

const toRegExp = (pattern: string) =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/:\w+/g, '[^/]+')}$`);

/**
 * The headers a path (from the site's root, with a leading `/`) gets: every matching rule's,
 * in file order; a header set by two rules gets both values joined, as these hosts do.
 */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!toRegExp(rule.pattern).test(path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out[key] = out[key] === undefined ? value : `${out[key]}, ${value}`;
    }
  }
  return out;
}

/** The directives of a Content-Security-Policy value: name → sources. */
export function cspDirectives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...sources]) => [name!.toLowerCase(), sources]));
}

/**
 * The file as a site built under `base` ships it: each path pattern with the base in front
 * (`/_astro/*` → `/dangjian/_astro/*`); comments and headers unchanged.
 */
export function headersWithBase(text: string, base: string): string {
  return text.replace(/^\/\S*/gm, (pattern) => withBase(pattern, base));
}
