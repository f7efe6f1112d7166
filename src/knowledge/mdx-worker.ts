/**
 * A worker thread of the MDX content loader (mdx-loader.ts): renders the files it is sent
 * with the site's MDX renderer, the same as the loader's own, and answers with the HTML and
 * its headings, or with where and why it failed. Plain Node (type stripping), no Vite.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { MarkdownHeading } from 'astro';
import { pathToFileURL } from 'node:url';
import { siteMdxRenderer, type PipelineOptions } from '../plugins/index.ts';

export interface RenderJob { n: number; content: string; path: string; frontmatter: Record<string, unknown> }
export type RenderAnswer =
  | { n: number; html: string; headings: MarkdownHeading[] }
  | { n: number; error: { reason?: string; message: string; line?: number; column?: number } };

const renderer = siteMdxRenderer(workerData as PipelineOptions);

parentPort?.on('message', async ({ n, content, path, frontmatter }: RenderJob) => {
  let answer: RenderAnswer;
  try {
    const { code, metadata } = await (await renderer).render(content, { fileURL: pathToFileURL(path), frontmatter });
    answer = { n, html: code, headings: metadata.headings };
  } catch (e) {
    const { reason, message, line, column } = e as { reason?: string; message?: string; line?: number; column?: number };
    answer = { n, error: { reason, message: message ?? String(e), line, column } };
  }
  parentPort?.postMessage(answer);
});
