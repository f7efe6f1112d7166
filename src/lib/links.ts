/** Site-relative links for components; pure helpers live in url.ts. */
import { withBase } from './url.ts';

export const href = (path: string): string => withBase(path, import.meta.env.BASE_URL);

export const articleHref = (slug: string): string => href(`articles/${slug}/`);
