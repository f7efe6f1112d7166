import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { renderMdx, renderMdxHeadings } from './pipeline.ts';

const path = 'tests/fixtures/content-ok/articles/x.mdx';
const html = async (mdx: string) => fromHtml(await renderMdx(mdx, path), { fragment: true });

/** Elements by tag name, class or id: `button.restored-mark`, `.restored-note`, `#restored-1`, `sup`. */
function selectAll(selector: string, tree: Root | Element): Element[] {
  const [, tag, kind, name] = /^([a-z]*)(?:([.#])([\w-]+))?$/.exec(selector)!;
  const found: Element[] = [];
  visit(tree, 'element', (e: Element) => {
    if (tag && e.tagName !== tag) return;
    if (kind === '.' && !(e.properties.className as string[] | undefined)?.includes(name!)) return;
    if (kind === '#' && e.properties.id !== name) return;
    found.push(e);
  });
  return found;
}
const select = (selector: string, tree: Root | Element): Element | undefined => selectAll(selector, tree)[0];
function toString(node: Root | Element): string {
  let text = '';
  visit(node, 'text', (t: { value: string }) => void (text += t.value));
  return text;
}

describe('rehype-content-components', () => {
  it('renders a restoration as text with a 校 button that opens its note (popover, no script)', async () => {
    const tree = await html('兼职师资<Restored original="??h" note="据上下文">。县</Restored>级财政。 ^s0-p1\n');
    expect(toString(select('.restored-text', tree)!)).toBe('。县');
    const button = select('button.restored-mark', tree)!;
    expect(button.properties).toMatchObject({ type: 'button', popoverTarget: 'restored-1', ariaLabel: '编者校补说明' });
    const note = select('#restored-1', tree)!;
    expect(note.properties).toMatchObject({ className: ['restored-note'], dataPagefindIgnore: 'all' });
    expect(note.properties.popover).toBeDefined();
    expect(toString(note)).toBe('编者校补：此处原文乱码，据上下文校补。原文作“??h”。依据：据上下文关闭');
    expect(select('button.restored-close', note)!.properties).toMatchObject({ popoverTarget: 'restored-1', popoverTargetAction: 'hide' });
  });

  it('numbers the restorations of a file, and leaves 依据 out without a note', async () => {
    const tree = await html('甲<Restored original="?">乙</Restored>丙<Restored original={"?\\"x"}>丁</Restored>。 ^s0-p1\n');
    expect(selectAll('.restored-note', tree).map((n) => n.properties.id)).toEqual(['restored-1', 'restored-2']);
    expect(toString(select('#restored-2', tree)!)).toBe('编者校补：此处原文乱码，据上下文校补。原文作“?"x”。关闭');
  });

  it('keeps a note’s text out of the heading’s text in the table of contents', async () => {
    const headings = await renderMdxHeadings('## 彰显“能扛重<Restored original="?fù)?dān)" note="证明原文是“重擔”">担</Restored>、能打硬仗” ^s3\n', path);
    expect(headings).toEqual([{ depth: 2, slug: 's3', text: '彰显“能扛重担、能打硬仗”' }]);
  });

  it('renders an unreadable spot loudly, and <sup>, <sub>, <abbr>, <br> as HTML', async () => {
    const tree = await html('前<Unreadable original="??" />后<sup>1</sup><sub>2</sub><abbr title="全称">简称</abbr><br />完。 ^s0-p1\n');
    expect(toString(select('mark.unreadable', tree)!)).toBe('【无法识读，待编者校补：??】');
    expect(select('sup', tree) && select('sub', tree) && select('br', tree)).toBeTruthy();
    expect(select('abbr', tree)!.properties.title).toBe('全称');
  });
});
