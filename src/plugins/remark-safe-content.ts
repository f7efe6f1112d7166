/**
 * Content is text, never code. MDX runs what a file says: an import or export, a {…}
 * expression, a <script>, an onclick, a javascript: link would all reach the reader's
 * browser (or run in the build). Articles and themes are written by editors, and the site
 * promises a strict Content-Security-Policy, so the build refuses these outright rather
 * than trying to clean them, listing each with its line:
 * - import/export, {…} expressions, and raw HTML (in a Markdown file);
 * - any element but the site's content components (<Restored>, <Unreadable>) and a few
 *   inline HTML tags, any attribute they do not take, any attribute value but a plain string;
 * - a link, image or link definition whose address has a scheme other than http(s) or mailto.
 */
import type { Definition, Image, Link, Node, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** Element name → the attributes it may carry. */
export const ALLOWED_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  Restored: ['original', 'note'],
  Unreadable: ['original'],
  br: [],
  sup: [],
  sub: [],
  abbr: ['title'],
};

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/** The scheme a browser would see: it ignores control characters and spaces inside it. */
function unsafeScheme(url: string): string | undefined {
  // Control characters are exactly what this looks for (a browser skips them in a scheme).
  // eslint-disable-next-line no-control-regex
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(url.replace(/[\u0000-\u0020\u007f]+/g, ''))?.[1]?.toLowerCase();
  return scheme !== undefined && !SAFE_SCHEMES.has(scheme) ? scheme : undefined;
}

type Attribute = MdxJsxAttribute | MdxJsxExpressionAttribute;

/**
 * The value of `original="…"` or `original={"…"}` (ingest writes that for text with quotes):
 * a string, nothing else (undefined for any other expression). rehype-content-components
 * reads the attributes of the components it renders through here too.
 */
export function plainString(attr: MdxJsxAttribute): string | undefined {
  const { value } = attr;
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return undefined;
  const body = value.data?.estree?.body;
  const statement = body?.[0];
  return body?.length === 1 && statement?.type === 'ExpressionStatement' && statement.expression.type === 'Literal' && typeof statement.expression.value === 'string'
    ? statement.expression.value
    : undefined;
}

function elementProblems(node: MdxJsxFlowElement | MdxJsxTextElement): string[] {
  const name = node.name ?? '<>';
  const allowed = ALLOWED_ELEMENTS[name];
  if (!allowed) return [`不允许的元素 <${name}>（正文里只能用 ${Object.keys(ALLOWED_ELEMENTS).map((n) => `<${n}>`).join(' ')}）`];
  return node.attributes.flatMap((attr: Attribute) => {
    if (attr.type === 'mdxJsxExpressionAttribute') return [`<${name}> 里不允许展开表达式 {…}`];
    if (!allowed.includes(attr.name)) return [`<${name}> 不允许属性 ${attr.name}`];
    return plainString(attr) !== undefined ? [] : [`<${name}> 的属性 ${attr.name} 只能是文字，不能是表达式`];
  });
}

function problemsOf(node: Node): string[] {
  switch (node.type) {
    case 'mdxjsEsm':
      return ['不允许 import/export 代码'];
    case 'html': // raw HTML, which Markdown (not MDX) would pass through as it is
      return ['不允许原始 HTML'];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return ['不允许 {…} 表达式（要显示花括号，请写作 \\{ \\}）'];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return elementProblems(node as MdxJsxFlowElement);
    case 'link':
    case 'image':
    case 'definition': {
      const scheme = unsafeScheme((node as Link | Image | Definition).url);
      return scheme ? [`链接地址不允许用 ${scheme}: 开头（只能是站内地址、http(s) 或 mailto）`] : [];
    }
    default:
      return [];
  }
}

export interface SafeContentOptions {
  /** Which files are checked: the content tree's, not the site's own pages. */
  applies: (path: string) => boolean;
}

export default function remarkSafeContent({ applies }: SafeContentOptions) {
  return (tree: Root, file: VFile) => {
    if (!applies(file.path ?? '')) return;
    const found: string[] = [];
    let first: Node | undefined;
    visit(tree, (node: Node) => {
      const problems = problemsOf(node);
      if (problems.length === 0) return;
      first ??= node;
      for (const p of problems) found.push(`第 ${node.position?.start.line ?? '?'} 行：${p}`);
    });
    if (first) file.fail(`内容里不能有代码或脚本：\n  ${found.join('\n  ')}`, first);
  };
}
