/**
 * What the per-spot control cluster does (src/lib/pack/cluster.ts), loaded by the share
 * script on the first click of a 更多操作 (⋯) or 整页加入课程包 button, so a page carries
 * none of it until then. A standalone file (no exports): the share script sends it a
 * `dj:act` event from the button clicked.
 *
 * ⋯ opens a small menu of ACTIONS for its spot (the anchor of the ¶/# link just before it).
 * Issue 13 adds 划线 and 写笔记 on article paragraphs, whose code (study-notes.ts) loads on
 * their first use. The menu follows the button in the page (so Tab goes through it), Esc or a click elsewhere closes it and focus returns.
 */
import { itemAt, itemKey, type PackItem } from '../lib/pack/address.ts';
import { addItem, hasItem, loadPack, removeItem, savePack } from '../lib/pack/store.ts';
import { loadNotes, notesAt } from '../lib/study/notes.ts';
import { articleSlug, paragraph, type NoteRequest } from './study/spots.ts';
// 学习笔记's code, loaded on the first 划线 or 写笔记 (as this file is by the share script).
import studyNotes from './study-notes.ts?worker&url';
// A theme's 自测 (issue 13): its 核对 button reaches here through the share script like ⋯ does,
// and loads its own script on first use (standalone, as study-page.ts: `?worker&url`).
import selfTest from './self-test.ts?worker&url';
import { BASE, localStore } from './browser.ts';

type Say = (message: string) => void;

/** A spot of the page that actions work on. */
export interface Spot {
  anchor: string;
  /** The 课程包 item of the spot, when it can go in a pack. */
  item?: PackItem | undefined;
  button: HTMLButtonElement;
  /** The status line. */
  say: Say;
}

export interface BlockAction {
  /** Whether the action applies to the spot (else it is not listed). */
  applies(spot: Spot): boolean;
  label(spot: Spot): string;
  /** Does it; returns what the status line says. */
  run(spot: Spot): string;
}

const packHref = `${BASE}pack/`;
const memory = new Map<string, string>();
const store = () => localStore() ?? { getItem: (k: string) => memory.get(k) ?? null, setItem: (k: string, v: string) => void memory.set(k, v), removeItem: (k: string) => void memory.delete(k) };

/** The header's 课程包 link and count (Base.astro), kept in step with the pack. */
export function showCount(n: number): void {
  const html = document.documentElement;
  if (n) html.setAttribute('data-pack', '');
  else html.removeAttribute('data-pack');
  const count = document.querySelector('.pack-count');
  if (count) count.textContent = `${n}`;
}

/** Adds the item to the pack being edited, or takes it out; says what it did. */
export function togglePack(item: PackItem): string {
  let pack = loadPack(store());
  const key = itemKey(item);
  const had = hasItem(pack, key);
  pack = had ? removeItem(pack, key) : addItem(pack, item);
  if (!had && !hasItem(pack, key)) return '课程包已满（最多 100 项），未能加入。';
  const saved = savePack(store(), pack);
  showCount(pack.items.length);
  const where = saved ? '' : '（此浏览器不允许保存，离开本页后不会保留）';
  return had ? `已从课程包移出，还有 ${pack.items.length} 项${where}。` : `已加入课程包，共 ${pack.items.length} 项${where}。`;
}

export const ACTIONS: BlockAction[] = [
  {
    applies: (spot) => !!spot.item,
    label: (spot) => (hasItem(loadPack(store()), itemKey(spot.item!)) ? '移出课程包' : '加入课程包'),
    run: (spot) => togglePack(spot.item!),
  },
  // 学习笔记 (issue 13): on an article's paragraphs; study-notes.ts says what it did, or opens the editor.
  {
    applies: (spot) => !!articleSlug() && !!paragraph(spot.anchor),
    label: (spot) => (notesHere(spot).some((n) => n.marked) ? '取消划线' : '划线'),
    run: (spot) => askNotes({ act: 'mark', para: spot.anchor, say: spot.say }),
  },
  {
    applies: (spot) => !!articleSlug() && !!paragraph(spot.anchor),
    label: (spot) => (notesHere(spot).some((n) => n.note.trim()) ? '编辑笔记' : '写笔记'),
    run: (spot) => askNotes({ act: 'edit', para: spot.anchor, say: spot.say, back: spot.button }),
  },
];

const notesHere = (spot: Spot) => notesAt(loadNotes(store()), articleSlug()!, spot.anchor);
let notesCode: Promise<unknown> | undefined;
function askNotes(detail: NoteRequest): string {
  void (notesCode ??= import(/* @vite-ignore */ studyNotes)).then(() => document.dispatchEvent(new CustomEvent('dj:note', { detail })));
  return '';
}

let open: { menu: HTMLElement; button: HTMLButtonElement } | undefined;

function close(focus: boolean): void {
  if (!open) return;
  const { menu, button } = open;
  open = undefined;
  menu.remove();
  button.setAttribute('aria-expanded', 'false');
  if (focus) button.focus();
}

function place(menu: HTMLElement, button: HTMLElement): void {
  const box = button.getBoundingClientRect();
  const parent = (menu.offsetParent ?? document.documentElement).getBoundingClientRect();
  const width = menu.offsetWidth;
  const left = Math.max(8, Math.min(box.right - width, document.documentElement.clientWidth - width - 8));
  menu.style.left = `${left - parent.left}px`;
  menu.style.top = `${box.bottom + 4 - parent.top}px`;
}

function openMenu(button: HTMLButtonElement, say: Say): void {
  const link = button.previousElementSibling;
  const anchor = link?.getAttribute('href')?.slice(1) ?? '';
  const spot: Spot = { anchor, item: itemAt(location.pathname, BASE, anchor), button, say };
  const menu = document.createElement('div');
  menu.className = 'block-menu';
  menu.setAttribute('role', 'group');
  menu.setAttribute('aria-label', ACTIONS_NAME);
  for (const action of ACTIONS.filter((a) => a.applies(spot))) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = action.label(spot);
    b.addEventListener('click', () => {
      say(action.run(spot));
      close(true);
    });
    menu.append(b);
  }
  const view = document.createElement('a');
  view.href = packHref;
  view.textContent = `查看课程包（${loadPack(store()).items.length} 项）`;
  menu.append(view);
  if (articleSlug() && paragraph(anchor)) {
    const notes = document.createElement('a');
    notes.href = `${BASE}notes/`;
    notes.textContent = '查看学习笔记';
    menu.append(notes);
  }
  button.after(menu);
  button.setAttribute('aria-expanded', 'true');
  open = { menu, button };
  place(menu, button);
  menu.querySelector<HTMLElement>('button, a')?.focus();
}

const ACTIONS_NAME = '这一处的操作';

let listening = false;
function listen(): void {
  if (listening) return;
  listening = true;
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && open) {
      e.preventDefault();
      close(true);
    }
  });
  document.addEventListener('pointerdown', (e) => {
    if (open && !open.menu.contains(e.target as Node) && e.target !== open.button) close(false);
  });
  document.addEventListener('focusin', (e) => {
    if (open && !open.menu.contains(e.target as Node) && e.target !== open.button) close(false);
  });
  addEventListener('resize', () => close(false));
}

let selfTestLoaded: Promise<unknown> | undefined;

/** The share script's entry: a click on ⋯, on 整页加入课程包, or on a 自测 question's 核对. */
function act(el: HTMLElement, say: Say): void {
  if (el.matches('[data-self-test]')) {
    void (selfTestLoaded ??= import(/* @vite-ignore */ selfTest)).then(() => el.dispatchEvent(new CustomEvent('dj:self-test', { bubbles: true })));
    return;
  }
  listen();
  if (el.matches('.page-act')) {
    // Adds only: the button says the same before and after, so it never takes a page out.
    const item = itemAt(location.pathname, BASE);
    if (!item) return;
    const at = loadPack(store()).items.findIndex((i) => itemKey(i) === itemKey(item));
    say(at >= 0 ? `整页已在课程包中（第 ${at + 1} 项）。` : togglePack(item));
    return;
  }
  const button = el as HTMLButtonElement;
  if (open?.button === button) close(true);
  else {
    close(false);
    openMenu(button, say);
  }
}

// The share script sends `dj:act` from the button clicked, with its status line's `say`.
document.addEventListener('dj:act', (e) => act(e.target as HTMLElement, (e as CustomEvent<Say>).detail));
