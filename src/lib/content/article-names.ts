/**
 * How the site names an article to readers, derived in this one place from the article's
 * own data, so themes, cases, the comparison table, the glossary and search results all
 * say the same thing (and never an internal source number such as 002):
 *
 * - `short`, for running text and table heads: a case article by its place (阳江文章), a speech
 *   by where it was given (丽水**区讲话), a guidance essay by its author (徐绍波文章);
 * - `full`, for a first mention: who wrote it and the title, with 编者拟题 when the editor
 *   supplied the title (徐绍波《推动农村基层党建持续健康发展》（编者拟题）).
 *
 * Editors' prose in content/themes and content/cases writes the short names by hand;
 * tests/unit/lib/article-names.test.ts checks that it uses these and no other.
 */
export interface NameInput {
  title: string;
  titleSupplied?: boolean | undefined;
  author?: string | undefined;
  authorRole?: string | undefined;
  genre: string;
  region: { city?: string | undefined; county?: string | undefined };
  /** The short name of the article's case (阳江), if it belongs to one. */
  caseShort?: string | undefined;
}

export interface ArticleName {
  short: string;
  full: string;
}

const city = (region: NameInput['region']): string => (region.city ?? '').replace(/市$/, '');

/** Where a speech was given: 丽水 + the district as printed (a redacted **区 stays so). */
const venue = (region: NameInput['region']): string => `${city(region)}${region.county ?? ''}`;

/** The most local named place: 临沭县 → 临沭, else the city (湛江市 → 湛江). */
const locality = (region: NameInput['region']): string =>
  region.county && !region.county.includes('*') ? region.county.replace(/[县区]$/, '') : city(region);

export function articleName(a: NameInput): ArticleName {
  let short: string;
  if (a.genre === '讲话' && venue(a.region)) short = `${venue(a.region)}讲话`;
  else if (a.caseShort && locality(a.region)) short = `${locality(a.region)}文章`;
  else if (a.author) short = `${a.author}文章`;
  else short = `《${a.title}》`;
  const who = a.author ?? a.authorRole ?? '';
  const full = `${who}《${a.title}》${a.titleSupplied ? '（编者拟题）' : ''}`;
  return { short, full };
}

/** Names that must not reappear in editors' prose: source numbers and retired labels. */
export const RETIRED_NAMES = [/指导性文章（\d+）/, /（00\d）/, /丽水的讲话/, /丽水讲话/];
