/**
 * Length and reading time of an article, from its MDX source. Chinese readers read
 * about 400 characters a minute (a common estimate for expository prose, between the
 * 300 used for careful study and the 500 of skimming); we round up to whole minutes.
 */
export const CHARS_PER_MINUTE = 400;

/** The reader-visible text of an article body: markers, markup and escapes removed. */
export function plainText(mdx: string): string {
  return mdx
    .replace(/[ \t]*\^[a-z0-9-]+[ \t]*$/gm, '') // block id markers
    .replace(/<\/?[A-Za-z][^>]*>/g, '') // JSX tags; a restoration's text is kept
    .replace(/^#{1,6}\s+/gm, '') // heading marks
    .replace(/\*\*/g, '') // bold marks (escaped \*\* below is literal text)
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1');
}

/** Characters a reader reads: everything but whitespace. */
export function countChars(text: string): number {
  return [...text.replace(/\s+/g, '')].length;
}

export function readingMinutes(chars: number): number {
  return Math.max(1, Math.ceil(chars / CHARS_PER_MINUTE));
}
