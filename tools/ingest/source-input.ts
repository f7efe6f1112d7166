/**
 * What ingest accepts as a source, checked before and after cleaning: a text file of
 * sensible size, in a known encoding, plain or a saved web page, with an article in it.
 * Each refusal is one line saying what the file seems to be and what to do instead.
 */
import { decodeText } from './decode.ts';
import { IngestError } from './errors.ts';
import { articleFromHtml, isHtmlPage, isWebArchive } from './html.ts';
import type { Cleaned } from './types.ts';

/**
 * An article's raw text is tens of kilobytes and a saved page rarely a megabyte; a file
 * far beyond that is the wrong file (a book, a video, a database dump), not a long article.
 */
export const MAX_SOURCE_BYTES = 10 * 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function checkSize(bytes: number): void {
  if (bytes === 0) throw new IngestError('文件是空的（0 字节）');
  if (bytes > MAX_SOURCE_BYTES) {
    throw new IngestError(`文件有 ${megabytes(bytes)}，超过 ${megabytes(MAX_SOURCE_BYTES)} 的上限：一篇文章的原文不过几十 KB，请确认选对了文件`);
  }
}

export interface SourceText {
  text: string;
  /** What was done to get plain text, for the editor: the encoding read, the page taken apart. */
  notes: string[];
}

/** The text to clean, from the file's bytes. */
export function sourceText(bytes: Uint8Array): SourceText {
  checkSize(bytes.length);
  const { text, encoding } = decodeText(bytes);
  if (text.trim() === '') throw new IngestError('文件里只有空白，没有文字');
  const notes = encoding === 'UTF-8' ? [] : [`按 ${encoding} 编码读入`];
  if (isWebArchive(text)) {
    throw new IngestError('这是 MHTML 网页存档（“网页，单个文件”）：请在浏览器里另存为“网页，仅 HTML”，或复制正文存为 .txt');
  }
  if (!isHtmlPage(text)) return { text, notes };
  return { text: articleFromHtml(text), notes: [...notes, '从 HTML 网页中取出正文，页外的来源、作者等请对照网页补填'] };
}

/** After cleaning: a file of menus, share buttons and source lines only is no article. */
export function requireBody(cleaned: Cleaned): void {
  if (cleaned.blocks.length === 0) {
    throw new IngestError('去掉网页杂项（菜单、分享按钮等）和标题、来源等信息之后，没有剩下正文');
  }
}
