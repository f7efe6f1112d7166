/** The closed vocabularies of the content model, in display order. */
export const LEVELS = ['省', '市', '县', '区', '乡镇', '村', '机关'] as const;
export const DOMAINS = ['农村', '城市社区', '机关', '国企', '两新组织', '综合'] as const;
export const GENRES = ['经验交流', '理论文章', '讲话'] as const;

export type Level = (typeof LEVELS)[number];
export type Domain = (typeof DOMAINS)[number];
export type Genre = (typeof GENRES)[number];

/** 市 → 市级; 机关 is a kind of unit, not a tier, so it stays as it is. */
export function levelLabel(level: Level): string {
  return level === '机关' ? '机关' : `${level}级`;
}
