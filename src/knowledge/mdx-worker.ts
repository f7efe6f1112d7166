/**
 * Renders MDX content files with the site's MDX renderer, one job at a time, answering with
 * the HTML and its headings, or with where and why a file failed (plain data, so a worker
 * thread can send it). The MDX content loader (mdx-loader.ts) runs it in its own thread for a
 * small corpus; started as a worker thread, this module renders the jobs it is sent. Plain
 * Node (type stripping), no Vite.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import type { MarkdownHeading } from 'astro';
import { siteMdxRenderer, type PipelineOptions } from '../plugins/index.ts';

export interface RenderJob { n: number; content: string; path: string; frontmatter: Record<string, unknown> }
export type RenderAnswer =
  | { n: number; html: string; headings: MarkdownHeading[] }
  | { n: number; error: { reason?: string; message: string; line?: number; column?: number } };

export async function renderJob(renderer: MarkdownRenderer, { n, content, path, frontmatter }: RenderJob): Promise<RenderAnswer> {
  try {
    const { code, metadata } = await renderer.render(content, { fileURL: pathToFileURL(path), frontmatter });
    return { n, html: code, headings: metadata.headings };
  } catch (e) {
    const { reason, message, line, column } = e as { reason?: string; message?: string; line?: number; column?: number };
    return { n, error: { reason, message: message ?? String(e), line, column } };
  }
}

if (!isMainThread) {
  const renderer = siteMdxRenderer(workerData as PipelineOptions);
  parentPort?.on('message', async (job: RenderJob) => parentPort?.postMessage(await renderJob(await renderer, job)));
}
