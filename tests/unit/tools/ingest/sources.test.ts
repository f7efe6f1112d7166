/** The whole pipeline on the five real sources: the facts an editor relies on. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { traditionalOnly } from '../../../../src/lib/chinese/convert.ts';
import { convertLine } from '../../../../tools/ingest/convert-line.ts';
import { furnitureRule } from '../../../../tools/ingest/furniture.ts';
import { cleanSource, type Cleaned } from '../../../../tools/ingest/index.ts';
import { withoutSpots } from '../../../../src/lib/chinese/spots.ts';

const DIR = join('content', 'sources');
const files = readdirSync(DIR).filter((n) => n.endsWith('.txt')).sort();
const raw = (file: string) => readFileSync(join(DIR, file), 'utf8');

interface Expected {
  meta: Cleaned['meta'];
  unreadable: string[];
  headings: [number, string][];
  furniture: string[];
  contains: string[];
}

const h2 = (text: string): [number, string] => [2, text];

const EXPECTED: Record<string, Expected> = {
  '000': {
    meta: { title: '树立大抓基层的鲜明导向 夯实党的执政基础', author: '杨春涛', site: '共产党员网', publication: '党建研究', issue: '2022年第3期', authorRole: '⟦?。ㄗ髡邽橹泄矎V⟧东省阳江市委常委、组织部长' },
    unreadable: ['??h', '?;鶎狱h', '?。ㄗ髡邽橹泄矎V'],
    headings: ['一、着力强化政治功能，提升基层党组织的政治领导力', '二、着力强化凝心铸魂，提升基层党组织的思想引领力', '三、着力强化组织创新，提升基层党组织的群众组织力', '四、着力强化目标引领，提升基层党组织的社会号召力'].map(h2),
    furniture: ['mobile-version', 'mobile-welcome', 'stray-counters', 'wechat-share', 'listen-audio', 'place-name-list'],
    contains: ['着力实施基层党建3年行动计划', '确保事事有着落、件件有回音', '每年给村（社区）党组织书记', '比例达99.7%。', '4.8万多户', '作为兼职师资⟦??h⟧级财政', '作用有效发挥抓到实⟦?;鶎狱h⟧建工作突出实际'],
  },
  '001': {
    meta: { authorRole: '中共临沭县委书记', editors: '贺胜兰 / 杨 阳' },
    unreadable: [],
    headings: ['抓“思想源头”这一基础，促力量凝聚、作风转变', '抓“干部队伍”这一关键，促担当作为、活力迸发', '抓“基层组织”这一根基，促全面进步、全面过硬', '抓“党建引领”这一优势，促提质增效、跨越发展'].map(h2),
    furniture: [],
    contains: ['还通过编著红色读书', '此外，临沐县研究出台了', '（即好干部标准，经济责任审计、县委巡察监督，干部档案、负面清单和实绩记实三重档案）', '实施意见（试行）》', '“灰尘”和“杂质”'],
  },
  '002': {
    meta: { author: '徐绍波' },
    unreadable: [],
    headings: [h2('一、强化政治引领，坚守党的领导核心地位'), [3, '（一）坚定政治信仰，筑牢思想根基'], [3, '（二）强化党的领导，发挥核心作用'], h2('二、优化组织体系，激活基层党建新动能'), [3, '（三）完善组织设置，扩大组织覆盖'], [3, '（四）加强队伍建设，提升整体素质'], h2('三、压实责任链条，确保政令畅通无阻'), [3, '（五）明确责任分工，强化责任担当'], [3, '（六）完善落实机制，确保政令畅通无阻'], [4, '1.强化政策传导机制，确保精准落地'], [4, '2.完善沟通协调机制，确保信息畅通'], h2('四、创新党建模式，拓宽基层治理新路径'), [3, '（七）党建引领基层治理，提升治理能力'], [4, '1.加强基层党组织建设，夯实治理基础'], [4, '2.完善村民自治机制，激发治理活力'], [4, '3.推动法治建设，保障治理有序'], [3, '（八）探索“互联网+党建”新模式，拓宽工作领域'], [4, '1.构建智慧党建平台，提升工作效率'], [4, '2.推动线上线下融合，深化党建实效'], [4, '3.拓展党建服务功能，服务乡村振兴']],
    furniture: [],
    contains: ['中共中央政治局6月27日下午', '相互促进。（徐绍波）'],
  },
  '003': {
    meta: { title: '基层组织建设思想', date: '2022-09-18 05:01:00' },
    unreadable: [],
    headings: ['一、统一思想，充分认识加强基层党建工作的重要性', '二、把握关键，建强建好各级领导班子', '三、注重实效，务求解决实际问题', '四、讲究方法，确保主题教育活动取得实效'].map(h2),
    furniture: ['site-disclaimer', 'prev-next', 'prev-next'],
    contains: ['同志们：', '**区开展农村基层组织', '**区委要把开展', '希望**区抓好这项活动', '乡镇（街道）、社区（村）', '作出新的更大的贡献！'],
  },
  '004': {
    meta: { title: '广东湛江：“三笔奋书”增添机关党建成色', author: '叶兴宇', authorRole: '中共湛江市直属机关工作委员会调研室主任' },
    unreadable: ['?cè)趺醋觥薄拔覟楦哔|(zhì)', '?!熬€', '?fù)?dān)', '?qū)?chǎng)'],
    headings: ['创建“底色鲜明、底气充足”的模范机关', '锻造“全面进步、全面过硬”的组织堡垒', '彰显“能扛重⟦?fù)?dān)⟧、能打硬仗”的担当作为'].map(h2),
    furniture: ['site-menu', 'site-menu', 'site-menu', 'site-menu', 'site-menu', 'share-more'],
    contains: ['基层党建提质年“1+2+6”行动', '“高质量发展我们⟦?cè)趺醋觥薄拔覟楦哔|(zhì)⟧量发展献一策”', '标线⟦?!熬€⟧上”', '2个领域⟦?qū)?chǎng)⟧，开辟', '《市直机关“四强”党支部创建管理办法（试行）》'],
  },
};

/** Furniture as it stands in the scrapes, written out here rather than taken from the rules. */
const FURNITURE_TEXT = ['手机版', '手機', '欢迎使用', '打印', '纠錯', '微信扫一扫', '收听本文', '00:00', '分享让更多人看到', '上一篇', '下一篇', '首页', '民文', 'English', '举报专区', '登录', '长葛市', '五常市', '网友上传', '本站观点', '客服老师', '1 1 1'];

describe.each(files)('cleanSource(%s)', (file) => {
  const expected = EXPECTED[file.slice(0, 3)]!;
  const cleaned = cleanSource(raw(file));
  const texts = [...cleaned.blocks.map((b) => b.text), ...Object.values(cleaned.meta)];
  const readable = texts.map(withoutSpots);

  it('is deterministic', () => {
    expect(cleanSource(raw(file))).toEqual(cleaned);
  });

  it('finds the metadata the text gives', () => {
    expect(cleaned.meta).toEqual(expected.meta);
  });

  it('marks each known unreadable spot, and only those', () => {
    expect(cleaned.unreadable).toEqual(expected.unreadable);
  });

  it('recognises the headings', () => {
    expect(cleaned.blocks.flatMap((b) => (b.kind === 'heading' ? [[b.depth, b.text]] : []))).toEqual(expected.headings);
  });

  it('removes exactly the furniture lines, by named rule', () => {
    const removed = raw(file).split('\n').map(convertLine).flatMap((line) => furnitureRule(line)?.name ?? []);
    expect(removed).toEqual(expected.furniture);
  });

  it('keeps every other line, as a block or as metadata', () => {
    const lines = raw(file).split('\n').map(convertLine).filter((l) => l.length > 0 && !furnitureRule(l));
    const values = Object.values(cleaned.meta).map(withoutSpots);
    for (const line of lines) {
      const kept = cleaned.blocks.some((b) => b.text === line) || values.some((v) => withoutSpots(line).includes(v));
      expect(kept, line).toBe(true);
    }
  });

  it('keeps the passages that test each rule', () => {
    const body = cleaned.blocks.map((b) => b.text).join('\n');
    for (const passage of expected.contains) expect(body).toContain(passage);
  });

  it('leaves no pinyin, Traditional-only characters, ASCII punctuation next to Chinese, or furniture', () => {
    for (const text of readable) {
      expect(text).not.toMatch(/\p{Script=Han}\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/u);
      expect(traditionalOnly(text), text).toEqual([]);
      expect(text).not.toMatch(/\p{Script=Han}[,:;!?()]|[,:;!?()]\p{Script=Han}/u);
      for (const f of FURNITURE_TEXT) expect(text).not.toContain(f);
    }
  });
});
