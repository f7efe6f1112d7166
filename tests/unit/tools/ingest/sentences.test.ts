import { describe, expect, it } from 'vitest';
import { sentences } from '../../../../tools/ingest/sentences.ts';

describe('sentences', () => {
  it('splits on 。！？； and keeps closing quotes with their sentence', () => {
    expect(sentences('“欲流之远者，必浚其泉源。”思想是行动的先导。临沭县牢牢抓住。')).toEqual(['“欲流之远者，必浚其泉源。”', '思想是行动的先导。', '临沭县牢牢抓住。']);
    expect(sentences('一是甲；二是乙！对吗？好')).toEqual(['一是甲；', '二是乙！', '对吗？', '好']);
  });

  it('keeps a heading without end punctuation whole', () => {
    expect(sentences('一、着力强化政治功能，提升基层党组织的政治领导力')).toEqual(['一、着力强化政治功能，提升基层党组织的政治领导力']);
  });

  it('never splits inside an unreadable spot', () => {
    expect(sentences('作为兼职师资⟦?。ㄗ髡⟧级财政。其后。')).toEqual(['作为兼职师资⟦?。ㄗ髡⟧级财政。', '其后。']);
  });
});
