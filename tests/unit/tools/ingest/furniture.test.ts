import { describe, expect, it } from 'vitest';
import { FURNITURE, furnitureRule, removeFurniture } from '../../../../tools/ingest/furniture.ts';

/** Each rule with the lines (as they stand after conversion) it must remove. */
const CASES: Record<string, string[]> = {
  'mobile-version': ['手机版'],
  'mobile-welcome': ['欢迎使用手机浏览'],
  'stray-counters': ['1 1 1', '1 1'],
  'print-bar': ['打印 纠错', '纠错'],
  'wechat-share': ['微信扫一扫 ×', '微信扫一扫'],
  'listen-audio': ['收听本文 00:00/00:00'],
  'share-more': ['分享让更多人看到'],
  'prev-next': ['- 上一篇：创新创业人才评选通知', '- 下一篇：探索社区党建新路子', '上一篇：无'],
  'site-menu': ['- 首页', '- 民文', '- English', '- 举报专区', '- 登录'],
  'place-name-list': ['长葛市| 新绛县| 西昌市| 汾阳市| 新沂市| 荔波县| 治县。| 车险| 五常市|'],
  'site-disclaimer': ['导语：基层组织建设思想一文来源于网友上传，不代表本站观点，若需要原创文章可咨询客服老师，欢迎参考。'],
};

describe('furniture rules', () => {
  it('has a test case for every rule', () => {
    expect(Object.keys(CASES).sort()).toEqual(FURNITURE.map((r) => r.name).sort());
  });

  it.each(Object.entries(CASES))('%s removes its lines', (name, lines) => {
    for (const line of lines) expect(furnitureRule(line)?.name, line).toBe(name);
  });

  it('never matches a line of article text', () => {
    const text = [
      '手机版的党建平台让党员随时学习。',
      '1.强化政策传导机制，确保精准落地',
      '- 是这样的一句话吗？',
      '首页',
      '开展“我是党员，我带头”主题教育活动，组织党员每年承诺为群众至少办1件好事、实事。',
      '党员只需要通过遥控器“一键操作”，就可以打开党建新课堂。',
      '共产党员网',
      '导语：本文介绍阳江市的做法。',
      '“党支部+帮扶单位+贫困村（贫困户）”等模式',
      '甲|乙',
      '微信扫一扫，关注我们的公众号，了解更多基层党建动态。',
    ];
    for (const line of text) expect(furnitureRule(line), line).toBeUndefined();
  });

  it('removes only furniture, keeping the order of the rest', () => {
    expect(removeFurniture(['手机版', '正文第一段。', '分享让更多人看到', '正文第二段。'])).toEqual(['正文第一段。', '正文第二段。']);
  });
});
