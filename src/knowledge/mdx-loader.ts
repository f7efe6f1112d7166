/**
 * The content loader of the MDX collections (articles, themes): each file is rendered to
 * HTML once, when the content is loaded, with the site's MDX renderer (siteMdxRenderer in
 * src/plugins/index.ts). Astro's data store keeps the entry's data; its text, HTML and
 * headings are kept beside it (rendered.ts says why), and pages read them through the
 * knowledge layer, not `render(entry)`. Astro's glob() loader would instead make each MDX file
 * a Vite module that every build compiles to JavaScript, bundles and imports again to
 * render; content here is text with a few known components, and at 5,000 articles that
 * had been a third of the build.
 *
 * As glob() does: the id is the frontmatter's `slug` or the file name made a slug, the data
 * is checked against the collection's schema (Astro names the file and field), the body is
 * the text after the frontmatter, and `astro dev` reloads a file when it changes. A file
 * that does not parse or render stops the build with its path, line and column.
 *
 * A large corpus (WORKERS_FROM files or more) is rendered in worker threads, one per core up
 * to four (mdx-worker.ts, the same renderer, the same HTML), and stored in file order.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { parseFrontmatter, type MarkdownRenderer } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { slug as slugOf } from 'github-slugger';
import { siteMdxRenderer, type PipelineOptions } from '../plugins/index.ts';
import { renderJob, type RenderAnswer, type RenderJob } from './mdx-worker.ts';
import { normaliseBase } from '../lib/links/urls.ts';
import { CONTENT_ROOT, contentFileNames } from './files.ts';
import { forgetRendered, keepRendered } from './rendered.ts';

const renderers = new Map<string, Promise<MarkdownRenderer>>();

/** One renderer per base path and content tree, shared by the collections. */
function rendererFor(options: PipelineOptions): Promise<MarkdownRenderer> {
  const key = `${options.base}\n${options.contentDir}`;
  let renderer = renderers.get(key);
  if (!renderer) renderers.set(key, (renderer = siteMdxRenderer(options)));
  return renderer;
}

/** From this many files to render, worker threads do it (below, starting them costs more than it saves). */
export const WORKERS_FROM = 200;

/** Renders the jobs in this thread, one after another. */
async function renderHere(jobs: RenderJob[], options: PipelineOptions): Promise<RenderAnswer[]> {
  const renderer = await rendererFor(options);
  const out: RenderAnswer[] = [];
  for (const job of jobs) out.push(await renderJob(renderer, job));
  return out;
}

/** Renders the jobs in `count` worker threads, each sent the next job when it answers. */
export async function renderInWorkers(jobs: RenderJob[], options: PipelineOptions, count = Math.min(4, availableParallelism())): Promise<RenderAnswer[]> {
  const out: RenderAnswer[] = new Array<RenderAnswer>(jobs.length);
  let next = 0;
  const workers = Array.from({ length: Math.max(1, Math.min(count, jobs.length)) }, () => new Worker(new URL('./mdx-worker.ts', import.meta.url), { workerData: options }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => (next < jobs.length ? worker.postMessage(jobs[next++]) : resolve());
            worker.on('message', (answer: RenderAnswer) => {
              out[answer.n] = answer;
              send();
            });
            worker.on('error', reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out;
}

/** `path:line:column` and the reason, from a parser's or plugin's error (a VFileMessage, as renderJob answers it, or a YAML error). */
function located(path: string, error: unknown): string {
  const e = error as { line?: number; column?: number; reason?: string; message?: string; mark?: { line: number; column: number } };
  const line = e.line ?? (e.mark ? e.mark.line + 1 : undefined);
  const column = e.column ?? (e.mark ? e.mark.column + 1 : undefined);
  const at = line === undefined ? path : `${path}:${line}:${column ?? 1}`;
  return `${at}\n  ${(e.reason ?? e.message ?? String(error)).replace(/\n/g, '\n  ')}`;
}

/** The MDX files of a collection folder (not its subfolders: ids are file names; hidden files left out, as glob() does). */
export function mdxCollection({ base }: { base: string }): Loader {
  return {
    name: 'mdx-collection',
    load: async ({ collection, config, store, parseData, generateDigest, watcher, logger }: LoaderContext) => {
      const root = fileURLToPath(config.root);
      const folder = resolve(root, base);
      const options: PipelineOptions = { base: normaliseBase(config.base), contentDir: CONTENT_ROOT };
      const idOfFile = new Map<string, string>();
      const relativePath = (path: string) => relative(root, path).split(sep).join('/');
      /** An entry gone (its file removed, or its slug changed): out of the data store and of the rendered entries. */
      const drop = (id: string) => {
        store.delete(id);
        forgetRendered(collection, id);
      };

      interface Pending { job: Omit<RenderJob, 'n'>; id: string; filePath: string; digest: string; data: Record<string, unknown> }

      /** Reads a file and checks its data; what is left is to render it. */
      async function read(file: string): Promise<Pending> {
        const path = join(folder, file);
        const filePath = relativePath(path);
        const text = await readFile(path, 'utf8');
        let parsed;
        try {
          // Blank lines in place of the frontmatter keep the body's line numbers those of the file.
          parsed = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
        } catch (error) {
          throw new Error(located(filePath, error), { cause: error });
        }
        const { frontmatter, content } = parsed;
        const id = typeof frontmatter.slug === 'string' ? frontmatter.slug : slugOf(file.replace(/\.mdx$/, ''));
        const old = idOfFile.get(path);
        if (old !== undefined && old !== id) drop(old);
        idOfFile.set(path, id);
        // Rendered anew even when the file is unchanged: the HTML also depends on the glossary
        // (term links) and on the themes and cases that cite the file (被引用于).
        const digest = generateDigest(text);
        // Astro checks the schema and names the file and field itself.
        const data = await parseData({ id, data: frontmatter, filePath: path });
        return { job: { content, path, frontmatter }, id, filePath, digest, data };
      }

      /** Renders and stores the files read, in file order; what went wrong, file by file. */
      async function render(pending: Pending[]): Promise<string[]> {
        const jobs = pending.map((p, n) => ({ ...p.job, n }));
        const rendered = jobs.length >= WORKERS_FROM ? await renderInWorkers(jobs, options) : await renderHere(jobs, options);
        const problems: string[] = [];
        pending.forEach(({ id, filePath, digest, data, job }, n) => {
          const r = rendered[n]!;
          if ('error' in r) problems.push(located(filePath, r.error));
          else {
            store.set({ id, data, filePath, digest });
            keepRendered(collection, id, { body: job.content.trim(), html: r.html, headings: r.headings });
          }
        });
        return problems;
      }

      if (!existsSync(folder)) {
        logger.warn(`The base directory "${folder}" does not exist.`);
        return;
      }
      const before = new Set(store.keys());
      const pending: Pending[] = [];
      for (const file of contentFileNames(folder, '.mdx')) pending.push(await read(file));
      const problems = await render(pending);
      if (problems.length > 0) throw new Error(`内容文件无法渲染，构建已停止：\n${problems.join('\n')}`);
      for (const id of idOfFile.values()) before.delete(id);
      for (const id of before) drop(id);

      if (!watcher) return;
      watcher.add(folder);
      const inFolder = (path: string) => path.startsWith(folder + sep) && contentFileNames(folder, '.mdx').includes(path.slice(folder.length + 1));
      const reload = async (path: string) => {
        if (!inFolder(path)) return;
        try {
          const problems = await render([await read(path.slice(folder.length + 1))]);
          if (problems.length > 0) logger.error(problems.join('\n'));
          else logger.info(`Reloaded ${relativePath(path)}`);
        } catch (error) {
          logger.error(String((error as Error).message ?? error));
        }
      };
      watcher.on('change', reload);
      watcher.on('add', reload);
      watcher.on('unlink', (path: string) => {
        const id = idOfFile.get(path);
        if (id === undefined) return;
        drop(id);
        idOfFile.delete(path);
      });
    },
  };
}
