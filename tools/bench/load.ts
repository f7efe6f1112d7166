/**
 * `npm run bench:load` (scripts/bench-load.ts) and `npm run bench`:
 * The site under load as it is deployed: nginx serves a copy of the built site, precompressed
 * (tools/bench/precompress.ts), on 127.0.0.1 with deploy/nginx/dangjian.conf (the file
 * docs/deploy.md installs), and wrk drives it for a
 * fixed time with a fixed number of connections, for an article page and for the search
 * index files (round-robin). Prints requests/s, errors and the 99th-percentile latency of
 * each. Needs nginx and wrk (Debian/Ubuntu: apt-get install -y nginx wrk); loopback only.
 *
 * `npm run bench` calls benchLoad() and prints formatLoad() of what it returns.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { precompress } from './precompress.ts';

export interface LoadOptions {
  /** The built site (dist/). */
  dir?: string;
  /** Seconds per target. */
  duration?: number;
  connections?: number;
  threads?: number;
}

export interface LoadResult {
  target: string;
  /** The paths requested, round-robin. */
  paths: string[];
  requestsPerSecond: number;
  requests: number;
  /** Connect, read, write and timeout errors, and responses other than 2xx/3xx. */
  errors: number;
  p99ms: number;
}

const CONF = join('deploy', 'nginx');

function need(command: string, args: string[]): string {
  const run = spawnSync(command, args, { encoding: 'utf8' });
  if (run.error) throw new Error(`bench:load 需要 ${command}（Debian/Ubuntu：apt-get install -y nginx wrk）`);
  return `${run.stdout}${run.stderr}`.trim().split('\n')[0]!;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
    probe.on('error', fail);
  });
}

/** deploy/nginx/dangjian.conf listening on loopback only, serving the given directory. */
export function siteConfigFor(conf: string, dist: string, port: number): string {
  const ours = conf.replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`).replace(/^(\s*)root \/srv\/dangjian\/dist;$/m, `$1root ${dist};`);
  if (!ours.includes(`listen 127.0.0.1:${port};`) || !ours.includes(`root ${dist};`)) {
    throw new Error(`${CONF}/dangjian.conf 里找不到“listen 80;”或“root /srv/dangjian/dist;”：bench 无法改用本机端口和构建目录`);
  }
  return ours;
}

/** The deployment's own server block, pointed at this build and this port, in a private nginx. */
function nginxConfig(work: string, dist: string, port: number): string {
  mkdirSync(join(work, 'snippets'));
  copyFileSync(join(CONF, 'dangjian-security-headers.conf'), join(work, 'snippets', 'dangjian-security-headers.conf'));
  writeFileSync(join(work, 'dangjian.conf'), siteConfigFor(readFileSync(join(CONF, 'dangjian.conf'), 'utf8'), dist, port));
  const temp = (name: string) => `${name}_temp_path ${join(work, name)};`;
  writeFileSync(join(work, 'nginx.conf'), [
    'daemon off;', 'worker_processes auto;', `pid ${join(work, 'nginx.pid')};`, `error_log ${join(work, 'error.log')} warn;`,
    'events { worker_connections 1024; }',
    `http { include /etc/nginx/mime.types; default_type application/octet-stream; sendfile on; tcp_nopush on; access_log off;`,
    `  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join(' ')}`,
    `  include ${join(work, 'dangjian.conf')}; }`,
  ].join('\n'));
  return join(work, 'nginx.conf');
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const status = await fetch(url).then((r) => r.status, () => 0);
    if (status === 200) return;
    if (status !== 0) throw new Error(`nginx 在 ${url} 上答 ${status}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nginx 没有在 ${url} 上应答`);
}

/** wrk with a script that cycles through the paths and prints its summary as JSON. */
function wrk(url: string, paths: string[], o: Required<LoadOptions>, work: string): Omit<LoadResult, 'target' | 'paths'> {
  const script = join(work, 'paths.lua');
  writeFileSync(script, `
local paths = { ${paths.map((p) => JSON.stringify(p)).join(', ')} }
local i = 0
wrk.headers["Accept-Encoding"] = "gzip"
request = function() i = i % #paths + 1; return wrk.format("GET", paths[i]) end
done = function(s, latency)
  local e = s.errors
  io.write(string.format('RESULT {"requests":%d,"duration":%d,"errors":%d,"p99":%d}\\n', s.requests, s.duration, e.connect + e.read + e.write + e.status + e.timeout, latency:percentile(99)))
end`);
  const run = spawnSync('wrk', [`-t${o.threads}`, `-c${o.connections}`, `-d${o.duration}s`, '--timeout', '5s', '-s', script, url], { encoding: 'utf8' });
  const line = /^RESULT (.*)$/m.exec(run.stdout)?.[1];
  if (!line) throw new Error(`wrk 没有给出结果：${run.stderr || run.stdout}`);
  const r = JSON.parse(line) as { requests: number; duration: number; errors: number; p99: number };
  return { requests: r.requests, requestsPerSecond: Math.round(r.requests / (r.duration / 1e6)), errors: r.errors, p99ms: r.p99 / 1000 };
}

/** The files a search fetches: Pagefind's script, entry, metadata and WebAssembly, search-meta.json, index and filter chunks, the page list's shards, some page fragments. */
function searchIndexPaths(dist: string): string[] {
  const bundle = join(dist, 'pagefind');
  const top = readdirSync(bundle).filter((n) => /^(?:pagefind\.js|pagefind-entry\.json|search-meta\.json|.*\.pf_meta|wasm\..*\.pagefind)$/.test(n));
  const chunks = ['index', 'filter', 'catalogue'].flatMap((d) => (existsSync(join(bundle, d)) ? readdirSync(join(bundle, d)).map((n) => `${d}/${n}`) : []));
  const fragments = readdirSync(join(bundle, 'fragment')).sort().slice(0, 5).map((n) => `fragment/${n}`);
  return [...top, ...chunks, ...fragments].sort().map((n) => `/pagefind/${n}`);
}

function articlePath(dist: string): string {
  const slugs = readdirSync(join(dist, 'articles'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const slug = slugs.includes('yangjiang') ? 'yangjiang' : slugs[0];
  if (!slug) throw new Error(`${dist}/articles/ 下没有文章`);
  return `/articles/${slug}/`;
}

export async function benchLoad(options: LoadOptions = {}): Promise<{ setup: string; results: LoadResult[] }> {
  const o: Required<LoadOptions> = { dir: options.dir ?? 'dist', duration: options.duration ?? 20, connections: options.connections ?? 32, threads: options.threads ?? 2 };
  const dist = resolve(o.dir);
  if (!existsSync(join(dist, 'index.html')) || !existsSync(join(dist, 'pagefind'))) throw new Error(`${o.dir}/ 里没有构建好的站点：先运行 npm run build`);
  const versions = [/nginx\/\S+/.exec(need('nginx', ['-v']))?.[0], /^wrk \S+/.exec(need('wrk', ['-v']))?.[0]];
  const work = mkdtempSync(join(tmpdir(), 'dj-bench-load-'));
  chmodSync(work, 0o755); // nginx's workers run as another user when started as root
  // As deployed (docs/deploy.md): a copy of the build with its gzip copies beside the files.
  const site = join(work, 'site');
  cpSync(dist, site, { recursive: true });
  precompress(site);
  const port = await freePort();
  const nginx = spawn('nginx', ['-p', work, '-c', nginxConfig(work, site, port)], { stdio: ['ignore', 'ignore', 'pipe'] });
  let failed = '';
  nginx.stderr.on('data', (d: Buffer) => (failed += d.toString()));
  try {
    const url = `http://127.0.0.1:${port}`;
    await waitFor(`${url}/`).catch((e: Error) => Promise.reject(new Error(`${e.message}\n${failed}`)));
    const targets: [string, string[]][] = [['article', [articlePath(dist)]], ['search index', searchIndexPaths(dist)]];
    const results = targets.map(([target, paths]) => ({ target, paths, ...wrk(url, paths, o, work) }));
    const setup = `${versions.join('; ')}; ${o.duration} s per target, ${o.threads} threads, ${o.connections} connections, 127.0.0.1:${port}, gzip`;
    return { setup, results };
  } finally {
    nginx.kill('SIGQUIT'); // graceful stop of our own nginx (its master and workers)
    await new Promise((r) => nginx.once('exit', r));
    rmSync(work, { recursive: true, force: true });
  }
}

export function formatLoad({ setup, results }: { setup: string; results: LoadResult[] }): string {
  const rows = results.map((r) => {
    const what = r.paths.length === 1 ? `${r.target} ${r.paths[0]}` : `${r.target} (${r.paths.length} files)`;
    return `  ${what.padEnd(36)} ${String(r.requestsPerSecond).padStart(8)} req/s  ${String(r.errors).padStart(4)} errors  p99 ${r.p99ms.toFixed(1)} ms`;
  });
  return [`load (nginx + wrk): ${setup}`, ...rows].join('\n');
}
