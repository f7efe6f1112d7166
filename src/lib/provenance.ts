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
