/**
 * What a built page links to and what it can be linked to at, read from the HTML the
 * build wrote. Astro and rehype write regular markup (quoted attributes, escaped values),
 * so a careful tokenizer does; no HTML parser is needed at build time (nor a dependency
 * for it). Comments are skipped, and the contents of <script>, <style> and <template> are
 * kept aside, never read as links.
 */

export interface PageRefs {
  /** Every id (and <a name>) on the page: the fragments a link may point at. */
  ids: Set<string>;
  /** Every address the page refers to: href, src, srcset, action, poster, meta refresh. */
  refs: string[];
}

/** Comments, and elements whose content is not markup (raw text: scripts, styles, templates). */
const RAW = /<!--[\s\S]*?-->|(<(script|style|template)\b[^>]*>)([\s\S]*?)<\/\2\s*>/gi;
/** A start tag; quoted values may hold `>`. */
const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(value: string): string {
  return value.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return NAMED[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

function attributes(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of source.matchAll(ATTRIBUTE)) out.set(m[1]!.toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  return out;
}

export interface Tag {
  name: string;
  attrs: Map<string, string>;
  /** The raw content of a <script>, <style> or <template>. */
  content?: string;
}

/** Every start tag of the page, in order, with its attributes decoded. */
export function startTags(html: string): Tag[] {
  const raw: string[] = [];
  // Raw-text elements become a placeholder start tag, so their content is never read as markup.
  const markup = html.replace(RAW, (_whole, start: string | undefined, _name, content: string) => {
    if (start === undefined) return '';
    raw.push(content);
    return start.replace(/^<([a-zA-Z]+)/, `<$1 data-raw-index="${raw.length - 1}"`);
  });
  return [...markup.matchAll(TAG)].map((m) => {
    const attrs = attributes(m[2] ?? '');
    const index = attrs.get('data-raw-index');
    attrs.delete('data-raw-index');
    return index === undefined ? { name: m[1]!.toLowerCase(), attrs } : { name: m[1]!.toLowerCase(), attrs, content: raw[Number(index)]! };
  });
}

const URL_ATTRIBUTES = ['href', 'src', 'action', 'poster'];

/** `a.png 1x, b.png 2x` → the addresses. */
const srcsetUrls = (value: string) => value.split(',').map((s) => s.trim().split(/\s+/)[0]!).filter(Boolean);

export function pageRefs(html: string): PageRefs {
  const ids = new Set<string>();
  const refs: string[] = [];
  for (const { name, attrs } of startTags(html)) {
    const id = attrs.get('id');
    if (id) ids.add(id);
    if (name === 'a' && attrs.get('name')) ids.add(attrs.get('name')!);
    for (const a of URL_ATTRIBUTES) if (attrs.has(a)) refs.push(attrs.get(a)!);
    if (attrs.has('srcset')) refs.push(...srcsetUrls(attrs.get('srcset')!));
    if (name === 'meta' && attrs.get('http-equiv')?.toLowerCase() === 'refresh') {
      const to = /url\s*=\s*['"]?([^'"]+)/i.exec(attrs.get('content') ?? '')?.[1];
      if (to) refs.push(to.trim());
    }
  }
  return { ids, refs };
}
