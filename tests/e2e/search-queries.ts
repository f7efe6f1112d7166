/**
 * What trainees type, and the pages they must find. Used by tests/e2e/search.spec.ts
 * against the built site: every `expect` page is in the top 10, `first` is the first
 * result, `none` means nothing contains the query. Paths are site-relative, without the
 * base path. Beyond these, the spec checks every result above the 相关结果 divider
 * against the page texts, so only the pages a reader must see are listed here.
 */
export interface SearchCase {
  q: string;
  /** What kind of query this is, for the test's name. */
  kind: string;
  expect?: string[];
  first?: string;
  none?: true;
  /**
   * The glossary term the query is a synonym or alias of (search/synonyms.ts): pages with
   * that term count as results too, and the status line says 含同义词.
   */
  synonymOf?: string;
}

const article = (slug: string) => `/articles/${slug}/`;
const term = (slug: string) => `/glossary/${slug}/`;
const place = (slug: string) => `/cases/${slug}/`;
const theme = (slug: string) => `/themes/${slug}/`;

export const SEARCH_CASES: SearchCase[] = [
  // Terms from lectures: the glossary entry first, then the articles that use the term.
  { kind: '术语', q: '三会一课', first: term('sanhui-yike'), expect: [article('yangjiang'), article('linshu'), article('nongcun-jiceng-dangjian')] },
  { kind: '术语', q: '一肩挑', first: term('yijiantiao'), expect: [article('yangjiang'), article('zhanjiang')] },
  { kind: '术语', q: '三个一肩挑', first: term('sange-yijiantiao'), expect: [article('yangjiang')] },
  { kind: '术语', q: '双报到', first: term('shuang-baodao'), expect: [article('yangjiang'), article('zhanjiang')] },
  { kind: '术语', q: '村集体经济', first: term('cun-jiti-jingji'), expect: [article('yangjiang'), place('yangjiang')] },
  { kind: '术语', q: '软弱涣散', first: term('ruanruo-huansan'), expect: [article('linshu'), article('nongcun-jiceng-dangjian')] },
  { kind: '术语', q: '红色基因', first: term('hongse-jiyin'), expect: [article('yangjiang'), article('linshu')] },
  { kind: '术语', q: '主题党日', first: term('zhuti-dangri'), expect: [article('linshu'), article('nongcun-jiceng-dangjian')] },
  { kind: '术语', q: '四制并举', first: term('sizhi-bingju'), expect: [article('zhanjiang'), place('zhanjiang')] },
  { kind: '词语', q: '乡村振兴', expect: [article('yangjiang'), article('linshu'), article('nongcun-jiceng-dangjian'), theme('xiangcun-zhenxing')] },
  { kind: '词语', q: '网格化', first: article('zhanjiang') },
  { kind: '词语', q: '师资库', first: article('yangjiang'), expect: [place('yangjiang')] },
  // Words from inside a sentence.
  { kind: '句中', q: '每年把全体党员轮训一遍', first: article('yangjiang') },
  { kind: '句中', q: '上下一条心', first: article('linshu') },
  { kind: '句中', q: '渔港码头', first: article('yangjiang') },
  // Places and people.
  { kind: '地名', q: '阳江', first: article('yangjiang'), expect: [place('yangjiang')] },
  { kind: '地名', q: '临沭县', first: article('linshu'), expect: [place('linshu')] },
  { kind: '地名', q: '丽水', first: article('lishui'), expect: [place('lishui')] },
  { kind: '地名', q: '湛江', first: article('zhanjiang'), expect: [place('zhanjiang')] },
  { kind: '地名', q: '临沐县', first: article('linshu') }, // the original's misprint, kept in the text
  { kind: '人名', q: '杨春涛', first: article('yangjiang'), expect: [place('yangjiang')] },
  { kind: '人名', q: '叶兴宇', first: article('zhanjiang') },
  { kind: '人名', q: '林天宁', first: article('lishui') },
  // Numbers.
  { kind: '数字', q: '99.7%', first: article('yangjiang'), expect: [place('yangjiang'), term('sange-yijiantiao')] },
  { kind: '数字', q: '680名', first: article('yangjiang') },
  { kind: '数字', q: '2.3万人次', first: article('linshu') },
  // Slogans with punctuation, typed with or without quotes.
  { kind: '口号', q: '互联网+党建', first: term('hulianwang-dangjian'), expect: [theme('hulianwang-dangjian'), article('linshu'), article('nongcun-jiceng-dangjian')] },
  { kind: '口号', q: '互联网＋党建', first: term('hulianwang-dangjian') },
  { kind: '口号', q: '“两个维护”', first: term('liangge-weihu'), expect: [article('yangjiang'), article('nongcun-jiceng-dangjian')] },
  { kind: '口号', q: '"两个维护"', first: term('liangge-weihu') },
  { kind: '口号', q: '强班子、树正气、促发展', first: term('qiang-banzi-shu-zhengqi-cu-fazhan'), expect: [article('lishui')] },
  { kind: '口号', q: '“大学习、深调研、真落实”', first: article('yangjiang') },
  { kind: '口号', q: '1+2+6', first: article('zhanjiang') },
  // Traditional characters find what Simplified ones do.
  { kind: '繁体', q: '陽江', first: article('yangjiang'), expect: [place('yangjiang')] },
  { kind: '繁体', q: '黨建', expect: ['yangjiang', 'linshu', 'nongcun-jiceng-dangjian', 'lishui', 'zhanjiang'].map(article) },
  { kind: '繁体', q: '三會一課', first: term('sanhui-yike'), expect: [article('yangjiang')] },
  { kind: '繁体', q: '雙報到', first: term('shuang-baodao') },
  { kind: '繁体', q: '臨沭縣', first: article('linshu') },
  // A trainee's own words: a synonym or alias of a glossary entry finds the entry first,
  // then the pages that use its term; Traditional forms too.
  { kind: '同义词', q: '支委会', synonymOf: '三会一课', first: term('sanhui-yike'), expect: [article('yangjiang'), article('linshu')] },
  { kind: '同义词', q: '党小组会', synonymOf: '三会一课', first: term('sanhui-yike') },
  { kind: '同义词', q: '村两委', synonymOf: '两委', first: term('liangwei') },
  { kind: '同义词', q: '先进性教育', synonymOf: '保先', first: term('baoxian'), expect: [article('lishui')] },
  { kind: '同义词', q: '保持共产党员先进性教育', synonymOf: '保先', first: term('baoxian') },
  { kind: '同义词', q: '灯塔—党建在线', synonymOf: '灯塔在线', first: term('dengta-zaixian'), expect: [article('linshu')] },
  { kind: '同义词', q: '党建在线', synonymOf: '灯塔在线', first: term('dengta-zaixian') },
  { kind: '同义词', q: '中央八项规定', synonymOf: '八项规定', first: term('baxiang-guiding') },
  { kind: '同义词', q: '主题党日活动', synonymOf: '主题党日', first: term('zhuti-dangri') },
  { kind: '同义词', q: '新经济组织', synonymOf: '两新组织', first: term('liangxin-zuzhi') },
  { kind: '别名', q: '保持共产党员先进性', synonymOf: '保先', first: term('baoxian') },
  { kind: '同义词繁体', q: '支委會', synonymOf: '三会一课', first: term('sanhui-yike') },
  { kind: '同义词繁体', q: '村兩委', synonymOf: '两委', first: term('liangwei') },
  { kind: '同义词繁体', q: '先進性教育', synonymOf: '保先', first: term('baoxian') },
  // Two words: pages with both.
  { kind: '多词', q: '三会一课 阳江', first: article('yangjiang') },
  // Nothing on the site says these.
  { kind: '无结果', q: '第一书记', none: true },
  { kind: '无结果', q: '区块链', none: true },
  { kind: '无结果', q: '网络安全', none: true },
];
