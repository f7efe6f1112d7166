/**
 * Nothing of the original is lost or changed: each source is cleaned here, independently
 * of the curated content files, and every sentence of it must appear in the built page
 * of its article. Around an unreadable spot (⟦…⟧) the readable parts must appear; the
 * spot itself is the editor's restoration.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanSource, sentences } from '../../tools/ingest/index.ts';
import { sourceText } from '../../tools/ingest/source-input.ts';
import { SOURCES_DIR, articlesBySource, pageText, readPage, sourceFiles } from './dist.ts';

const squash = (s: string) => s.replace(/\s+/g, '');
const bySource = articlesBySource();

describe.each(sourceFiles())('fidelity of %s', (file) => {
  const slug = bySource.get(file);
  // Read as ingest reads it: whatever the encoding, and the article out of a saved page.
  const cleaned = cleanSource(sourceText(readFileSync(join(SOURCES_DIR, file))).text);

  it('has an article page', () => {
    expect(slug, `no article in content/articles has source: ${file}`).toBeDefined();
  });

  it('keeps every sentence of the original, in order', () => {
    const page = squash(pageText(readPage(`articles/${slug}/index.html`)));
    const body = squash(pageText(readPage(`articles/${slug}/index.html`), 'article-body'));
    const missing: string[] = [];
    let cursor = 0;
    for (const block of cleaned.blocks) {
      for (const sentence of sentences(block.text)) {
        for (const part of squash(sentence).split(/⟦[^⟧]*⟧/).filter((p) => p.length > 0)) {
          const at = body.indexOf(part, cursor);
          if (at === -1) missing.push(part);
          else cursor = at + part.length;
        }
      }
    }
    expect(missing, `sentences missing or out of order in /articles/${slug}/`).toEqual([]);
    // Metadata moved out of the body (author, role, source) is still on the page.
    for (const value of Object.values(cleaned.meta)) {
      if (typeof value === 'string' && !value.includes('⟦')) expect(page).toContain(squash(value));
    }
  });
});
