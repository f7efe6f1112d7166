/**
 * 学习笔记 (/notes/, src/pages/notes.astro), loaded by the page's tiny script on open: the
 * 学习记录, then every note by article in the site's order, each with its paragraph as it
 * reads now (from the pack data files, src/lib/pack/data.ts; the text kept with the note when
 * they cannot be fetched), 原文已修订 with both texts when the paragraph changed, the date, a
 * link back, 编辑 and 删除 (with 撤销). Everything is read from and written to this browser's
 * storage only; what the reader wrote is put in the page as text, never as markup.
 */
import { groupByArticle, isRevised, removeNote, upsertNote, type Note } from '../lib/study/notes.ts';
import { loadSlugs } from '../lib/study/record.ts';
import { articlesInOrder, noteDate, parasInOrder, studyRecord, type NotesSite } from '../lib/study/notes-view.ts';
import { fetchArticles, paragraphsNow, type Articles } from './study/articles.ts';
import { noteStore, readNotes, writeNotes, SAVE_FAILED } from './study/note-store.ts';
import { noteEditor } from './study/note-editor.ts';
import { BASE, el } from './browser.ts';

const root = document.querySelector<HTMLElement>('.notes-page')!;
const site = JSON.parse(root.dataset.site ?? '{}') as NotesSite;
const groupsBox = root.querySelector<HTMLElement>('.notes-groups')!;
const status = root.querySelector<HTMLElement>('.notes-status')!;
/** The articles the notes are on (their pack data files), fetched with the paragraphs' texts. */
let articles: Articles = new Map();
/** Whether the site has the article: true until its data file says it does not. */
const exists = (slug: string) => articles.get(slug) !== null;
const titleOf = (slug: string) => articles.get(slug)?.title;

for (const e of root.querySelectorAll<HTMLElement>('[data-no-js]')) e.hidden = true;
for (const e of root.querySelectorAll<HTMLElement>('[data-js]')) e.hidden = false;

let notes = readNotes();

// ---- the paragraphs as they read now ---------------------------------------------------

/** A note → its paragraph as it reads now (src/scripts/study/articles.ts); not known until fetched. */
let now: (n: Note) => string | null | undefined = () => undefined;
async function fetchTexts(): Promise<void> {
  articles = await fetchArticles(notes.map((n) => n.article));
  now = await paragraphsNow(notes, articles);
}

// ---- 学习记录 ----------------------------------------------------------------------------

function drawRecord(): void {
  const store = noteStore();
  const lines = studyRecord(site, loadSlugs(store, 'read'), loadSlugs(store, 'selftest'), notes);
  root.querySelector('.notes-record-list')!.replaceChildren(...lines.map((line) => el('li', { textContent: line })));
}

// ---- the notes -------------------------------------------------------------------------

const quote = (text: string, cls = '') => el('blockquote', { className: `note-quote ${cls}`.trim() }, el('p', { textContent: text }));

function item(n: Note): HTMLLIElement {
  const li = el('li', { className: 'note-item', id: `note-${n.id}` });
  const current = now(n);
  const at = `${BASE}articles/${n.article}/#${n.para}`;
  if (current === null) {
    li.append(el('p', { className: 'note-flag', textContent: exists(n.article) ? '这一段已不在文章中，下面是记笔记时的原文：' : '这篇文章已不在本站，下面是记笔记时的原文：' }), quote(n.text, n.marked ? 'is-marked' : ''));
  } else if (current !== undefined && isRevised(n, current)) {
    li.append(
      el('p', { className: 'note-flag' }, el('strong', { textContent: '原文已修订' }), '：这一段在记笔记之后改过，两种文字都在这里。'),
      el('p', { className: 'note-quote-label', textContent: '记笔记时：' }),
      quote(n.text, 'is-then'),
      el('p', { className: 'note-quote-label', textContent: '现在：' }),
      quote(current, n.marked ? 'is-marked' : ''),
    );
  } else {
    li.append(quote(current ?? n.text, n.marked ? 'is-marked' : ''));
  }
  const body = el('div', { className: 'note-body' });
  if (n.note.trim()) body.append(el('p', { className: 'note-label', textContent: '我的笔记' }), el('p', { className: 'note-text', textContent: n.note }));
  else body.append(el('p', { className: 'note-label', textContent: '已划线，未写笔记' }));
  const time = el('time', { dateTime: n.updated, textContent: noteDate(n.updated) });
  const meta = el('p', { className: 'note-meta small' }, n.updated !== n.created ? '修改于 ' : '记于 ', time);
  if (current !== null) meta.append(' · ', el('a', { href: at, textContent: '回到原文' }));
  const edit = el('button', { type: 'button', className: 'note-edit', textContent: n.note.trim() ? '编辑' : '写笔记' });
  const del = el('button', { type: 'button', className: 'note-delete', textContent: '删除' });
  edit.addEventListener('click', () => startEdit(n, li, body, actions));
  del.addEventListener('click', () => remove(n));
  const actions = el('p', { className: 'note-actions' }, edit, del);
  li.append(body, meta, actions);
  return li;
}

function draw(): void {
  drawRecord();
  const marked = notes.filter((n) => n.marked).length;
  root.querySelector('.notes-count')!.textContent = notes.length ? `共 ${notes.length} 条（其中划线 ${marked} 段），按文章顺序排列。` : '';
  root.querySelector<HTMLElement>('.notes-empty')!.hidden = notes.length > 0;
  const groups = groupByArticle(notes, articlesInOrder(notes, (a) => articles.get(a)?.order), (article) => parasInOrder(notes, article));
  groupsBox.replaceChildren(
    ...groups.map(({ article, notes: list }) => {
      const title = titleOf(article) ?? (list[0]!.title || article);
      const h = el('h3', { id: `notes-${article}` }, exists(article) ? el('a', { href: `${BASE}articles/${article}/`, textContent: title }) : title);
      return el('section', { className: 'notes-article' }, h, el('ol', { className: 'notes-items' }, ...list.map(item)));
    }),
  );
}

// ---- editing, deleting -----------------------------------------------------------------

const focusItem = (id: string, which = '.note-edit') => document.querySelector<HTMLElement>(`#note-${CSS.escape(id)} ${which}`)?.focus();
const alertBox = () => {
  let box = root.querySelector<HTMLElement>('.notes-alert');
  if (!box) {
    box = el('div', { className: 'notes-alert notice' });
    box.setAttribute('role', 'alert');
    status.before(box);
  }
  return box;
};
const say = (message: string) => {
  root.querySelector('.notes-alert')?.remove();
  status.textContent = message;
};

function startEdit(n: Note, li: HTMLElement, body: HTMLElement, actions: HTMLElement): void {
  body.hidden = true;
  actions.hidden = true;
  const editor = noteEditor({
    id: n.id,
    label: `我的笔记（${titleOf(n.article) ?? n.title}）`,
    initial: n.note,
    save: (text) => {
      const next = text || n.marked ? upsertNote(notes, { ...n, note: text, updated: new Date().toISOString() }) : removeNote(notes, n.id);
      if (!writeNotes(next)) return false;
      notes = next;
      return true;
    },
    done: (saved) => {
      if (!saved) {
        body.hidden = false;
        actions.hidden = false;
        actions.querySelector<HTMLElement>('.note-edit')?.focus();
        return;
      }
      draw();
      say(notes.some((x) => x.id === n.id) ? '笔记已保存（只在本机）。' : '笔记已删除。');
      if (notes.some((x) => x.id === n.id)) focusItem(n.id);
      else root.querySelector<HTMLElement>('#notes-list-h')?.focus();
    },
  });
  li.insertBefore(editor, body);
}

function remove(n: Note): void {
  const index = notes.findIndex((x) => x.id === n.id);
  const next = removeNote(notes, n.id);
  if (!writeNotes(next)) {
    alertBox().textContent = `${SAVE_FAILED}这条笔记没有删除。`;
    return;
  }
  notes = next;
  draw();
  say('已删除一条笔记。');
  root.querySelector('.notes-undo')?.remove();
  const undo = el('button', { type: 'button', className: 'notes-undo', textContent: '撤销删除' });
  undo.addEventListener('click', () => {
    const back = [...notes.slice(0, index), n, ...notes.slice(index)];
    if (!writeNotes(back)) {
      alertBox().textContent = `${SAVE_FAILED}没能撤销删除。笔记原文：${n.note || n.text}`;
      return;
    }
    notes = back;
    undo.remove();
    draw();
    say('已撤销删除。');
    focusItem(n.id);
  });
  status.after(undo);
  undo.focus();
}

// Another tab (an article page) changed the notes, or this page did (恢复 dispatches
// `dj:notes-changed` on document): show them as they are now.
const reread = () => {
  if (root.querySelector('.note-editor')) return;
  notes = readNotes();
  void fetchTexts().then(draw);
};
addEventListener('storage', (e) => (e.key === null || e.key.startsWith('dj:')) && reread());
document.addEventListener('dj:notes-changed', reread);

// study-page.ts (loaded by reader.ts) may record the article just read after this page drew.
document.addEventListener('dj:record', drawRecord);

draw();
void fetchTexts().then(() => {
  // Not under the reader's hands: an editor open keeps its place until it is closed.
  if (!root.querySelector('.note-editor')) draw();
  root.dataset.state = 'ready';
});
