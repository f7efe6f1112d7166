/**
 * Lines about the article, not of it (来源, 时间, 导语, 责编, the author's name and role),
 * move into metadata; the rest is the body. Only the title, the byline under it and
 * whole-line notes move: an attribution at the end of a paragraph, `……相互促进。（徐绍波）`,
 * is read as the author but stays in the text, because it is part of the paragraph.
 */
import { isHeadingShaped, numberingDepth } from './shape.ts';
import { SPOT } from '../../src/lib/chinese/spots.ts';
import type { SourceMeta } from './types.ts';

interface MetaRule {
  pattern: RegExp;
  read: (m: RegExpExecArray) => SourceMeta;
}

/** `《党建研究》2022年第3期` → publication and issue. */
function printedIn(value: string): SourceMeta {
  const m = /^《(.+?)》\s*(.*)$/.exec(value);
  if (!m) return { publication: value };
  return m[2] ? { publication: m[1], issue: m[2] } : { publication: m[1] };
}

const LINE_RULES: readonly MetaRule[] = [
  { pattern: /^来源：\s*(.+)$/, read: (m) => printedIn(m[1]!) },
  { pattern: /^时间：\s*(.+)$/, read: (m) => ({ date: m[1] }) },
  { pattern: /^导语：\s*(.+)$/, read: (m) => ({ lede: m[1] }) },
  { pattern: /^责编：\s*(.+)$/, read: (m) => ({ editors: m[1] }) },
  { pattern: /^作者：\s*(.+)$/, read: (m) => ({ author: m[1] }) },
  // `共产党员网 打印 纠错`: the site's name on its print bar.
  { pattern: /^(\S+网)\s+打印\s+纠错$/, read: (m) => ({ site: m[1] }) },
  // `【本文作者为中共临沭县委书记】`, `（作者：叶兴宇，系中共湛江市……主任）`
  {
    pattern: /^[（【](?:本文)?作者(?:：\s*([^，]{2,8})，\s*系|为|系|是)(.+)[）】]$/,
    read: (m) => (m[1] ? { author: m[1], authorRole: m[2] } : { authorRole: m[2] }),
  },
];

/** What a metadata line says, or undefined for a line of the body. */
function readLine(line: string): SourceMeta | undefined {
  for (const rule of LINE_RULES) {
    const m = rule.pattern.exec(line);
    if (m) return rule.read(m);
  }
  return undefined;
}

/**
 * The last line, a bracketed note whose opening (`（作者为中共广`) is lost in a garbled
 * spot: `⟦…⟧东省阳江市委常委、组织部长）`. The role keeps the spot for the editor.
 */
const GARBLED_ROLE_NOTE = new RegExp(`^(${SPOT}[^⟦。！？；]{2,40})[）】]$`);

/** `……相互促进。（徐绍波）` at the end of the last paragraph. */
const TRAILING_ATTRIBUTION = /[。！？]（(\p{Script=Han}{2,4})）$/u;

/** A bare name of two to four characters right under the title. */
const BYLINE = /^\p{Script=Han}{2,4}$/u;

/** The title: a first line that is heading-shaped but not a numbered heading. */
function splitTitle(lines: string[]): { meta: SourceMeta; rest: string[] } {
  const [first, second, ...rest] = lines;
  if (first === undefined || !isHeadingShaped(first) || numberingDepth(first) !== undefined) return { meta: {}, rest: lines };
  if (second !== undefined && BYLINE.test(second)) return { meta: { title: first, author: second }, rest };
  return { meta: { title: first }, rest: second === undefined ? rest : [second, ...rest] };
}

export function extractMetadata(lines: string[]): { meta: SourceMeta; body: string[] } {
  const { meta, rest } = splitTitle(lines);
  const body: string[] = [];
  for (const line of rest) {
    const read = readLine(line);
    if (read) Object.assign(meta, read);
    else body.push(line);
  }
  const role = GARBLED_ROLE_NOTE.exec(body.at(-1) ?? '');
  if (role && meta.authorRole === undefined) {
    meta.authorRole = role[1];
    body.pop();
  }
  const signed = TRAILING_ATTRIBUTION.exec(body.at(-1) ?? '');
  if (signed && meta.author === undefined) meta.author = signed[1];
  return { meta, body };
}
