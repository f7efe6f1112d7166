/**
 * The editorial rules for glossary entries that a machine can check (issue 14), kept pure
 * so that the content schema (src/content.config.ts) stops the build on them and the unit
 * tests can prove each one:
 * - a definition says what the term means. How the articles use the term goes in `usage`;
 *   a definition that names an article, a speech or “文中” (阳江市的文章说，…) retells
 *   instead of defining. Titles in 《》 and quotations in “” are left out of the check, so
 *   an official wording may contain such words (“学系列讲话”).
 * - reader-facing text never shows an internal source number: the raw texts are
 *   000_….txt to 004_….txt, and “（002）” means nothing to a reader.
 * - an official wording (basis 规范表述) names its document and year.
 */

/**
 * Words that point at an article rather than at what a term means. A speech only as the
 * corpus's speech (“丽水的讲话”, “讲话提出”): “重要讲话” belongs in many definitions.
 */
const ARTICLE_WORDS = /文章|一文|的讲话|讲话(?:说|称|里|提出|要求|指出|列出)|文中|原文|该文|本文|此文|作者|发言/;
/** A place or author of the corpus followed closely by a verb of saying: “阳江市提出…”. */
const SOURCE_SAYS = /(?:阳江|临沭|湛江|丽水|徐绍波|\*\*区)[^，。；：、]{0,12}?(?:说|称|提出|提到|要求|指出|介绍|写道)/;

/** What lies outside 《titles》 and “quotations” (nested ‘’ included). */
export function withoutQuoted(text: string): string {
  return text.replace(/《[^》]*》/g, '《》').replace(/“[^”]*”/g, '“”');
}

/** The words by which a definition retells an article, if it does; undefined if it defines. */
export function retellsArticle(definition: string): string | undefined {
  const bare = withoutQuoted(definition);
  return (ARTICLE_WORDS.exec(bare) ?? SOURCE_SAYS.exec(bare))?.[0];
}

/**
 * An internal source number in reader-facing text: 000–009 standing alone (“（002）”,
 * “文章002”), or a raw file name (002_86f224c61470af11.txt). 2000 or 1001 are not.
 */
export function sourceNumber(text: string): string | undefined {
  return /\d{3}_[0-9a-f]{8,}(?:\.\w+)?|(?<![\d.])00\d(?![\d.])/.exec(text)?.[0];
}

/** A year in a source line: “2018年”, or a span “2005—2006年”. */
export function namesYear(source: string): boolean {
  return /(?:1[89]|20)\d{2}年/.test(source);
}

/** The line under a definition saying where it comes from. */
export function basisLine(g: { basis: '规范表述' | '文中用法'; source?: string | undefined }): string {
  if (g.basis === '规范表述') return `规范表述，见${g.source ?? '（未注明出处）'}。`;
  return g.source ? `编者释义，参照${g.source}。` : '编者释义，不是规范表述。';
}

/** A piece of glossary text as the pages show it. */
export interface TextPart {
  text: string;
  /** A redacted name (`**区`) that must not be broken across lines. */
  together?: boolean;
  /** The entry a cross-reference “见词条“X”” points to. */
  entry?: string;
}

/**
 * Glossary text cut for display: a redacted name (`**区`, as the 丽水 speech prints it) is one
 * unbreakable piece, so that no line ends in “**” with “区” on the next; and a cross-reference
 * 词条“X” becomes a piece that links to X's entry when `entryOf` knows X. Shown as plain text,
 * never through Markdown, so the asterisks stay as printed.
 */
export function textParts(text: string, entryOf: (term: string) => string | undefined = () => undefined): TextPart[] {
  const out: TextPart[] = [];
  for (const piece of text.split(/(词条“[^”]+”)/)) {
    const term = /^词条“([^”]+)”$/.exec(piece)?.[1];
    const entry = term === undefined ? undefined : entryOf(term);
    if (term !== undefined && entry !== undefined) {
      out.push({ text: '词条“' }, { text: term, entry }, { text: '”' });
      continue;
    }
    for (const part of piece.split(/(\*+[\u3400-\u9fff])/)) {
      if (part === '') continue;
      out.push(/^\*+[\u3400-\u9fff]$/.test(part) ? { text: part, together: true } : { text: part });
    }
  }
  return out.reduce<TextPart[]>((merged, part) => {
    const last = merged.at(-1);
    if (last && !last.together && !last.entry && !part.together && !part.entry) last.text += part.text;
    else merged.push({ ...part });
    return merged;
  }, []);
}
