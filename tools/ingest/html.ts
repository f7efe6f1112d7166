/**
 * A web page saved from a browser (“网页，仅 HTML”) instead of the copied text. The article
 * is taken out of it and handed on as plain lines, as if the editor had copied it; the rest
 * of the pipeline then cleans it like any scrape. The article is the single <article>
 * element when there is one, else the element holding the most Chinese text in paragraphs
 * of its own (link text does not count, so menus and link lists never win), with the page's
 * <h1> put first when it stands outside. A page without such text is refused.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { IngestError } from './errors.ts';

/** Less Chinese than this is no article: a list page, a login page, a frame set. */
const MIN_HAN = 50;

const hanCount = (text: string) => text.match(/\p{Script=Han}/gu)?.length ?? 0;

/** A page, not a text that happens to mention a tag: it opens with markup (comments aside). */
export function isHtmlPage(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '').replace(/<!--[\s\S]*?-->/g, '').trimStart();
  return /^<(?:!doctype\s+html|html|head|meta|title|body)\b/i.test(head);
}

/** Chrome's and Edge's “网页，单个文件” (.mhtml): a MIME archive, not HTML. */
export function isWebArchive(text: string): boolean {
  const head = text.slice(0, 2048);
  return /^MIME-Version:/im.test(head) && /multipart\/related/i.test(head);
}

/** Never part of an article. A <header> is dropped too, unless it is the article's own. */
const NOISE = new Set(['script', 'style', 'noscript', 'template', 'nav', 'aside', 'footer', 'form', 'button', 'select', 'textarea', 'iframe', 'object', 'embed', 'svg', 'canvas', 'dialog']);
const BLOCKS = new Set(['address', 'article', 'blockquote', 'div', 'dl', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'ul']);

const isElement = (node: { type: string }): node is Element => node.type === 'element';

function prune(node: Root | Element, inArticle = false): void {
  node.children = node.children.filter((child) => {
    if (child.type !== 'element') return true;
    if (NOISE.has(child.tagName) || (child.tagName === 'header' && !inArticle)) return false;
    prune(child, inArticle || child.tagName === 'article');
    return true;
  }) as typeof node.children;
}

function elements(node: Root | Element, out: Element[] = []): Element[] {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    out.push(child);
    elements(child, out);
  }
  return out;
}

const hasBlockInside = (el: Element): boolean => elements(el).some((e) => BLOCKS.has(e.tagName));

/** Chinese characters of an element's text outside links. */
function ownHan(el: Element): number {
  const links = elements(el).filter((e) => e.tagName === 'a').reduce((n, a) => n + hanCount(toText(a)), 0);
  return hanCount(toText(el)) - links;
}

/** Chinese text in the element's own paragraphs: its text, and children that hold no blocks. */
function paragraphScore(el: Element): number {
  return el.children.reduce((n, child) => {
    if (child.type === 'text') return n + hanCount(child.value);
    return isElement(child) && child.tagName !== 'a' && !hasBlockInside(child) ? n + ownHan(child) : n;
  }, 0);
}

function articleElement(tree: Root): Element | undefined {
  const all = elements(tree);
  const articles = all.filter((e) => e.tagName === 'article' && ownHan(e) >= MIN_HAN);
  if (articles.length === 1) return articles[0];
  let best: { el: Element; score: number } | undefined;
  for (const el of all) {
    const score = paragraphScore(el);
    if (score >= MIN_HAN && score > (best?.score ?? 0)) best = { el, score };
  }
  return best?.el;
}

/** The article's text as lines, its title first. */
export function articleFromHtml(html: string): string {
  const tree = fromHtml(html);
  prune(tree);
  const article = articleElement(tree);
  if (!article) {
    throw new IngestError('这是一个网页（HTML），但找不到正文（没有成段的中文）：请在浏览器里复制正文，存为 .txt 后再试');
  }
  const text = toText(article);
  const h1 = elements(tree).find((e) => e.tagName === 'h1');
  const title = h1 && !elements(article).includes(h1) ? toText(h1).trim() : '';
  return title ? `${title}\n${text}` : text;
}
