import { describe, expect, it } from 'vitest';
import { escapeInline, escapeLineStart, renderInline, unreadableTag } from '../../../../tools/ingest/mdx-escape.ts';
import { renderMdx } from './render-mdx.ts';

describe('MDX escaping', () => {
  it('escapes what MDX would read as syntax', () => {
    expect(escapeInline('**区开展')).toBe('\\*\\*区开展');
    expect(escapeInline('a{b}c<d>e_f_[g]h~i~&amp;`j`\\')).toBe('a\\{b\\}c\\<d\\>e\\_f\\_\\[g\\]h\\~i\\~\\&amp;\\`j\\`\\\\');
    expect(escapeInline('99.7%、1+2+6、“强班子”')).toBe('99.7%、1+2+6、“强班子”');
  });

  it('escapes a line start that would open a heading or list', () => {
    expect(escapeLineStart('# 不是标题')).toBe('\\# 不是标题');
    expect(escapeLineStart('- 不是列表')).toBe('\\- 不是列表');
    expect(escapeLineStart('+ 不是列表')).toBe('\\+ 不是列表');
    expect(escapeLineStart('12. 不是列表')).toBe('12\\. 不是列表');
    expect(escapeLineStart('正文 - 1. #')).toBe('正文 - 1. #');
  });

  it('writes unreadable spots as marks, quoting safely', () => {
    expect(unreadableTag('?;鶎狱h')).toBe('<Unreadable original="?;鶎狱h" />');
    expect(unreadableTag('a"b')).toBe('<Unreadable original={"a\\"b"} />');
    expect(renderInline('师资⟦??h⟧级财政{x}')).toBe('师资<Unreadable original="??h" />级财政\\{x\\}');
  });

  it('renders what it escapes literally: **区 stays **区', async () => {
    const lines = ['\\*\\*区开展主题教育。 ^s0-p1', `${escapeLineStart(renderInline('1.5万名{党员}<参加>_培训_[一]~二~&amp; ⟦a"b⟧'))} ^s0-p2`];
    const { text } = await renderMdx(lines.join('\n\n'));
    expect(text).toContain('**区开展主题教育。');
    expect(text).toContain('1.5万名{党员}<参加>_培训_[一]~二~&amp; ⟦a"b⟧');
  });
});
