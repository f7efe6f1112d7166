/**
 * Page furniture: what the scraped pages printed around the article (menus, share and
 * print buttons, audio player, SEO link lists, next/previous links). Each rule is named
 * and matches a whole line of Simplified, punctuation-normalised text, and is narrow on
 * purpose: a line of the article must never match.
 */
export interface FurnitureRule {
  name: string;
  test: (line: string) => boolean;
}

const exact = (re: RegExp) => (line: string) => re.test(line);

/** Lines of `长葛市| 新绛县| 西昌市| …`: many short items between `|`. */
function isPlaceNameList(line: string): boolean {
  const items = line.split('|').map((s) => s.trim());
  return items.length >= 6 && items.every((s) => s.length <= 8);
}

export const FURNITURE: readonly FurnitureRule[] = [
  { name: 'mobile-version', test: exact(/^手机版$/) },
  { name: 'mobile-welcome', test: exact(/^欢迎使用手机浏览$/) },
  { name: 'stray-counters', test: exact(/^1(?:\s+1)+$/) },
  { name: 'print-bar', test: exact(/^(?:打印|纠错|\s)+$/) },
  { name: 'wechat-share', test: exact(/^微信扫一扫\s*[×xX]?$/) },
  { name: 'listen-audio', test: exact(/^收听本文\s*\d{1,2}:\d{2}\s*\/\s*\d{1,2}:\d{2}$/) },
  { name: 'share-more', test: exact(/^分享让更多人看到$/) },
  { name: 'prev-next', test: exact(/^[-•·]?\s*(?:上一篇|下一篇)[：:]/) },
  { name: 'site-menu', test: exact(/^[-•·]\s*(?:首页|民文|English|举报专区|登录|注册)$/) },
  { name: 'place-name-list', test: isPlaceNameList },
  // A content farm's disclaimer in the lede slot (“…一文来源于网友上传，不代表本站观点…”):
  // it is about the site, not the article, so it is not kept as the article's lede.
  { name: 'site-disclaimer', test: exact(/^导语：.*(?:来源于网友上传|不代表本站观点)/) },
];

/** The rule a line matches, if any. */
export const furnitureRule = (line: string): FurnitureRule | undefined => FURNITURE.find((r) => r.test(line));

export const removeFurniture = (lines: string[]): string[] => lines.filter((line) => !furnitureRule(line));
