/**
 * How the site names an article to readers, derived in this one place from the article's
 * own data, so themes, cases, the comparison table, the glossary and search results all
 * say the same thing (and never an internal source number such as 002):
 *
 * - `short`, for running text and table heads: the case's place + 文章 (阳江文章), a speech
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

/** 丽水市 → 丽水; a redacted district (**区) stays as printed. */
const place = (region: NameInput['region']): string =>
  `${(region.city ?? '').replace(/市$/, '')}${region.county ?? ''}`;

export function articleName(a: NameInput): ArticleName {
  let short: string;
  if (a.genre === '讲话' && place(a.region)) short = `${place(a.region)}讲话`;
  else if (a.caseShort) short = `${a.caseShort}文章`;
  else if (a.author) short = `${a.author}文章`;
  else short = `《${a.title}》`;
  const who = a.author ?? '';
  const full = `${who}《${a.title}》${a.titleSupplied ? '（编者拟题）' : ''}`;
  return { short, full };
}

/** Names that must not reappear in editors' prose: source numbers and retired labels. */
export const RETIRED_NAMES = [/指导性文章（\d+）/, /（00\d）/, /丽水的讲话/, /丽水讲话/];
