import { describe, expect, it } from 'vitest';
import { mdxTree } from './pipeline.ts';

const article = 'content/articles/x.mdx';
const failure = (mdx: string, path = article) => mdxTree(mdx, path).then(() => '', (e: Error) => String(e));

describe('remark-simplified-text', () => {
  it('accepts Simplified text, and the Traditional garble kept in a restoration’s original', async () => {
    expect(await failure('怎么样？“三会一课”(试行)，村(社区)。 ^s0-p1\n\n师资<Restored original="??h級">。县级</Restored>财政 ^s0-p2\n')).toBe('');
  });

  it('lists each Traditional character and pinyin gloss with its line', async () => {
    const message = await failure('## 一、基層黨建 ^s1\n\n正文里有机(jī)关和實(shí)际。 ^s1-p1\n\n<Restored original="x">組織</Restored>建设 ^s1-p2\n');
    expect(message).toContain('第 1 行：繁体字“層、黨”');
    expect(message).toContain('第 3 行：繁体字“實”');
    expect(message).toContain('第 3 行：拼音注音“机(jī)、實(shí)”');
    expect(message).toContain('第 5 行：繁体字“組、織”');
  });

  it('checks articles only', async () => {
    expect(await failure('機構\n', 'content/themes/x.mdx')).toBe('');
  });
});
