import { describe, expect, it } from 'vitest';
import { toBlocks } from '../../../../tools/ingest/headings.ts';

const PARA = '这是正文的一段，足够长，也有句号，不会被当成标题，因为它显然是一段完整的叙述。';

describe('toBlocks', () => {
  it('reads printed numbering as heading levels: 一、 → h2, （一） → h3, 1. → h4', () => {
    const blocks = toBlocks(['一、强化政治引领，坚守党的领导核心地位', '（一）坚定政治信仰，筑牢思想根基', PARA, '1.强化政策传导机制，确保精准落地', PARA]);
    expect(blocks).toEqual([
      { kind: 'heading', depth: 2, text: '一、强化政治引领，坚守党的领导核心地位' },
      { kind: 'heading', depth: 3, text: '（一）坚定政治信仰，筑牢思想根基' },
      { kind: 'paragraph', text: PARA },
      { kind: 'heading', depth: 4, text: '1.强化政策传导机制，确保精准落地' },
      { kind: 'paragraph', text: PARA },
    ]);
  });

  it('keeps numbered paragraphs as paragraphs', () => {
    const numbered = '（一）要在转变作风、服务群众上下功夫。要建立基层党组织和党员干部密切联系群众的机制。';
    expect(toBlocks(['一、注重实效，务求解决实际问题', numbered])[1]).toEqual({ kind: 'paragraph', text: numbered });
    expect(toBlocks(['1.5万名党员参加了培训。', PARA])[0]?.kind).toBe('paragraph');
  });

  it('makes short unpunctuated lines that head paragraphs h2 in texts without numbering', () => {
    const blocks = toBlocks([PARA, '抓“思想源头”这一基础，促力量凝聚、作风转变', PARA, '创建“底色鲜明、底气充足”的模范机关', PARA]);
    expect(blocks.map((b) => (b.kind === 'heading' ? b.depth : 'p'))).toEqual(['p', 2, 'p', 2, 'p']);
  });

  it('does not promote short lines in numbered texts, lead-ins, or a last line', () => {
    expect(toBlocks(['一、统一思想', '一个短句', PARA]).map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph']);
    expect(toBlocks(['同志们：', PARA]).map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
    expect(toBlocks([PARA, '结束语']).map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
  });

  it('judges a heading by its readable text, whatever a garbled spot holds', () => {
    expect(toBlocks([PARA, '彰显“能扛重⟦?fù)?dān)⟧、能打硬仗”的担当作为', PARA])[1]).toMatchObject({ kind: 'heading', depth: 2 });
  });
});
