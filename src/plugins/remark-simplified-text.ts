/**
 * Article text is Simplified Chinese without pinyin glosses. Ingest converts both, but a
 * restoration, a pasted correction or a later edit can bring one back (a 機, a 实(shí)),
 * and the fidelity test only compares against the source. The build stops and lists every
 * paragraph or heading at fault with its line. The `original` of <Restored> and
 * <Unreadable> keeps the garbled source as scraped; it is an attribute, not text, so it is
 * not checked.
 */
import type { Heading, Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { traditionalOnly } from '../lib/chinese/convert.ts';
import { pinyinGlosses } from '../lib/chinese/pinyin.ts';
import { isArticle } from '../knowledge/files.ts';

export interface SimplifiedTextOptions {
  /** Which files are checked; articles by default. */
  applies?: (path: string) => boolean;
}

export default function remarkSimplifiedText({ applies = isArticle }: SimplifiedTextOptions = {}) {
  return (tree: Root, file: VFile) => {
    if (!applies(file.path ?? '')) return;
    const found: string[] = [];
    let first: Paragraph | Heading | undefined;
    visit(tree, ['paragraph', 'heading'], (node) => {
      // A whole paragraph at a time: opencc judges a character by its neighbours (怎么 stays).
      const text = toString(node as Paragraph | Heading);
      const at = `第 ${node.position?.start.line ?? '?'} 行`;
      const traditional = traditionalOnly(text);
      if (traditional.length > 0) found.push(`${at}：繁体字“${traditional.join('、')}”`);
      const glosses = pinyinGlosses(text);
      if (glosses.length > 0) found.push(`${at}：拼音注音“${glosses.join('、')}”`);
      if (traditional.length + glosses.length > 0) first ??= node as Paragraph | Heading;
    });
    if (first) file.fail(`正文应为简体字，且不带拼音注音：\n  ${found.join('\n  ')}`, first);
  };
}
