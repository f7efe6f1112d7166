/** How a region is written for readers: 广东省阳江市, 浙江省丽水市**区. */
export interface Region {
  province?: string | undefined;
  city?: string | undefined;
  county?: string | undefined;
}

export function regionLabel(region: Region): string {
  return [region.province, region.city, region.county].filter(Boolean).join('');
}
