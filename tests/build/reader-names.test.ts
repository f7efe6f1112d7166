/**
 * Readers never meet the internal numbers of the sources (000 … 004): pages name articles
 * as src/lib/article-names.ts does. Only the raw file's own name (000_22ce02ce44aa76e6.txt),
 * shown as provenance, may carry one.
 */
import { describe, expect, it } from 'vitest';
import { htmlFiles, pageText, readPage } from './dist.ts';
import { RETIRED_NAMES } from '../../src/lib/content/article-names.ts';

const SOURCE_FILE = /\d{3}_[0-9a-f]{16}\.(?:txt|html?)/g;
const SOURCE_NUMBER = /(?<![\d.,])00\d(?![\d])/;

const pages = htmlFiles().filter((p) => !p.startsWith('pagefind/'));

describe('reader-facing text', () => {
  it.each(pages)('%s names no article by a source number', (page) => {
    const html = readPage(page);
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
    const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
    const main = html.includes('<main') ? pageText(html, 'main', []) : '';
    const text = [title, description, main].join('\n').replace(SOURCE_FILE, '');
    const found = [SOURCE_NUMBER, ...RETIRED_NAMES].flatMap((re) => {
      const m = re.exec(text);
      return m ? [text.slice(Math.max(0, m.index - 20), m.index + 20)] : [];
    });
    expect(found).toEqual([]);
  });
});
