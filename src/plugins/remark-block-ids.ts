/**
 * Reads the trailing ` ^id` marker of each paragraph and heading (see src/lib/content/blocks.ts),
 * removes it from the text and puts it on the element as its `id`. A malformed or repeated
 * id stops the build with the file and line; in articles, a block without an id does too,
 * because lecturers link to paragraphs and an unnumbered one could not be linked for good.
 */
import type { Heading, Paragraph, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import type {} from 'mdast-util-to-hast'; // declares data.hProperties on mdast nodes
import { visit } from 'unist-util-visit';
import { isBlockId, splitMarker } from '../lib/content/blocks.ts';
import { isArticle } from '../knowledge/files.ts';

export interface BlockIdOptions {
  /** Whether every paragraph and heading of this file must carry an id. */
  required?: (path: string) => boolean;
}


export default function remarkBlockIds(options: BlockIdOptions = {}) {
  const required = options.required ?? isArticle;
  return (tree: Root, file: VFile) => {
    const seen = new Map<string, number>();
    const mustHave = required(file.path ?? '');
    visit(tree, ['paragraph', 'heading'], (node) => {
      const block = node as Paragraph | Heading;
      const line = block.position?.start.line;
      const last = block.children.at(-1);
      const { text, id } = last?.type === 'text' ? splitMarker(last.value) : { text: '' };
      if (id === undefined) {
        if (mustHave) file.fail(`段落或标题缺少编号：请在末尾加上“ ^编号”（如 ^s1-p2）`, block);
        return;
      }
      if (!isBlockId(id)) file.fail(`编号“${id}”格式不对：应为 s1、s1-2 或 s1-p3 这样的形式`, block);
      const firstLine = seen.get(id);
      if (firstLine !== undefined) file.fail(`编号“${id}”重复：第 ${firstLine} 行已经用过`, block);
      seen.set(id, line ?? 0);
      (last as Text).value = text;
      if (text === '') block.children.pop();
      block.data = { ...block.data, hProperties: { ...block.data?.hProperties, id } };
    });
  };
}
