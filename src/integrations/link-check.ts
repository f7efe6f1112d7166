/**
 * The last step of `astro build`: every internal link and anchor of the built site must
 * land somewhere (src/lib/built/link-check.ts). A link to nowhere stops the build, listing each
 * with the page it is on and, when the address is written in a content file (an MDX link,
 * a YAML field), that file and line. It runs last, after every file is written (search
 * index, redirect pages and their scripts), so it sees the site as it ships.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { PageRefs } from '../lib/built/html.ts';
import { brokenLinks, type BrokenLink, type Site } from '../lib/built/link-check.ts';
import { CONTENT_ROOT } from '../knowledge/files.ts';
import { readBuiltSite } from './dist.ts';

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
}

/** Where a content file writes this address: the first line holding it (or its path, or its #fragment). */
async function whereWritten(link: BrokenLink, base: string, contentFiles: [string, string[]][]): Promise<string | undefined> {
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
        site = { origin: new URL(config.site ?? 'http://localhost/').origin, base: config.base.endsWith('/') ? config.base : `${config.base}/` };
      },
      'astro:build:done': async ({ dir, logger }) => {
        const built = readBuiltSite(fileURLToPath(dir));
        const pages = new Map<string, PageRefs>(built.pages.map((p) => [p, built.facts(p)]));
        const broken = brokenLinks(new Set(built.files), pages, site);
        if (broken.length === 0) {
          logger.info(`${pages.size} pages, every internal link and anchor lands`);
          return;
        }
        const content = await Promise.all(
          (await filesUnder(CONTENT_ROOT)).filter((f) => /\.(?:mdx|ya?ml)$/.test(f)).map(async (f) => {
            const path = join(CONTENT_ROOT, f);
            return [relative('.', path), (await readFile(path, 'utf8')).split('\n')] as [string, string[]];
          }),
        );
        const lines = await Promise.all(broken.map(async (b) => {
          const where = await whereWritten(b, site.base, content);
          return `  ${b.page}：链接 ${b.ref} ${b.problem}${where ? `（写在 ${where}）` : ''}`;
        }));
        throw new Error(`链接核对未通过（link check），构建已停止：有 ${broken.length} 处站内链接指向不存在的页面或锚点\n${lines.join('\n')}`);
      },
    },
  };
}
