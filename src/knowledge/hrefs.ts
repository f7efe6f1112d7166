/** Site-relative links for components; pure helpers live in url.ts. */
import { withBase } from '../lib/links/urls.ts';

export const href = (path: string): string => withBase(path, import.meta.env.BASE_URL);

export const articleHref = (slug: string): string => href(`articles/${slug}/`);

export const themeHref = (slug: string): string => href(`themes/${slug}/`);
export const caseHref = (slug: string): string => href(`cases/${slug}/`);
export const termHref = (slug: string): string => href(`glossary/${slug}/`);
export const paraHref = (article: string, para: string): string => href(`articles/${article}/#${para}`);
