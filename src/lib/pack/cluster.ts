/**
 * The per-spot control cluster: after every 复制链接 mark (¶ or #) of a spot that can be
 * collected, a second control, 更多操作 (⋯), which opens a small menu of what can be done
 * with that spot. Today the menu has 加入课程包 / 移出课程包 (issue 12); notes and
 * highlighting (issue 13) add their entries to ACTIONS in src/scripts/block-actions.ts,
 * with no change to the markup.
 *
 * The button is in the built HTML, hidden; the share script (src/scripts/share.ts) shows it
 * with the page's other script-only controls ([data-js]) and, on the first click, loads the
 * menu's code. Without JavaScript nothing of it shows.
 */
export const ACTIONS_CLASS = 'block-act';
export const ACTIONS_LABEL = '更多操作';

/** Attributes of the button, for hast (rehype) and for Astro alike. */
export const actionsButton = { type: 'button', class: ACTIONS_CLASS, 'aria-label': ACTIONS_LABEL, 'aria-expanded': 'false', 'data-js': '', hidden: true } as const;
