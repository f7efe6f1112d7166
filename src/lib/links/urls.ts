/**
 * The one way a base path is written: a slash at each end (`/`, `/dangjian/`), whether it
 * was given as `dangjian`, `/dangjian` or `/dangjian/` (SITE_BASE, Astro's config).
 */
export function normaliseBase(base: string): string {
  const inner = base.replace(/^\/+|\/+$/g, '');
  return inner === '' ? '/' : `/${inner}/`;
}

/**
 * Every internal link goes through here, so the site moves as a whole when `base`
 * changes (a training institution hosting under /dangjian/ changes one setting).
 */
export function withBase(path: string, base: string): string {
  return normaliseBase(base) + path.replace(/^\/+/, '');
}

/** Absolute URL for canonical links, feeds and QR codes. */
export function absolute(path: string, site: string, base: string): string {
  return new URL(withBase(path, base), site).href;
}

/** The site's name, as pages, feeds and references print it. */
export const SITE_NAME = '基层党建案例库';

/**
 * Pages that are not content and are left out of the sitemap (and carry robots noindex):
 * the offline page, which the service worker shows in place of pages it does not keep.
 * Site-relative, as the sitemap filter compares them (astro.config.mjs).
 */
export const UNLISTED = ['offline/'];

/** Whether an absolute page address (as @astrojs/sitemap passes it) is one of UNLISTED. */
export const listed = (page: string, root: string): boolean => !UNLISTED.some((p) => page === `${root}${p}`);
