/**
 * The last step of `astro build`: every internal link and anchor of the built site must
 * land somewhere (src/lib/built/link-check.ts). A link to nowhere stops the build, listing each
 * with the page it is on and, when the address is written in a content file (an MDX link,
 * a YAML field), that file and line. It runs after every page is written (redirect pages
 * and their scripts too) and checks against the files there once the search index is
 * written; only the service worker (offline.ts), which no page links to, comes after it.
 */
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { PageRefs } from '../lib/built/html.ts';
import { brokenLinks, type BrokenLink, type Site } from '../lib/built/link-check.ts';
import { CONTENT_ROOT, contentFiles } from '../knowledge/files.ts';
import { normaliseBase } from '../lib/links/urls.ts';
import { readBuiltSite } from './dist.ts';
import { searchIndexWritten } from './pagefind.ts';

/** Where a content file writes this address: the first line holding it (or its path, or its #fragment). */
function whereWritten(link: BrokenLink, base: string, contentFiles: [string, string[]][]): string | undefined {
  const url = new URL(link.ref, 'http://x/');
  const needles = [link.ref, link.ref.startsWith(base) ? `/${link.ref.slice(base.length)}` : '', url.hash.length > 1 ? url.hash : ''].filter(Boolean);
  for (const needle of needles) {
    for (const [file, lines] of contentFiles) {
      const i = lines.findIndex((l) => l.includes(`(${needle}`) || l.includes(`"${needle}`) || l.includes(` ${needle}`));
      if (i !== -1) return `${file} 第 ${i + 1} 行`;
    }
  }
  return undefined;
}

export default function linkCheck(): AstroIntegration {
  let site: Site = { origin: 'http://localhost', base: '/' };
  return {
    name: 'link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = { origin: new URL(config.site ?? 'http://localhost/').origin, base: normaliseBase(config.base) };
      },
      'astro:build:done': async ({ dir, logger }) => {
        // The pages are read while Pagefind writes the index in its own process; the files
        // are listed once it has, so links to them are checked too.
        const pages = readBuiltSite(fileURLToPath(dir));
        const refs = new Map<string, PageRefs>(pages.pages.map((p) => [p, pages.facts(p)]));
        await searchIndexWritten();
        const built = readBuiltSite(fileURLToPath(dir));
        const broken = brokenLinks(new Set(built.files), refs, site);
        if (broken.length === 0) {
          logger.info(`${refs.size} pages, every internal link and anchor lands`);
          return;
        }
        // The content files (knowledge/files.ts reads them as the content checks do), line by line.
        const content = ['.mdx', '.yaml', '.yml'].flatMap((ext) =>
          contentFiles(CONTENT_ROOT, ext, true).map(({ name, text }) => [relative('.', join(CONTENT_ROOT, name)), text.split('\n')] as [string, string[]]),
        );
        const lines = broken.map((b) => {
          const where = whereWritten(b, site.base, content);
          return `  ${b.page}：链接 ${b.ref} ${b.problem}${where ? `（写在 ${where}）` : ''}`;
        });
        throw new Error(`链接核对未通过（link check），构建已停止：有 ${broken.length} 处站内链接指向不存在的页面或锚点\n${lines.join('\n')}`);
      },
    },
  };
}
