/**
 * The 课程包 page (/pack/, src/pages/pack.astro), loaded by the page's tiny script on open.
 *
 * The pack comes from the address (src/lib/pack/address.ts), or, with none, from the pack
 * being edited on this device (src/lib/pack/store.ts). Its items' text comes from the small
 * data files of src/lib/pack/data.ts, each fetched once. Everything a reader or an address
 * supplies is put in the page as text (textContent, attributes), never as markup.
 *
 * The pack being edited on this device can be retitled, reordered, annotated, cut and
 * cleared here; each edit is kept on the device and written into the address bar, so the
 * address is always the pack. A pack opened from someone else's address is shown as it is,
 * with a button to edit it here instead.
 */
import { itemKey, packHref, parsePack, serialisePack, MAX_NOTE, MAX_TITLE, type Pack, type PackItem } from '../lib/pack/address.ts';
import { firstSentence, followMoves, packFiles, resolveItem, MOVED_FILE, type Shown } from '../lib/pack/data.ts';
import { loadPack, moveItem, removeItem, savePack } from '../lib/pack/store.ts';
import { isoDate } from '../lib/links/citation.ts';
import { startPresenting } from './pack-present.ts';
// The QR code's drawing, with the `qrcode` library, in a file of its own, loaded once the
// pack is shown: it answers `dj:qr` on the code's box (src/scripts/pack-qr.ts).
import qrScript from './pack-qr.ts?worker&url';
import { BASE } from './browser.ts';

const root = document.querySelector<HTMLElement>('.pack-page')!;
const list = root.querySelector<HTMLOListElement>('.pack-items')!;
const status = root.querySelector<HTMLElement>('.pack-status')!;

const storage = (() => {
  try {
    localStorage.getItem('x');
    return localStorage;
  } catch {
    const m = new Map<string, string>();
    return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) };
  }
})();

// ---- which pack ------------------------------------------------------------------------

const query = new URLSearchParams(location.search);
const fromAddress = /(?:^|[?&])(?:i|t)=/.test(location.search);
const parsed = parsePack(location.search);
let pack: Pack = fromAddress ? parsed.pack : loadPack(storage);
/** Editing the pack kept on this device (else showing one from an address). */
let editing = !fromAddress || serialisePack(parsed.pack) === serialisePack(loadPack(storage));
const problems = fromAddress ? parsed.problems : [];
const bad = fromAddress ? parsed.bad : [];

// ---- data ------------------------------------------------------------------------------

/** File → its JSON; null: the site has no such file; 'offline': it could not be fetched. */
const files = new Map<string, unknown>();
async function fetchFiles(items: PackItem[]): Promise<void> {
  await Promise.all(
    packFiles(items)
      .filter((f) => !files.has(f))
      .map(async (f) => {
        try {
          const r = await fetch(`${BASE}${f}`);
          files.set(f, r.ok ? await r.json() : r.status === 404 ? null : 'offline');
        } catch {
          files.set(f, 'offline');
        }
      }),
  );
}
const loaded = { get: (f: string) => (files.get(f) === 'offline' ? undefined : files.get(f) ?? undefined) };
/** Moved addresses (content/redirects.yaml), fetched only when some item's files are missing. */
let moved: Record<string, string> = {};
const where = (item: PackItem) => followMoves(item, moved);
const unreachable = (item: PackItem) => packFiles([where(item)]).some((f) => files.get(f) === 'offline');
const shown = (item: PackItem): Shown => resolveItem(where(item), loaded);

/** The items' files; for items whose page is not there, the moved addresses, and their files. */
async function load(items: PackItem[]): Promise<void> {
  await fetchFiles(items);
  if (!items.some((i) => packFiles([i]).some((f) => files.get(f) === null))) return;
  try {
    const r = await fetch(`${BASE}${MOVED_FILE}`);
    if (r.ok) moved = (await r.json()) as Record<string, string>;
  } catch {
    // Offline: the items show as they can.
  }
  await fetchFiles(items.map(where));
}

// ---- the page --------------------------------------------------------------------------

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
};

const address = () => new URL(packHref(pack, BASE), location.href).href;
/** The page's own address for the pack: with v=present while projecting. */
const here = (present = query.get('v') === 'present') => {
  const q = serialisePack(pack);
  return `${BASE}pack/${q}${present ? `${q ? '&' : '?'}v=present` : ''}`;
};

function say(message: string): void {
  status.textContent = message;
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = el('textarea', { class: 'visually-hidden' });
    area.value = text;
    document.body.append(area);
    area.select();
    const done = document.execCommand('copy');
    area.remove();
    return done;
  }
}

/** The title as shown: the pack's own, or a plain default. */
const titleText = () => pack.title || '未命名课程包';

function renderHead(): void {
  root.querySelector('#pack-title')!.textContent = titleText();
  document.title = `${titleText()} · 课程包 · 基层党建案例库`;
  root.querySelector('.pack-count-line')!.textContent = `共 ${pack.items.length} 项 · ${isoDate(new Date())}`;
  root.querySelector('.pack-url')!.textContent = address();
  const titleInput = root.querySelector<HTMLInputElement>('#pack-title-input')!;
  if (document.activeElement !== titleInput) titleInput.value = pack.title;
  root.querySelector<HTMLElement>('.pack-editor')!.hidden = !editing;
  root.querySelector<HTMLElement>('.pack-foreign')!.hidden = editing;
  root.querySelector<HTMLElement>('.pack-editor-tail')!.hidden = !editing || !pack.items.length;
  const local = loadPack(storage).items.length;
  root.querySelector('.pack-foreign-note')!.textContent = local ? `（会替换本机正在编辑的 ${local} 项课程包）` : '';
  root.querySelector<HTMLElement>('.pack-empty')!.hidden = pack.items.length > 0 || bad.length > 0;
  root.dataset.mode = editing ? 'edit' : 'view';
  void drawQr();
}

function renderProblems(): void {
  const box = root.querySelector<HTMLElement>('.pack-problems')!;
  box.replaceChildren(...problems.map((p) => el('li', {}, p)));
  box.hidden = problems.length === 0;
}

function itemNode(item: PackItem, index: number): HTMLLIElement {
  const li = el('li', { class: 'pack-item', id: `item-${index + 1}` });
  const s = shown(item);
  const number = `第 ${index + 1} 项`;
  if (!s.found) {
    li.classList.add('pack-missing');
    li.append(
      el('p', { class: 'pack-kind' }, number),
      el('p', { class: 'pack-missing-text' }, unreachable(item) ? '暂时取不到这一项（可能没有网络），联网后再打开本页。' : '这一段已不在本站。'),
      el('p', { class: 'pack-source small' }, `地址所指：${itemKey(item)}`),
    );
  } else {
    li.dataset.kind = s.kind;
    // An article or a passage of one: study-page.ts marks it ✓ once the article was read.
    const article = /^articles\/([a-z0-9-]+)$/.exec(item.path)?.[1];
    if (article) li.dataset.article = article;
    li.append(el('p', { class: 'pack-kind', 'data-read-slot': '' }, `${number} · ${s.kind}`));
    if (s.heading) li.append(el('h2', { class: 'pack-heading' }, s.heading));
    for (const p of s.paragraphs) li.append(el('p', { class: 'pack-text' }, p));
    if (s.list?.length) {
      const ol = el(s.question ? 'ol' : 'ul', { class: 'pack-list' });
      ol.append(...s.list.map((x) => el('li', {}, x)));
      li.append(ol);
    }
    const source = el('p', { class: 'pack-source small' }, `出处：${s.source} · `);
    source.append(el('a', { href: `${BASE}${s.at}` }, '在本站查看'));
    if (s.original) source.append(' · ', el('a', { href: `${BASE}${s.original}` }, '见原文'));
    li.append(source);
    if (s.question) {
      // Ruled lines for answers, after the source, on paper only (pack.css).
      const lines = el('div', { class: 'answer-lines', 'aria-hidden': 'true' });
      lines.append(...Array.from({ length: s.list?.length ? Math.min(8, s.list.length * 2) : 4 }, () => el('span')));
      li.append(lines);
    }
  }
  if (item.note) placeNote(li, item.note);
  if (editing) li.append(editControls(item, index));
  return li;
}

/** The lecturer's note, after the item's text and before its source (and its ruled lines). */
function placeNote(li: Element, note: string): void {
  li.querySelector('.pack-note')?.remove();
  if (!note) return;
  const p = el('p', { class: 'pack-note' }, `备注：${note}`);
  const before = li.querySelector('.pack-source, .pack-edit');
  if (before) before.before(p);
  else li.append(p);
}

function editControls(item: PackItem, index: number): HTMLElement {
  const box = el('div', { class: 'pack-edit' });
  const n = index + 1;
  const button = (label: string, aria: string, action: string, disabled = false) => {
    const b = el('button', { type: 'button', 'aria-label': aria, 'data-edit': action, 'data-index': `${index}` }, label);
    b.disabled = disabled;
    return b;
  };
  const id = `note-${n}`;
  const label = el('label', { for: id }, `第 ${n} 项备注`);
  const input = el('input', { id, type: 'text', maxlength: `${MAX_NOTE}`, 'data-note': `${index}`, placeholder: '如：讨论5分钟' });
  input.value = item.note ?? '';
  box.append(
    button('上移', `上移第 ${n} 项`, 'up', index === 0),
    button('下移', `下移第 ${n} 项`, 'down', index === pack.items.length - 1),
    button('移除', `移除第 ${n} 项`, 'remove'),
    el('span', { class: 'pack-note-field' }),
  );
  box.lastElementChild!.append(label, input);
  return box;
}

/**
 * The control the reader is on in the list, to be found again once the list is drawn anew
 * (which it is when the data files arrive, on a slow network after the reader may have started
 * editing): a note field by its id, an edit button by what it does to which item.
 */
function focusedInList(): { selector: string; selection?: [number | null, number | null] } | undefined {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || !list.contains(active)) return undefined;
  if (active instanceof HTMLInputElement) return { selector: `#${CSS.escape(active.id)}`, selection: [active.selectionStart, active.selectionEnd] };
  return active.dataset.edit ? { selector: `[data-edit="${active.dataset.edit}"][data-index="${active.dataset.index}"]` } : undefined;
}

/** Saves the note being typed, as leaving its field would, before the list is drawn anew. */
function saveNoteBeingTyped(): void {
  const active = document.activeElement;
  if (active instanceof HTMLInputElement && list.contains(active) && active.dataset.note !== undefined) active.dispatchEvent(new Event('change', { bubbles: true }));
}

function renderItems(): void {
  saveNoteBeingTyped();
  const focused = focusedInList();
  const nodes = pack.items.map(itemNode);
  // Items the address asked for that are no address of ours, in their place.
  for (const b of bad) {
    const li = el('li', { class: 'pack-item pack-missing' });
    li.append(el('p', { class: 'pack-missing-text' }, '这一项不是本站的地址，无法显示。'), el('p', { class: 'pack-source small' }, `地址所指：${b.raw || '（空）'}`));
    nodes.splice(Math.min(b.index, nodes.length), 0, li);
  }
  list.replaceChildren(...nodes);
  if (!focused) return;
  const again = list.querySelector<HTMLElement>(focused.selector);
  again?.focus();
  if (again instanceof HTMLInputElement && focused.selection) again.setSelectionRange(...focused.selection);
}

function render(): void {
  renderHead();
  renderProblems();
  renderItems();
}

/**
 * After an edit: keep it, put it in the address, show it. `all`: the list is drawn again
 * (order or items changed); a title or a note changes only its own lines, so focus stays
 * where the reader is (Tab out of a note field goes on to the next control).
 */
function changed(message?: string, focus?: string, all = true): void {
  savePack(storage, pack);
  history.replaceState(history.state, '', here());
  const count = document.querySelector('.pack-count');
  if (count) count.textContent = `${pack.items.length}`;
  document.documentElement.toggleAttribute('data-pack', pack.items.length > 0);
  if (all) render();
  else renderHead();
  if (message) say(message);
  if (focus) root.querySelector<HTMLElement>(focus)?.focus();
}

// ---- QR code, drawn here with the library the build uses (loaded with this page's code) ----

let qrLoaded: Promise<unknown> | undefined;
async function drawQr(): Promise<void> {
  const box = root.querySelector<HTMLElement>('.pack-qr')!;
  if (box.dataset.url === address()) return;
  box.dataset.url = address();
  await (qrLoaded ??= import(/* @vite-ignore */ qrScript));
  box.dispatchEvent(new Event('dj:qr'));
}

// ---- what the buttons do -----------------------------------------------------------------

function asText(): string {
  const lines = [`《${titleText()}》`];
  pack.items.forEach((item, i) => {
    const s = shown(item);
    const text = s.found ? firstSentence(s.heading && !s.paragraphs.length ? s.heading : s.paragraphs[0] ?? s.heading ?? '') : '这一段已不在本站';
    lines.push(`${i + 1}. ${text}${s.found ? `（${s.source}）` : ''}${item.note ? ` 备注：${item.note}` : ''}`);
  });
  lines.push(`课程包链接：${address()}`);
  return lines.join('\n');
}

function present(): void {
  startPresenting({
    title: titleText(),
    items: pack.items.map((item) => ({ item, shown: shown(item) })),
    exit: () => {
      query.delete('v');
      history.replaceState(history.state, '', here(false));
      root.querySelector<HTMLElement>('[data-act="present"]')?.focus();
    },
  });
}

root.addEventListener('click', (e) => {
  const b = (e.target as Element).closest<HTMLButtonElement>('button');
  if (!b) return;
  const act = b.dataset.act;
  const edit = b.dataset.edit;
  if (act === 'copy-link') void copy(address()).then((ok) => say(ok ? `已复制课程包链接：${address()}` : '无法自动复制，请复制地址栏中的链接。'));
  else if (act === 'copy-text') void copy(asText()).then((ok) => say(ok ? '已复制为文字，可粘贴到微信或通知中。' : '无法自动复制。'));
  else if (act === 'print') window.print();
  else if (act === 'present') {
    query.set('v', 'present');
    history.replaceState(history.state, '', here(true));
    present();
  } else if (act === 'clear') {
    if (!b.dataset.confirm) {
      b.dataset.confirm = '1';
      b.textContent = '再按一次确认清空';
      return;
    }
    pack = { title: '', items: [] };
    changed('课程包已清空。', '#pack-title-input');
  } else if (act === 'adopt') {
    editing = true;
    bad.length = 0;
    problems.length = 0;
    changed('现在可以在本机编辑这个课程包。', '#pack-title-input');
  } else if (edit) {
    const index = Number(b.dataset.index);
    const key = itemKey(pack.items[index]!);
    if (edit === 'remove') {
      pack = removeItem(pack, key);
      const next = Math.min(index, pack.items.length - 1);
      changed(`已移除第 ${index + 1} 项。`, next >= 0 ? `#item-${next + 1} [data-edit="remove"]` : '#pack-title-input');
    } else {
      const by = edit === 'up' ? -1 : 1;
      pack = moveItem(pack, index, by);
      const to = Math.max(0, Math.min(pack.items.length - 1, index + by));
      const focus = to === 0 ? 'down' : to === pack.items.length - 1 ? 'up' : edit;
      changed(`第 ${index + 1} 项已移到第 ${to + 1} 项。`, `#item-${to + 1} [data-edit="${focus}"]`);
    }
  }
});

root.addEventListener('change', (e) => {
  const input = e.target as HTMLInputElement;
  if (input.id === 'pack-title-input') {
    pack = { ...pack, title: input.value.trim().slice(0, MAX_TITLE) };
    changed('标题已保存。', undefined, false);
  } else if (input.dataset.note !== undefined) {
    const index = Number(input.dataset.note);
    const note = input.value.trim().slice(0, MAX_NOTE);
    pack = { ...pack, items: pack.items.map((it, i) => (i === index ? { path: it.path, ...(it.anchor ? { anchor: it.anchor } : {}), ...(note ? { note } : {}) } : it)) };
    changed(`第 ${index + 1} 项备注已保存。`, undefined, false);
    placeNote(root.querySelector(`#item-${index + 1}`)!, note);
  }
});
// Enter in the title field saves it at once.
root.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.target as HTMLElement).matches('input')) (e.target as HTMLInputElement).dispatchEvent(new Event('change', { bubbles: true }));
});
addEventListener('beforeprint', () => void drawQr());

// ---- start -------------------------------------------------------------------------------

for (const e of root.querySelectorAll<HTMLElement>('[data-no-js]')) e.hidden = true;
for (const e of root.querySelectorAll<HTMLElement>('[data-js]')) e.hidden = false;
if (editing && !fromAddress) history.replaceState(history.state, '', here());
render();
root.dataset.state = 'loading';
void load(pack.items).then(() => {
  render();
  root.dataset.state = 'ready';
  if (query.get('v') === 'present') present();
});
