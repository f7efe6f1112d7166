/**
 * The glossary as a reader sees it in dist/ (issue 14): every entry page shows a 释义 and,
 * apart from it, a 文中用法; the list shows both for every entry; no internal source
 * number anywhere on a glossary page; the 丽水 speech's `**区` is printed as written, never
 * turned into bold by a Markdown pass, and never broken across two lines; a cross-reference
 * 词条“X” links to X's entry.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, Root } from 'hast';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { pageText, readPage } from './dist.ts';
import { sourceNumber } from '../../src/lib/content/glossary-rules.ts';

interface Entry { term: string; definition: string; usage: string }
const dir = join('content', 'glossary');
const entries = readdirSync(dir)
  .filter((n) => n.endsWith('.yaml'))
  .sort()
  .map((n) => [n.replace(/\.yaml$/, ''), parse(readFileSync(join(dir, n), 'utf8')) as Entry] as const);

/** The text of the section a heading with this id opens. */
function section(html: string, headingId: string): string {
  const tree: Root = fromHtml(html);
  let found: Element | undefined;
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'section' && child.properties?.ariaLabelledBy?.toString() === headingId) found = child;
      else walk(child);
    }
  };
  walk(tree);
  if (!found) throw new Error(`没有 aria-labelledby="${headingId}" 的 section`);
  return toText(found).replace(/\s+/g, ' ').trim();
}

describe('each glossary entry page', () => {
  it.each(entries)('%s: 释义, then 文中用法, as written', (slug, g) => {
    const html = readPage(`glossary/${slug}/index.html`);
    const definition = section(html, 'definition');
    const usage = section(html, 'usage');
    expect(definition).toContain(g.definition);
    expect(definition).toMatch(/规范表述，见.+（.*\d{4}年|编者释义/);
    expect(usage).toContain(g.usage);
    expect(definition).not.toContain(g.usage);
    const text = pageText(html);
    expect(sourceNumber(text), 'source number on the page').toBeUndefined();
    expect(html).not.toMatch(/<(?:strong|em|b)>区/);
    for (const [, term] of g.usage.matchAll(/词条“([^”]+)”/g)) {
      const target = entries.find(([, e]) => e.term === term)?.[0];
      expect(target, `词条“${term}” names an entry`).toBeDefined();
      expect(html).toMatch(new RegExp(`<a href="[^"]*/glossary/${target}/">${term}</a>`));
    }
  });
});

describe('the glossary list', () => {
  const html = readPage('glossary/index.html');
  const squash = (s: string) => s.replace(/\s+/g, '');
  const text = squash(pageText(html));
  it('shows every entry with its definition and its usage', () => {
    for (const [, g] of entries) {
      expect(text).toContain(squash(g.definition));
      expect(text).toContain(squash(`文中用法${g.usage}`));
    }
  });
  it('shows no source number and prints **区 as written', () => {
    expect(sourceNumber(text)).toBeUndefined();
    expect(text).toContain('丽水**区讲话');
    expect(html).not.toMatch(/<(?:strong|em|b)>区/);
    // One piece: a line never ends in “**” with “区” on the next.
    expect(html).toContain('<span class="nobr">**区</span>');
    expect(html.replace(/<span class="nobr">\*\*区<\/span>/g, '')).not.toContain('**区');
  });
});
