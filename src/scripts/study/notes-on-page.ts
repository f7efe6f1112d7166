/**
 * 学习笔记 on an article page (issue 13): the paragraphs the reader marked (划线) drawn
 * highlighted, each note shown under its paragraph with 编辑笔记, 原文已修订 with both texts
 * when the paragraph changed since; and what the ⋯ menu's 划线 and 写笔记 do. Used by
 * study-notes.ts, the file study-page.ts (when notes are stored) and block-actions.ts (the
 * menu's 划线 and 写笔记) load; all the reader wrote goes into the page as text.
 */
import { isRevised, newId, normaliseText, notesAt, removeNote, textHash, upsertNote, type Note } from '../../lib/study/notes.ts';
import { articleFile, noteDate } from '../../lib/study/notes-view.ts';
import { readNotes, writeNotes, SAVE_FAILED } from './note-store.ts';
import { noteEditor } from './note-editor.ts';
import { paragraph } from './spots.ts';
import { BASE, el } from '../browser.ts';

const NOTES_PAGE = `${BASE}notes/`;

/**
 * Once a note is kept, the article's data file (title, order, reference fields) is fetched in
 * the background, so the service worker has it for /notes/ and its export with no network.
 */
const keepArticleData = (slug: string) => void fetch(`${BASE}${articleFile(slug)}`).catch(() => undefined);

/** The paragraph's text as the reader reads it: without the ¶ and ⋯ marks, term and restoration notes, 被引用于. */
export function paragraphText(p: HTMLElement): string {
  const copy = p.cloneNode(true) as HTMLElement;
  for (const e of copy.querySelectorAll('[popover], .permalink, .block-act, .block-menu, .cited-by, .restored-mark')) e.remove();
  return normaliseText(copy.textContent ?? '');
}

const title = () => document.querySelector('h1')?.firstChild?.textContent?.trim() ?? '';

/** Draws every note of the article: highlights, and the notes under their paragraphs. */
export function drawNotes(slug: string, notes: Note[] = readNotes()): void {
  for (const e of document.querySelectorAll('.para-notes')) e.remove();
  for (const e of document.querySelectorAll('.article-body .is-marked')) e.classList.remove('is-marked');
  const paras = new Set(notes.filter((n) => n.article === slug).map((n) => n.para));
  for (const id of paras) {
    const p = paragraph(id);
    if (!p) continue;
    const here = notesAt(notes, slug, id);
    const now = paragraphText(p);
    if (here.some((n) => n.marked)) p.classList.add('is-marked');
    const shown = here.filter((n) => n.note.trim() || isRevised(n, now));
    if (!shown.length) continue;
    const box = el('div', { className: 'para-notes' });
    box.setAttribute('role', 'note');
    box.setAttribute('aria-label', '我的笔记');
    box.dataset.for = id;
    for (const n of shown) {
      const one = el('div', { className: 'para-note' });
      if (n.note.trim()) one.append(el('p', { className: 'note-label' }, '我的笔记 · ', el('time', { dateTime: n.updated, textContent: noteDate(n.updated) })), el('p', { className: 'note-text', textContent: n.note }));
      if (isRevised(n, now)) {
        one.append(
          el('div', { className: 'para-notes-revised' },
            el('p', { className: 'note-flag' }, el('strong', { textContent: '原文已修订' }), `：${n.note.trim() ? '写这条笔记' : '划线'}之后，这一段改过。`),
            el('p', { className: 'note-quote-label', textContent: '当时：' }),
            el('blockquote', { className: 'note-quote is-then' }, el('p', { textContent: n.text })),
            el('p', { className: 'note-quote-label', textContent: '现在：' }),
            el('blockquote', { className: 'note-quote' }, el('p', { textContent: now })),
          ),
        );
      }
      const edit = el('button', { type: 'button', className: 'para-note-edit', textContent: n.note.trim() ? '编辑笔记' : '写笔记' });
      edit.addEventListener('click', () => editNote(slug, id, n.id));
      one.append(el('p', { className: 'note-actions' }, edit, el('a', { href: NOTES_PAGE, textContent: '全部笔记' })));
      box.append(one);
    }
    p.after(box);
  }
}

/** A new note (or mark) on the paragraph, with its text as it reads now. */
function fresh(slug: string, p: HTMLElement): Note {
  const now = new Date();
  const text = paragraphText(p);
  return { id: newId(now), article: slug, para: p.id, text, hash: textHash(text), title: title(), marked: false, note: '', created: now.toISOString(), updated: now.toISOString() };
}

/** 划线 / 取消划线; says what it did. */
export function toggleMark(slug: string, para: string): string {
  const p = paragraph(para);
  if (!p) return '';
  let notes = readNotes();
  const here = notesAt(notes, slug, para);
  const marked = here.some((n) => n.marked);
  const stamp = new Date().toISOString();
  if (marked) {
    for (const n of here.filter((x) => x.marked)) notes = n.note.trim() ? upsertNote(notes, { ...n, marked: false, updated: stamp }) : removeNote(notes, n.id);
  } else {
    notes = upsertNote(notes, here[0] ? { ...here[0], marked: true, updated: stamp } : { ...fresh(slug, p), marked: true });
  }
  if (!writeNotes(notes)) return `${SAVE_FAILED}${marked ? '没有取消划线' : '没有划线'}。`;
  keepArticleData(slug);
  drawNotes(slug, notes);
  return marked ? '已取消划线。' : '已划线（只保存在本机，全部笔记见“学习笔记”页）。';
}

/** 写笔记 / 编辑笔记: the editor under the paragraph; focus goes back to where it came from. */
export function editNote(slug: string, para: string, id?: string, back?: HTMLElement): void {
  const p = paragraph(para);
  if (!p) return;
  document.querySelector(`.note-editor[data-for="${para}"]`)?.remove();
  const notes = readNotes();
  const note = notes.find((n) => n.id === id) ?? notesAt(notes, slug, para).find((n) => n.note.trim()) ?? notesAt(notes, slug, para)[0];
  const box = document.querySelector<HTMLElement>(`.para-notes[data-for="${para}"]`);
  if (box) box.hidden = true;
  const editor = noteEditor({
    id: para,
    label: `我的笔记：“${[...paragraphText(p).replace(/^[“‘"'「『《（(\s]+/, '')].slice(0, 14).join('')}…”这一段`,
    initial: note?.note ?? '',
    save: (text) => {
      const current = readNotes();
      const base = note ? (current.find((n) => n.id === note.id) ?? note) : fresh(slug, p);
      const next = text || base.marked ? upsertNote(current, { ...base, note: text, updated: new Date().toISOString() }) : removeNote(current, base.id);
      if (!writeNotes(next)) return false;
      keepArticleData(slug);
      drawNotes(slug, next);
      return true;
    },
    done: (saved) => {
      if (box && !saved) box.hidden = false;
      const target = document.querySelector<HTMLElement>(`.para-notes[data-for="${para}"] .para-note-edit`) ?? (back?.isConnected ? back : p.querySelector<HTMLElement>('.block-act'));
      target?.focus();
    },
  });
  editor.dataset.for = para;
  (box ?? p).after(editor);
}
