/**
 * The MDX entries' text and HTML are kept beside the data store (src/knowledge/rendered.ts):
 * what the loader keeps, pages read; what it forgets (a file removed or renamed) is gone,
 * and asking for an entry the loader never rendered names it instead of rendering nothing.
 */
import { describe, expect, it, vi } from 'vitest';
import { forgetRendered, keepRendered, renderedEntry } from '../../../src/knowledge/rendered.ts';

describe('rendered entries', () => {
  const entry = { body: '正文 ^s0-p1', html: '<p id="s0-p1">正文</p>', headings: [{ depth: 2, slug: 's1', text: '一、标题' }] };

  it('gives back what the loader kept, by collection and id', () => {
    keepRendered('articles', 'test-kept', entry);
    expect(renderedEntry('articles', 'test-kept')).toEqual(entry);
    expect(() => renderedEntry('themes', 'test-kept')).toThrow('themes/test-kept 没有渲染结果');
  });

  it('forgets an entry the loader dropped', () => {
    keepRendered('themes', 'test-dropped', entry);
    forgetRendered('themes', 'test-dropped');
    expect(() => renderedEntry('themes', 'test-dropped')).toThrow(/没有渲染结果.*mdx-loader\.ts/);
  });

  it('is one store for every copy of the module (the loader and the pages are two)', async () => {
    keepRendered('articles', 'test-shared', entry);
    vi.resetModules();
    const again = await import('../../../src/knowledge/rendered.ts');
    expect(again.renderedEntry).not.toBe(renderedEntry);
    expect(again.renderedEntry('articles', 'test-shared')).toEqual(entry);
  });
});
