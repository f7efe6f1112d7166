/**
 * The quiet ✓ on article lists for the articles this browser has read to the end (issue 13),
 * drawn by study-page.ts. A list item names its article with `data-article` (ArticleCard,
 * a theme page's sources, a case page's material, the 课程包 page's items); an item naming
 * several (`data-article="a b"`) is marked once all of them were read. The mark goes inside
 * the item's `[data-read-slot]` when it has one, else right after its first link; it reads
 * 已读 to a screen reader.
 */
export const MARK_CLASS = 'read-mark';

/** Whether an item naming these articles (space-separated slugs) counts as read. */
export function isRead(articles: string | undefined, read: ReadonlySet<string>): boolean {
  const slugs = (articles ?? '').split(/\s+/).filter(Boolean);
  return slugs.length > 0 && slugs.every((s) => read.has(s));
}

function mark(): HTMLElement {
  const span = document.createElement('span');
  span.className = MARK_CLASS;
  const tick = document.createElement('span');
  tick.setAttribute('aria-hidden', 'true');
  tick.textContent = '✓';
  const text = document.createElement('span');
  text.className = 'visually-hidden';
  text.textContent = '已读';
  span.append(tick, text);
  return span;
}

/** Marks every item under `root` whose articles were read and that has no mark yet. */
export function drawReadMarks(root: ParentNode, read: ReadonlySet<string>): void {
  for (const item of root.querySelectorAll<HTMLElement>('[data-article]')) {
    if (!isRead(item.dataset.article, read) || item.querySelector(`.${MARK_CLASS}`)) continue;
    const slot = item.querySelector('[data-read-slot]');
    const link = item.querySelector('a');
    if (slot) slot.append(mark());
    else if (link) link.after(mark());
    else item.append(mark());
  }
}
