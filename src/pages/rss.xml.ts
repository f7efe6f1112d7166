/**
 * /rss.xml: the articles as an RSS 2.0 feed, with our summaries. Items carry no pubDate:
 * the articles do not reliably print when they were first published, and the build date
 * would claim every article is new.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { knowledge } from '../knowledge/index.ts';
import { pageUrl } from '../knowledge/shared-pages.ts';
import { regionLabel } from '../lib/content/labels.ts';
import { SITE_NAME } from '../lib/links/urls.ts';

export const GET: APIRoute = async () => {
  const k = await knowledge();
  return rss({
    title: `${SITE_NAME}：文章`,
    description: '各地公开发表的基层党建文章的规范整理本，供基层党建培训阅读和引用。',
    site: pageUrl(''),
    items: k.articles.map((a) => ({
      title: a.data.title,
      link: pageUrl(`articles/${a.id}/`),
      description: a.data.summary,
      categories: [regionLabel(a.data.region) || '全国通用', a.data.genre, a.data.domain],
    })),
    customData: '<language>zh-cn</language>',
  });
};
