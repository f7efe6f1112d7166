import { describe, expect, it } from 'vitest';
import { droppedFiles, unusedTerms } from '../../../../src/lib/content/checks.ts';

describe('unusedTerms', () => {
  it('finds entries none of whose spellings occur, ignoring whitespace', () => {
    const terms = [
      { file: 'a.yaml', term: '三会一课', aliases: [] },
      { file: 'b.yaml', term: '两新组织', aliases: ['“两新”组织'] },
      { file: 'c.yaml', term: '双报到', aliases: [] },
    ];
    expect(unusedTerms(terms, ['坚持三会 一课。', '发展“两新”组织党建。'])).toEqual([terms[2]]);
  });
});

describe('droppedFiles', () => {
  const entries = [{ id: 'sample', filePath: 'c/articles/sample.mdx' }];
  it('names the file that lost its slug, and the one that kept it', () => {
    const files = [
      { path: 'c/articles/sample.mdx', relative: 'sample.mdx' },
      { path: 'c/articles/copy.mdx', relative: 'copy.mdx', slug: 'sample' },
      { path: 'c/articles/Sample.mdx', relative: 'Sample.mdx' },
    ];
    expect(droppedFiles(files, entries)).toEqual([
      { file: 'c/articles/copy.mdx', slug: 'sample', keptFile: 'c/articles/sample.mdx' },
      { file: 'c/articles/Sample.mdx', slug: 'sample', keptFile: 'c/articles/sample.mdx' },
    ]);
  });
  it('still reports a dropped file whose slug it cannot tell', () => {
    expect(droppedFiles([{ path: 'c/articles/x y.mdx', relative: 'x y.mdx', slug: 'other' }], entries)).toEqual([{ file: 'c/articles/x y.mdx', slug: 'other' }]);
  });
});
