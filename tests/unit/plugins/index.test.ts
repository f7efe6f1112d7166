/**
 * The pipeline as a whole (src/plugins/index.ts): Markdown that uses none of the site's
 * conventions (no block ids, no glossary terms, no restorations, not an article) must come
 * out exactly as Astro's processor makes it without our plugins.
 */
import { describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT, renderMdx, render, renderWithoutPlugins } from './pipeline.ts';

const ordinary = [
  '## 学习要点',
  '',
  '本专题汇集*各地*做法，见[阳江市](/articles/yangjiang/)和**临沭县**的经验。',
  '',
  '- 第一条',
  '- 第二条',
  '',
  '> 引文一段。',
  '',
  '| 地方 | 做法 |',
  '| --- | --- |',
  '| 丽水 | 红色党建 |',
  '',
].join('\n');

describe('the site’s Markdown pipeline', () => {
  it('passes ordinary Markdown in the content tree through unchanged', async () => {
    const path = `${FIXTURE_CONTENT}/themes/ordinary.md`;
    const html = await render(ordinary, path);
    expect(html).toBe(await renderWithoutPlugins(ordinary, path));
    expect(html).toBe(
      [
        '<h2 id="学习要点">学习要点</h2>',
        '<p>本专题汇集<em>各地</em>做法，见<a href="/articles/yangjiang/">阳江市</a>和<strong>临沭县</strong>的经验。</p>',
        '<ul>',
        '<li>第一条</li>',
        '<li>第二条</li>',
        '</ul>',
        '<blockquote>',
        '<p>引文一段。</p>',
        '</blockquote>',
        '<table>',
        '<thead>',
        '<tr>',
        '<th>地方</th>',
        '<th>做法</th>',
        '</tr>',
        '</thead>',
        '<tbody>',
        '<tr>',
        '<td>丽水</td>',
        '<td>红色党建</td>',
        '</tr>',
        '</tbody>',
        '</table>',
      ].join('\n'),
    );
  });

  it('renders ordinary MDX in the content tree to the same HTML as without the plugins', async () => {
    const path = `${FIXTURE_CONTENT}/themes/ordinary.mdx`;
    const code = await renderMdx(ordinary, path);
    expect(code).toBe(await renderMdx(ordinary, path, { withPlugins: false }));
    expect(code).toContain('学习要点');
  });

  it('does change an article (so the comparisons above can fail)', async () => {
    const path = `${FIXTURE_CONTENT}/articles/sample.mdx`;
    const article = '## 一 ^s1\n\n落实三会一课。 ^s1-p1\n';
    expect(await renderMdx(article, path)).not.toBe(await renderMdx(article, path, { withPlugins: false }));
  });
});
