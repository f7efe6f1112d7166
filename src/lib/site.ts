/** The site's name, as pages, feeds and references print it. */
export const SITE_NAME = '基层党建案例库';
