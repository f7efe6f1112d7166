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

/** The byline as printed: name and role, saying plainly what the source left out. */
export interface BylineInput {
  author?: string | undefined;
  authorRole?: string | undefined;
  genre: string;
}

export function byline({ author, authorRole, genre }: BylineInput): string {
  const who = genre === '讲话' ? '讲话人' : '作者';
  if (author && authorRole) return `${author}（${authorRole}）`;
  if (author) return author;
  if (authorRole) return `${authorRole}（原文未署姓名）`;
  return `${who}未署名`;
}

/** Where an article was published, as printed: 《党建研究》2022年第3期；共产党员网转载. */
export interface Published {
  publication?: string | undefined;
  issue?: string | undefined;
  site?: string | undefined;
  /** The site is the editor's inference (from page furniture), not printed as the source. */
  siteInferred?: boolean | undefined;
  date?: string | undefined;
}

export function printedSource(p: Published): string {
  const parts = [
    p.publication && `《${p.publication}》${p.issue ?? ''}`,
    p.site && `${p.site}${p.publication ? '转载' : '刊载'}${p.siteInferred ? '（编者据页面栏目推断）' : ''}`,
    p.date && `原网页日期 ${p.date}`,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join('；') : '原网页未载明刊物与日期';
}

/** How a region is written for readers: 广东省阳江市, 浙江省丽水市**区. */
export interface Region {
  province?: string | undefined;
  city?: string | undefined;
  county?: string | undefined;
}

export function regionLabel(region: Region): string {
  return [region.province, region.city, region.county].filter(Boolean).join('');
}
