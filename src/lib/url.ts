/**
 * Every internal link goes through here, so the site moves as a whole when `base`
 * changes (a training institution hosting under /dangjian/ changes one setting).
 */
export function withBase(path: string, base: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\/+/, '');
}

/** Absolute URL for canonical links, feeds and QR codes. */
export function absolute(path: string, site: string, base: string): string {
  return new URL(withBase(path, base), site).href;
}
