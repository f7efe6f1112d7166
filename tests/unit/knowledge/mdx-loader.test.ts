/**
 * The MDX content loader renders a large corpus in worker threads: the HTML must be what the
 * site's renderer makes in this thread, file for file, and a file that does not render must
 * still come back with its line (checked here because the real content is too small to use
 * the workers; the bench's corpora use them).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { renderInWorkers } from '../../../src/knowledge/mdx-loader.ts';
import { siteMdxRenderer } from '../../../src/plugins/index.ts';

const options = { base: '/', contentDir: 'content' };
const jobsOf = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f, n) => {
      const path = resolve(join(dir, f));
      const { frontmatter, content } = parseFrontmatter(readFileSync(path, 'utf8'), { frontmatter: 'empty-with-spaces' });
      return { n, content, path, frontmatter };
    });

describe('renderInWorkers', () => {
  it('renders the articles and themes as the renderer does in this thread, in their order', async () => {
    const jobs = [...jobsOf('content/articles'), ...jobsOf('content/themes')].map((j, n) => ({ ...j, n }));
    const here = await siteMdxRenderer(options);
    const expected = await Promise.all(jobs.map((j) => here.render(j.content, { fileURL: pathToFileURL(j.path), frontmatter: j.frontmatter })));
    const rendered = await renderInWorkers(jobs, options, 2);
    expect(rendered.map((r) => ('html' in r ? r.html : r.error))).toEqual(expected.map((e) => e.code));
    expect(rendered.map((r) => ('html' in r ? r.headings : undefined))).toEqual(expected.map((e) => e.metadata.headings));
    expect(rendered.filter((r) => 'html' in r && r.html.includes('class="restored"')).length).toBe(2);
  });

  it('answers for a file that does not render with where and why', async () => {
    const path = resolve('content/articles/broken.mdx');
    const [r] = await renderInWorkers([{ n: 0, content: '\n\n正文<Restored original="x">未闭合。 ^s0-p1\n', path, frontmatter: {} }], options, 1);
    expect(r).toMatchObject({ error: { line: 3, reason: expect.stringContaining('Expected a closing tag for `<Restored>`') } });
  });
});
