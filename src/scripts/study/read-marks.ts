/**
 * Quiet marks on lists for what this browser has done (issue 13), drawn by study-page.ts:
 * - ✓ (已读 to a screen reader) on an article read to the end. A list item names its
 *   article with `data-article` (ArticleCard, a theme page's sources, a case page's
 *   material, related articles, the 课程包 page's items); an item naming several
 *   (`data-article="a b"`) is marked once all of them were read;
 * - ✓ 已完成自测 on a theme whose self-check was answered in full (`data-selftest` with its slug: the theme
 *   lists of the home page and of themes/).
 * The mark goes inside the item's `[data-read-slot]` when it has one, else right after its
 * first link.
 */
import { isDone } from '../../lib/study/marks.ts';

export const MARK_CLASS = 'read-mark';

function mark(label: string, shown: boolean): HTMLElement {
  const span = document.createElement('span');
  span.className = MARK_CLASS;
  const tick = document.createElement('span');
  tick.setAttribute('aria-hidden', 'true');
  tick.textContent = shown ? '✓ ' : '✓';
  const text = document.createElement('span');
  if (!shown) text.className = 'visually-hidden';
  text.textContent = label;
  span.append(tick, text);
  return span;
}

/**
 * Marks every item under `root` carrying `data-<attr>` whose slugs are all in `done` and that
 * has no mark yet. `shown`: the label is visible beside the ✓ (else read only by screen readers).
 */
export function drawMarks(root: ParentNode, attr: 'article' | 'selftest', done: ReadonlySet<string>, label: string, shown = false): void {
  for (const item of root.querySelectorAll<HTMLElement>(`[data-${attr}]`)) {
    if (!isDone(item.dataset[attr], done) || item.querySelector(`.${MARK_CLASS}`)) continue;
    const slot = item.querySelector('[data-read-slot]');
    const link = item.querySelector('a');
    if (slot) slot.append(mark(label, shown));
    else if (link) link.after(mark(label, shown));
    else item.append(mark(label, shown));
  }
}
