/**
 * The pages that offer sharing and citing (articles, themes, cases): their canonical
 * address and references. The 引用本页 panel, the QR code files and the RIS/BibTeX
 * downloads are all built from this one list, so they always agree.
 */
import { spawnSync } from 'node:child_process';
import { knowledge } from './index.ts';
import { absolute } from '../lib/links/urls.ts';
import { isoDate, articleRefs, caseRefs, themeRefs, type PageRef } from '../lib/links/citation.ts';

export const SECTIONS = ['articles', 'themes', 'cases'] as const;
export type Section = (typeof SECTIONS)[number];

export interface SharedPage {
  section: Section;
  slug: string;
  /** Site-relative path: themes/zuzhi-tixi/ */
  path: string;
  /** The canonical address, as in <link rel="canonical">, QR codes and references. */
  url: string;
  refs: PageRef[];
}

/**
 * When the site was built, for reproducible builds (two builds of one commit are the same
 * bytes): SOURCE_DATE_EPOCH when set (the reproducible-builds.org convention), else the
 * time of the last commit, else now (a copy of the project outside git, as the bench makes).
 */
function buildTime(): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH?.trim();
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  const git = spawnSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8' });
  const committed = git.status === 0 ? git.stdout.trim() : '';
  return /^\d+$/.test(committed) ? new Date(Number(committed) * 1000) : new Date();
}

/**
 * The date the site was built, in China's time zone: the fallback 引用日期 of a reference.
 * It is not when a reader accessed the page (GB/T 7714 asks for that), so the share script
 * puts the reader's own date in its place wherever the page shows or hands out a reference.
 */
export const BUILD_DATE = isoDate(buildTime(), 'Asia/Shanghai');

export const pageUrl = (path: string): string => absolute(path, import.meta.env.SITE, import.meta.env.BASE_URL);

let pages: Promise<SharedPage[]> | undefined;
let bySlug: Promise<Map<string, SharedPage>> | undefined;

/** Every page that offers sharing and citing, worked out once per build. */
export function sharedPages(): Promise<SharedPage[]> {
  return (pages ??= loadSharedPages());
}

async function loadSharedPages(): Promise<SharedPage[]> {
  const k = await knowledge();
  const page = (section: Section, slug: string, refs: (url: string) => PageRef[]): SharedPage => {
    const path = `${section}/${slug}/`;
    const url = pageUrl(path);
    return { section, slug, path, url, refs: refs(url) };
  };
  return [
    ...k.articles.map((a) => page('articles', a.id, (url) => articleRefs(a.data, url, BUILD_DATE))),
    ...k.themes.map((t) => page('themes', t.id, (url) => themeRefs(t.data.title, url, BUILD_DATE))),
    ...k.cases.map((c) => page('cases', c.id, (url) => caseRefs(c.data.name, url, BUILD_DATE))),
  ];
}

export async function sharedPage(section: Section, slug: string): Promise<SharedPage> {
  bySlug ??= sharedPages().then((all) => new Map(all.map((p) => [`${p.section}/${p.slug}`, p])));
  const found = (await bySlug).get(`${section}/${slug}`);
  if (!found) throw new Error(`没有可分享的页面 ${section}/${slug}/`);
  return found;
}

export const REF_FORMATS = [
  { ext: 'ris', label: 'RIS' },
  { ext: 'bib', label: 'BibTeX' },
] as const;
export type RefFormat = (typeof REF_FORMATS)[number]['ext'];

/** Where a reference file is built (articles/yangjiang/original.ris) and the name it is saved as. */
export const refFile = (page: SharedPage, key: PageRef['key'], ext: RefFormat) => ({
  path: `${page.path}${key}.${ext}`,
  download: `${page.slug}${key === 'cite' ? '' : `-${key}`}.${ext}`,
});
