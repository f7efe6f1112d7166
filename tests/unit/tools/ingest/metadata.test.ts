import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../../tools/ingest/metadata.ts';

const PARA = '这是正文的一段，足够长，也有句号，不会被当成标题或者署名，因为它显然是一段完整的叙述。';

describe('extractMetadata', () => {
  it('takes the title and the bare name under it', () => {
    const { meta, body } = extractMetadata(['树立大抓基层的鲜明导向 夯实党的执政基础', '杨春涛', PARA]);
    expect(meta).toEqual({ title: '树立大抓基层的鲜明导向 夯实党的执政基础', author: '杨春涛' });
    expect(body).toEqual([PARA]);
  });

  it('finds no title when the text opens with a paragraph or a numbered heading', () => {
    expect(extractMetadata([PARA, PARA]).meta.title).toBeUndefined();
    expect(extractMetadata(['一、强化政治引领', PARA]).meta.title).toBeUndefined();
  });

  it('reads 来源 as publication and issue', () => {
    expect(extractMetadata([PARA, '来源：《党建研究》2022年第3期']).meta).toEqual({ publication: '党建研究', issue: '2022年第3期' });
    expect(extractMetadata([PARA, '来源：人民日报']).meta).toEqual({ publication: '人民日报' });
  });

  it('reads 时间, 导语, 责编 and 作者 lines', () => {
    const { meta, body } = extractMetadata([PARA, '时间：2022-09-18 05:01:00', '导语：本文介绍阳江市的做法。', '责编：贺胜兰 / 杨 阳', '作者：张三']);
    expect(meta).toEqual({ date: '2022-09-18 05:01:00', lede: '本文介绍阳江市的做法。', editors: '贺胜兰 / 杨 阳', author: '张三' });
    expect(body).toEqual([PARA]);
  });

  it('reads the site from its print bar', () => {
    expect(extractMetadata([PARA, '共产党员网 打印 纠错']).meta).toEqual({ site: '共产党员网' });
  });

  it('reads author notes: role alone, or name and role', () => {
    expect(extractMetadata([PARA, '【本文作者为中共临沭县委书记】']).meta).toEqual({ authorRole: '中共临沭县委书记' });
    expect(extractMetadata([PARA, '（作者：叶兴宇，系中共湛江市直属机关工作委员会调研室主任）']).meta).toEqual({
      author: '叶兴宇',
      authorRole: '中共湛江市直属机关工作委员会调研室主任',
    });
  });

  it('reads a last-line role note whose opening is garbled, keeping the spot', () => {
    const { meta, body } = extractMetadata([PARA, '⟦?。ㄗ髡邽橹泄矎V⟧东省阳江市委常委、组织部长）']);
    expect(meta).toEqual({ authorRole: '⟦?。ㄗ髡邽橹泄矎V⟧东省阳江市委常委、组织部长' });
    expect(body).toEqual([PARA]);
  });

  it('reads an attribution at the end of the last paragraph but keeps it in the text', () => {
    const last = '通过这些措施推动党建工作与乡村振兴深度融合、相互促进。（徐绍波）';
    const { meta, body } = extractMetadata([PARA, last]);
    expect(meta).toEqual({ author: '徐绍波' });
    expect(body).toEqual([PARA, last]);
    expect(extractMetadata([PARA, '出台了实施办法（试行）']).meta).toEqual({});
  });

  it('keeps body lines that only mention these words', () => {
    const lines = [PARA, '同志们：', '来源于群众的意见要认真听取。', '作者们的意见。'];
    expect(extractMetadata(lines).body).toEqual(lines);
  });
});
