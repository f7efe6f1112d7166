import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { blockIds } from '../../../../tools/ingest/block-ids.ts';
import { toMdx, type Block, type Cleaned } from '../../../../tools/ingest/index.ts';
import { renderMdx } from './render-mdx.ts';

const h = (depth: 2 | 3 | 4, text = '标题'): Block => ({ kind: 'heading', depth, text });
const p = (text = '正文。'): Block => ({ kind: 'paragraph', text });

describe('block ids', () => {
  it('numbers headings by level and paragraphs under their nearest heading', () => {
    const blocks = [p(), p(), h(2), p(), h(3), p(), p(), h(4), p(), h(4), h(3), h(2), p(), h(3), h(4), p()];
    expect(blockIds(blocks)).toEqual([
      's0-p1', 's0-p2', 's1', 's1-p1', 's1-1', 's1-1-p1', 's1-1-p2', 's1-1-1', 's1-1-1-p1', 's1-1-2', 's1-2', 's2', 's2-p1', 's2-1', 's2-1-1', 's2-1-1-p1',
    ]);
  });
});

const cleaned: Cleaned = {
  meta: { title: '题目', author: '杨春涛', authorRole: '⟦?。ㄗ⟧东省阳江市委常委', publication: '党建研究', issue: '2022年第3期', site: '共产党员网' },
  blocks: [p('开篇，**区。'), h(2, '一、第一部分'), p('确保“两个维护”落实到基层。师资⟦??h⟧级财政。'), h(3, '（一）小节'), h(4, '1.小小节'), p('- 不是列表')],
  unreadable: ['??h', '?。ㄗ'],
};
const mdx = toMdx(cleaned, { sourceFile: '000_x.txt' });

describe('toMdx', () => {
  it('writes the body as the site expects it', () => {
    expect(mdx.split('---\n')[2]).toBe(
      '\n' +
      [
        '开篇，\\*\\*区。 ^s0-p1',
        '## 一、第一部分 ^s1',
        '确保“两个维护”落实到基层。师资<Unreadable original="??h" />级财政。 ^s1-p1',
        '### （一）小节 ^s1-1',
        '#### 1.小小节 ^s1-1-1',
        '\\- 不是列表 ^s1-1-1-p1',
      ].join('\n\n') + '\n',
    );
  });

  it('fills the frontmatter from the text and leaves the editor TODOs', () => {
    const data = parse(mdx.split('---\n')[1]!) as Record<string, unknown>;
    expect(data).toMatchObject({
      title: '题目',
      author: '杨春涛',
      authorRole: '⟦?。ㄗ⟧东省阳江市委常委',
      published: { publication: '党建研究', issue: '2022年第3期', site: '共产党员网' },
      region: { province: 'TODO', city: 'TODO', county: 'TODO' },
      titleSupplied: 'TODO',
      level: 'TODO',
      domain: 'TODO',
      genre: 'TODO',
      summary: 'TODO',
      editorNote: 'TODO',
      source: '000_x.txt',
    });
    expect(data).not.toHaveProperty('case');
  });

  it('writes an object for published and TODO for a missing title', () => {
    const data = parse(toMdx({ meta: {}, blocks: [p()], unreadable: [] }, { sourceFile: 'a.txt' }).split('---\n')[1]!) as Record<string, unknown>;
    expect(data).toMatchObject({ title: 'TODO', published: {} });
  });

  it('compiles, with an id on every block and the text as cleaned', async () => {
    const { text, ids } = await renderMdx(mdx);
    expect(ids).toEqual(['s0-p1', 's1', 's1-p1', 's1-1', 's1-1-1', 's1-1-1-p1']);
    expect(text).toContain('开篇，**区。');
    expect(text).toContain('师资⟦??h⟧级财政。');
    expect(text).toContain('- 不是列表');
    expect(text).not.toContain('^');
  });
});
